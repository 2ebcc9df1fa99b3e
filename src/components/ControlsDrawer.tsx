// On a phone or a tablet the playground's controls (the sidebar) live in a drawer over the charts: a
// modal dialog that the Settings button above the charts opens, with a close button; Escape or a tap
// beside it closes it, and the focus stays inside while it is open and goes back to the button after.
// On a wider screen neither the button nor the drawer's heading is shown, and the sidebar keeps its
// column (the wrapper is `display: contents`, src/styles/small-screens.css).
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { useT } from '../state/language';
import { useSmallScreen } from './useSmallScreen';

const FOCUSABLE = 'button, [href], input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';

/** The focusable elements a user can reach in `root`, in order (disabled and hidden ones left out). */
function focusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => !el.matches(':disabled') && el.getClientRects().length > 0,
  );
}

/** Tab from the last element goes to the first, Shift+Tab from the first to the last. */
function keepFocusInside(e: KeyboardEvent, root: HTMLElement) {
  const all = focusables(root);
  if (all.length === 0) return;
  const [first, last] = [all[0], all[all.length - 1]];
  if (e.shiftKey && document.activeElement === first) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && document.activeElement === last) {
    e.preventDefault();
    first.focus();
  }
}

interface DrawerProps {
  open: boolean;
  onClose(): void;
  /** The button that opened the drawer: the focus goes back to it when the drawer closes. */
  opener: RefObject<HTMLButtonElement | null>;
  children: ReactNode;
}

export function ControlsDrawer({ open, onClose, opener, children }: DrawerProps) {
  const t = useT();
  const shown = useSmallScreen() && open;
  const titleId = useId();
  const panel = useRef<HTMLDivElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const wasShown = useRef(false);

  // Escape closes it wherever the focus is (a tap on the drawer's text leaves it on the page's body).
  useEffect(() => {
    if (!shown) return;
    const escape = (e: globalThis.KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      e.preventDefault();
      onClose();
    };
    document.addEventListener('keydown', escape);
    return () => document.removeEventListener('keydown', escape);
  }, [shown, onClose]);

  useEffect(() => {
    if (shown) closeButton.current?.focus();
    else if (wasShown.current) opener.current?.focus();
    wasShown.current = shown;
  }, [shown, opener]);

  return (
    <>
      {shown && <div className="drawer-backdrop" onClick={onClose} />}
      <div
        ref={panel}
        className="controls-drawer"
        data-open={shown}
        role={shown ? 'dialog' : undefined}
        aria-modal={shown || undefined}
        aria-labelledby={shown ? titleId : undefined}
        data-testid="controls-drawer"
        onKeyDown={(e) => {
          if (shown && e.key === 'Tab' && panel.current) keepFocusInside(e, panel.current);
        }}
      >
        <div className="drawer-head">
          <h2 id={titleId}>{t('pg.sidebar.label')}</h2>
          <button ref={closeButton} type="button" onClick={onClose} data-testid="drawer-close">
            <span aria-hidden="true">✕ </span>
            {t('pg.close')}
          </button>
        </div>
        {children}
      </div>
    </>
  );
}

interface OpenerProps {
  open: boolean;
  onOpen(): void;
  ref: RefObject<HTMLButtonElement | null>;
}

/** The button above the charts that opens the drawer (shown on phones and tablets only). */
export function ControlsDrawerButton({ open, onOpen, ref }: OpenerProps) {
  const t = useT();
  return (
    <div className="drawer-opener">
      <button
        ref={ref}
        type="button"
        aria-haspopup="dialog"
        aria-expanded={open}
        title={t('pg.drawer.title')}
        data-testid="drawer-open"
        onClick={onOpen}
      >
        <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
          <path d="M3 4h12M3 9h12M3 14h12" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
          <circle cx="6" cy="4" r="1.8" fill="currentColor" />
          <circle cx="12" cy="9" r="1.8" fill="currentColor" />
          <circle cx="8" cy="14" r="1.8" fill="currentColor" />
        </svg>
        {t('pg.sidebar.label')}
      </button>
    </div>
  );
}
