// "Copy link": the page's address carries every setting in its hash (settings, seed, view, lesson and
// step), so sharing a setup is copying location.href. The clipboard may be missing or refuse (an
// insecure origin, a denied permission): then the link is offered in a selected text field instead.
// "QR code": the same link for a class to scan; while it shows, it follows every change of the setup.
import { createStore, type Store } from './store';

export interface ClipboardLike {
  writeText(text: string): Promise<void>;
}

type ShareStatus =
  | { kind: 'idle' }
  | { kind: 'copied'; link: string }
  | { kind: 'manual'; link: string; reason: 'no-clipboard' | 'refused' };

export interface Share {
  status: Store<ShareStatus>;
  /** The link the QR code shows (it follows the setup while it shows); null while the QR code is closed. */
  qrLink: Store<string | null>;
  /** Copies the link of the current setup; resolves when the clipboard answered. */
  copy(): Promise<void>;
  /** Closes the field offered when copying failed. */
  close(): void;
  /** Shows the QR code of the current link, or closes it. */
  toggleQr(): void;
  closeQr(): void;
  dispose(): void;
}

/** How long "Link copied" shows. */
export const COPIED_MS = 2500;

/** navigator.clipboard, or null where there is none (or reading it throws). */
export function browserClipboard(): ClipboardLike | null {
  try {
    return (globalThis as { navigator?: { clipboard?: ClipboardLike } }).navigator?.clipboard ?? null;
  } catch {
    return null;
  }
}

interface ShareDeps {
  /** The link of the current setup (written to the address bar first, so the two agree). */
  link: () => string;
  clipboard: () => ClipboardLike | null;
  /** Calls `listener` whenever the setup (hence its link) may have changed; returns the unsubscriber. */
  onSetupChange: (listener: () => void) => () => void;
}

export function createShare(deps: ShareDeps): Share {
  const status = createStore<ShareStatus>({ kind: 'idle' });
  const qrLink = createStore<string | null>(null);
  let unfollow: (() => void) | null = null;
  const closeQr = () => {
    unfollow?.();
    unfollow = null;
    qrLink.set(null);
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const clearTimer = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  return {
    status,
    qrLink,
    async copy() {
      clearTimer();
      const link = deps.link();
      const clipboard = deps.clipboard();
      if (!clipboard || typeof clipboard.writeText !== 'function') {
        status.set({ kind: 'manual', link, reason: 'no-clipboard' });
        return;
      }
      try {
        await clipboard.writeText(link);
      } catch {
        status.set({ kind: 'manual', link, reason: 'refused' });
        return;
      }
      const copied: ShareStatus = { kind: 'copied', link };
      status.set(copied);
      timer = setTimeout(() => {
        timer = undefined;
        if (status.get() === copied) status.set({ kind: 'idle' });
      }, COPIED_MS);
    },
    close() {
      clearTimer();
      status.set({ kind: 'idle' });
    },
    toggleQr() {
      if (unfollow) return closeQr();
      qrLink.set(deps.link());
      unfollow = deps.onSetupChange(() => qrLink.set(deps.link()));
    },
    closeQr,
    dispose() {
      clearTimer();
      closeQr();
    },
  };
}
