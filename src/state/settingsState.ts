// The one settings store and its link. It starts from the URL hash, every change goes through
// updateSetting (which clamps and keeps the cross-field rules), and the hash follows with
// history.replaceState, at most one write per frame and per 250 ms (browsers throttle replaceState).
import { normalizeSettings, updateSetting, type Settings } from '../core/settings';
import { settingsFromHash, settingsToHash } from '../core/settingsLink';
import type { FrameScheduler } from './frame';
import { linkNoticeText } from './messages';
import type { Notices } from './notices';
import { createStore, type Store } from './store';

/** The parts of `location` and `history` the settings use (fakes in the unit tests). */
export interface LinkEnvironment {
  location: { readonly hash: string };
  history: { readonly state: unknown; replaceState(data: unknown, unused: string, url?: string): void };
  frame: FrameScheduler;
  now: () => number;
}

export interface SettingsState {
  store: Store<Settings>;
  set<K extends keyof Settings>(key: K, value: Settings[K]): void;
  /** Several fields at once (e.g. a drag handle moving a mean and a σ); each is clamped in turn. */
  patch(patch: Partial<Settings>): void;
  /** Every setting at once (a lesson, the defaults, an undo): made valid as a whole. */
  replace(next: Settings): void;
  /** Shows the notice for problems in the link the page was opened with. */
  reportInitialProblems(): void;
  /** Writes the hash now (e.g. at start-up, to show what was really loaded). */
  writeHashNow(): void;
  /** A link pasted into the address bar of an open page: load it like a fresh page would. */
  loadHash(hash: string): void;
  dispose(): void;
}

export const HASH_WRITE_INTERVAL_MS = 250;

export interface SettingsOptions {
  /** The setup to start from when the page's hash is empty (the last one on this device), as a link hash. */
  savedHash?: string | null;
  /** Applied to the settings of every link loaded (at start and pasted): e.g. a lesson link opens its lesson. */
  resolve?: (s: Settings) => Settings;
}

/** True when a hash carries nothing (`''` or `'#'`): then the saved setup, if any, is loaded. */
export const isEmptyHash = (hash: string): boolean => hash.replace(/^#/, '').trim() === '';

function sameSettings(a: Settings, b: Settings): boolean {
  for (const key of Object.keys(a) as (keyof Settings)[]) if (a[key] !== b[key]) return false;
  return true;
}

export function createSettingsState(
  env: LinkEnvironment,
  notices: Notices,
  options: SettingsOptions = {},
): SettingsState {
  const resolve = options.resolve ?? ((s: Settings) => s);
  const fromSaved = isEmptyHash(env.location.hash) && !!options.savedHash;
  const parsed = settingsFromHash(fromSaved ? options.savedHash! : env.location.hash);
  // A saved setup is this device's own: what it lost (an old field, a changed range) is not worth a notice.
  const initial = fromSaved ? { ...parsed, problems: [] } : parsed;
  const store = createStore<Settings>(resolve(initial.settings));
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cancelFrame: (() => void) | null = null;
  let lastWrite = -Infinity;
  let lastHash = '';

  const reportProblems = (problems: typeof initial.problems) => {
    if (problems.length > 0) notices.add((t) => linkNoticeText(t, problems));
  };

  const writeHashNow = () => {
    lastWrite = env.now();
    const hash = '#' + settingsToHash(store.get());
    if (hash === lastHash && env.location.hash === hash) return;
    lastHash = hash;
    try {
      env.history.replaceState(env.history.state, '', hash);
    } catch {
      /* Too many replaceState calls: the next change writes it again. */
    }
  };

  const scheduleHashWrite = () => {
    if (timer !== undefined || cancelFrame) return;
    const wait = Math.max(0, HASH_WRITE_INTERVAL_MS - (env.now() - lastWrite));
    timer = setTimeout(() => {
      timer = undefined;
      cancelFrame = env.frame(() => {
        cancelFrame = null;
        writeHashNow();
      }, 50);
    }, wait);
  };

  const commit = (prev: Settings, next: Settings) => {
    if (sameSettings(prev, next)) return;
    store.set(next);
    scheduleHashWrite();
  };

  return {
    store,
    set(key, value) {
      const prev = store.get();
      commit(prev, updateSetting(prev, key, value));
    },
    patch(patch) {
      const prev = store.get();
      let next = prev;
      for (const key of Object.keys(patch) as (keyof Settings)[]) next = updateSetting(next, key, patch[key] as never);
      commit(prev, next);
    },
    replace(next) {
      commit(store.get(), normalizeSettings(next));
    },
    reportInitialProblems: () => reportProblems(initial.problems),
    writeHashNow,
    loadHash(hash) {
      if (hash === lastHash) return;
      const parsed = settingsFromHash(hash);
      reportProblems(parsed.problems);
      store.set(resolve(parsed.settings));
      writeHashNow();
    },
    dispose() {
      if (timer !== undefined) clearTimeout(timer);
      cancelFrame?.();
      timer = undefined;
      cancelFrame = null;
    },
  };
}
