// The last setup on this device, kept in localStorage so that opening the page without a link brings it
// back. One entry, versioned: the settings as a link (so old entries go through the link's migrations
// and checks like any old link) and, while a lesson is open, the person's own setup from before it.
// Writes are throttled; storage that is missing, full, forbidden or holds anything unexpected is ignored.
import type { Settings } from '../core/settings';
import { settingsToHash } from '../core/settingsLink';
import type { KeyValueStorage } from './backendMemory';

export const SETUP_KEY = 'gan-playground.setup';
/** Bump when the entry's shape changes (the settings in it migrate through the link's version instead). */
export const SETUP_VERSION = 1;
/** At most one write per this many ms (a slider drag changes the settings at every frame). */
export const SETUP_WRITE_INTERVAL_MS = 1000;
/** Longer texts are not a link this app wrote. */
const MAX_LINK_LENGTH = 4000;

export interface StoredSetup {
  /** The settings as a link hash, e.g. `v=2&m0=-2`. */
  settings: string;
  /** The person's own setup from before the open lesson, as a link hash; null when none. */
  own: string | null;
}

export interface SetupMemory {
  read(): StoredSetup | null;
  /** Remembers the setup; written at most once per SETUP_WRITE_INTERVAL_MS (the latest wins). */
  write(settings: Settings, own: Settings | null): void;
  /** Writes a pending setup now (the page is being hidden or closed). */
  flush(): void;
  dispose(): void;
}

const isLink = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_LINK_LENGTH;

export function createSetupMemory(storage: () => KeyValueStorage | null): SetupMemory {
  let pending: StoredSetup | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastWritten = '';

  const writeNow = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (!pending) return;
    const text = JSON.stringify({ v: SETUP_VERSION, ...pending });
    pending = null;
    if (text === lastWritten) return;
    try {
      storage()?.setItem(SETUP_KEY, text);
      lastWritten = text;
    } catch {
      /* full or forbidden storage: the setup is not remembered, nothing else changes */
    }
  };

  return {
    read() {
      try {
        const raw = storage()?.getItem(SETUP_KEY);
        if (!raw) return null;
        const s: unknown = JSON.parse(raw);
        if (typeof s !== 'object' || s === null) return null;
        const { v, settings, own } = s as Record<string, unknown>;
        if (v !== SETUP_VERSION || !isLink(settings) || !(own === null || own === undefined || isLink(own)))
          return null;
        return { settings, own: own ?? null };
      } catch {
        return null; // unreadable storage or corrupt JSON: start from the defaults
      }
    },
    write(settings, own) {
      pending = { settings: settingsToHash(settings), own: own ? settingsToHash(own) : null };
      timer ??= setTimeout(writeNow, SETUP_WRITE_INTERVAL_MS);
    },
    flush: writeNow,
    dispose() {
      writeNow();
    },
  };
}
