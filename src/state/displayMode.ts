// The display settings applied to the page:
// - the colour theme: data-theme="light" | "dark" on <html> (src/styles.css holds both sets of colours);
//   'system' follows the system's colour scheme (prefers-color-scheme) and its changes;
// - presentation mode: data-presentation="true" on <html> (larger type, thicker lines, fewer controls),
//   and full screen when the browser grants it. Leaving full screen (Escape, F11, the browser's button)
//   or pressing Escape leaves presentation mode. A refused full screen is not an error: presentation
//   mode stays on in the window, quietly.
// The browser is reached through DisplayEnvironment, so the rules are unit-tested with a fake one.
import type { Settings, Theme } from '../core/settings';
import type { Store } from './store';

export type ResolvedTheme = 'light' | 'dark';

interface FullscreenControl {
  /** Whether the page is in full screen now. */
  active(): boolean;
  /** Asks for full screen; resolves to whether it was granted (never rejects). */
  request(): Promise<boolean>;
  exit(): Promise<void>;
  onChange(listener: () => void): () => void;
}

export interface DisplayEnvironment {
  /** Where data-theme and data-presentation go (document.documentElement). */
  root: Pick<Element, 'setAttribute'>;
  /** Whether the system prefers dark colours now, and a way to hear when it changes. */
  prefersDark(): boolean;
  onPrefersDarkChange(listener: () => void): () => void;
  /** Null where the browser has no Fullscreen API or does not allow it (an iframe without allowfullscreen). */
  fullscreen: FullscreenControl | null;
  /**
   * Whether a user's click or key press is in effect now (transient activation): full screen is only
   * asked for then, so that a link that opens in presentation mode does not make the browser complain.
   */
  userActivated(): boolean;
  /** Escape pressed anywhere on the page (not already handled by a dialog or a field). */
  onEscape(listener: () => void): () => void;
}

export const resolveTheme = (theme: Theme, prefersDark: boolean): ResolvedTheme =>
  theme === 'system' ? (prefersDark ? 'dark' : 'light') : theme;

export interface DisplayDeps {
  settings: Store<Settings>;
  setSetting<K extends keyof Settings>(key: K, value: Settings[K]): void;
  /** While the help dialog is open, Escape closes it and nothing else. */
  helpOpen: Store<boolean>;
}

/** Applies the theme and presentation mode now and keeps them applied; returns the uninstaller. */
export function installDisplayMode(deps: DisplayDeps, env: DisplayEnvironment): () => void {
  const { settings, setSetting, helpOpen } = deps;
  let theme = '';
  let presentation: boolean | null = null;
  /** Full screen that presentation mode asked for (and so may leave). */
  let ownFullscreen = false;

  const applyTheme = () => {
    const next = resolveTheme(settings.get().theme, env.prefersDark());
    if (next === theme) return;
    theme = next;
    env.root.setAttribute('data-theme', next);
  };

  const enterFullscreen = () => {
    const fs = env.fullscreen;
    if (!fs || fs.active() || !env.userActivated()) return;
    ownFullscreen = true;
    void fs.request().then((granted) => {
      if (!granted) ownFullscreen = false;
      // Presentation mode was left while the browser was still switching: leave full screen too.
      else if (!settings.get().presentation) leaveFullscreen();
    });
  };

  const leaveFullscreen = () => {
    const fs = env.fullscreen;
    if (fs && ownFullscreen && fs.active()) void fs.exit().catch(() => {});
    ownFullscreen = false;
  };

  const applyPresentation = () => {
    const next = settings.get().presentation;
    if (next === presentation) return;
    const first = presentation === null;
    presentation = next;
    env.root.setAttribute('data-presentation', String(next));
    if (first) return; // from the link at start-up: no user action to ask for full screen with
    if (next) enterFullscreen();
    else leaveFullscreen();
  };

  applyTheme();
  applyPresentation();
  const unsubscribe = [
    settings.subscribe(() => {
      applyTheme();
      applyPresentation();
    }),
    env.onPrefersDarkChange(applyTheme),
    env.fullscreen?.onChange(() => {
      if (env.fullscreen!.active() || !ownFullscreen) return;
      ownFullscreen = false;
      if (settings.get().presentation) setSetting('presentation', false);
    }) ?? (() => {}),
    env.onEscape(() => {
      if (settings.get().presentation && !helpOpen.get()) setSetting('presentation', false);
    }),
  ];
  return () => unsubscribe.forEach((u) => u());
}

/** The real page: matchMedia, the Fullscreen API on <html>, navigator.userActivation, keydown. */
export function browserDisplayEnvironment(win: Window): DisplayEnvironment {
  const doc = win.document;
  const dark = win.matchMedia?.('(prefers-color-scheme: dark)') ?? null;
  const root = doc.documentElement;
  const fullscreen: FullscreenControl | null =
    doc.fullscreenEnabled && typeof root.requestFullscreen === 'function'
      ? {
          active: () => doc.fullscreenElement !== null,
          request: () =>
            root.requestFullscreen({ navigationUI: 'hide' }).then(
              () => true,
              () => false,
            ),
          exit: () => doc.exitFullscreen(),
          onChange(listener) {
            doc.addEventListener('fullscreenchange', listener);
            return () => doc.removeEventListener('fullscreenchange', listener);
          },
        }
      : null;
  return {
    root,
    prefersDark: () => dark?.matches ?? false,
    onPrefersDarkChange(listener) {
      dark?.addEventListener('change', listener);
      return () => dark?.removeEventListener('change', listener);
    },
    fullscreen,
    // Browsers without navigator.userActivation: ask, and a refusal is handled as any other.
    userActivated: () => win.navigator.userActivation?.isActive ?? true,
    onEscape(listener) {
      const onKey = (e: KeyboardEvent) => {
        if (e.key !== 'Escape' || e.defaultPrevented) return;
        const tag = (e.target as HTMLElement | null)?.tagName;
        if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') return;
        listener();
      };
      win.addEventListener('keydown', onKey);
      return () => win.removeEventListener('keydown', onKey);
    },
  };
}
