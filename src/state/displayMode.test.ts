import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, updateSetting, type Settings } from '../core/settings';
import { installDisplayMode, resolveTheme, type DisplayEnvironment } from './displayMode';
import { createStore } from './store';

/** A page of fakes: attributes on <html>, the system's colour scheme, full screen, user activation, Escape. */
function fakePage(opts: { dark?: boolean; grant?: boolean; fullscreen?: boolean; activated?: boolean } = {}) {
  const attrs = new Map<string, string>();
  let dark = opts.dark ?? false;
  let fullscreen = false;
  const darkListeners = new Set<() => void>();
  const fsListeners = new Set<() => void>();
  const escListeners = new Set<() => void>();
  const requests: string[] = [];
  const setFullscreen = (on: boolean) => {
    fullscreen = on;
    fsListeners.forEach((l) => l());
  };
  const env: DisplayEnvironment = {
    root: { setAttribute: (name: string, value: string) => void attrs.set(name, value) },
    prefersDark: () => dark,
    onPrefersDarkChange(l) {
      darkListeners.add(l);
      return () => darkListeners.delete(l);
    },
    fullscreen:
      opts.fullscreen === false
        ? null
        : {
            active: () => fullscreen,
            request: async () => {
              requests.push('request');
              if (opts.grant === false) return false;
              setFullscreen(true);
              return true;
            },
            exit: async () => {
              requests.push('exit');
              setFullscreen(false);
            },
            onChange(l) {
              fsListeners.add(l);
              return () => fsListeners.delete(l);
            },
          },
    userActivated: () => opts.activated ?? true,
    onEscape(l) {
      escListeners.add(l);
      return () => escListeners.delete(l);
    },
  };
  return {
    env,
    attrs,
    requests,
    setDark(on: boolean) {
      dark = on;
      darkListeners.forEach((l) => l());
    },
    userLeavesFullscreen: () => setFullscreen(false),
    pressEscape: () => escListeners.forEach((l) => l()),
    isFullscreen: () => fullscreen,
    listeners: () => darkListeners.size + fsListeners.size + escListeners.size,
  };
}

function install(initial: Partial<Settings> = {}, page = fakePage()) {
  const settings = createStore<Settings>({ ...DEFAULT_SETTINGS, ...initial });
  const helpOpen = createStore(false);
  const setSetting = <K extends keyof Settings>(key: K, value: Settings[K]) =>
    settings.set(updateSetting(settings.get(), key, value));
  const uninstall = installDisplayMode({ settings, setSetting, helpOpen }, page.env);
  return { settings, setSetting, helpOpen, page, uninstall };
}

const settle = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

describe('theme', () => {
  it('resolves system to the system colour scheme, light and dark to themselves', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });

  it('sets data-theme at once and follows the setting', () => {
    const { page, setSetting } = install();
    expect(page.attrs.get('data-theme')).toBe('light');
    setSetting('theme', 'dark');
    expect(page.attrs.get('data-theme')).toBe('dark');
    setSetting('theme', 'light');
    expect(page.attrs.get('data-theme')).toBe('light');
  });

  it("follows the system's changes while the setting is 'system', and only then", () => {
    const { page, setSetting } = install({}, fakePage({ dark: true }));
    expect(page.attrs.get('data-theme')).toBe('dark');
    page.setDark(false);
    expect(page.attrs.get('data-theme')).toBe('light');
    setSetting('theme', 'dark');
    page.setDark(false);
    expect(page.attrs.get('data-theme')).toBe('dark');
  });

  it('stops listening when uninstalled', () => {
    const { page, uninstall } = install();
    expect(page.listeners()).toBe(3);
    uninstall();
    expect(page.listeners()).toBe(0);
  });
});

describe('presentation mode', () => {
  it('sets data-presentation and asks for full screen when switched on by the user', async () => {
    const { page, setSetting } = install();
    expect(page.attrs.get('data-presentation')).toBe('false');
    setSetting('presentation', true);
    await settle();
    expect(page.attrs.get('data-presentation')).toBe('true');
    expect(page.requests).toEqual(['request']);
    expect(page.isFullscreen()).toBe(true);
    setSetting('presentation', false);
    await settle();
    expect(page.attrs.get('data-presentation')).toBe('false');
    expect(page.requests).toEqual(['request', 'exit']);
    expect(page.isFullscreen()).toBe(false);
  });

  it('leaving full screen leaves presentation mode', async () => {
    const { page, settings, setSetting } = install();
    setSetting('presentation', true);
    await settle();
    page.userLeavesFullscreen();
    expect(settings.get().presentation).toBe(false);
    expect(page.attrs.get('data-presentation')).toBe('false');
  });

  it('Escape leaves presentation mode, unless the help dialog is open (Escape closes that)', async () => {
    const { page, settings, setSetting, helpOpen } = install();
    setSetting('presentation', true);
    await settle();
    helpOpen.set(true);
    page.pressEscape();
    expect(settings.get().presentation).toBe(true);
    helpOpen.set(false);
    page.pressEscape();
    expect(settings.get().presentation).toBe(false);
    await settle();
    expect(page.isFullscreen()).toBe(false);
  });

  it('a refused full screen is quiet: presentation mode stays on in the window', async () => {
    const { page, settings, setSetting } = install({}, fakePage({ grant: false }));
    setSetting('presentation', true);
    await settle();
    expect(page.requests).toEqual(['request']);
    expect(settings.get().presentation).toBe(true);
    expect(page.attrs.get('data-presentation')).toBe('true');
    setSetting('presentation', false);
    await settle();
    expect(page.requests).toEqual(['request']); // nothing to exit
  });

  it('from the link (no user action): presentation mode without asking for full screen', async () => {
    const { page } = install({ presentation: true });
    await settle();
    expect(page.attrs.get('data-presentation')).toBe('true');
    expect(page.requests).toEqual([]);
  });

  it('asks for full screen only while a user action is in effect, and works without the API', async () => {
    const quiet = install({}, fakePage({ activated: false }));
    quiet.setSetting('presentation', true);
    await settle();
    expect(quiet.page.requests).toEqual([]);
    expect(quiet.page.attrs.get('data-presentation')).toBe('true');

    const none = install({}, fakePage({ fullscreen: false }));
    none.setSetting('presentation', true);
    none.page.pressEscape();
    expect(none.settings.get().presentation).toBe(false);
  });

  it('does not leave a full screen it did not ask for', async () => {
    const page = fakePage();
    const { setSetting } = install({}, page);
    await page.env.fullscreen!.request(); // the user pressed F11 (say) before presenting
    page.requests.length = 0;
    setSetting('presentation', true);
    setSetting('presentation', false);
    await settle();
    expect(page.requests).toEqual([]);
    expect(page.isFullscreen()).toBe(true);
  });
});
