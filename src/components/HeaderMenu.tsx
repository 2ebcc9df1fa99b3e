// On a phone or a tablet the header's tools (lessons, sharing, export, language, theme, presentation,
// help) fold into one menu: a disclosure button shows or hides them (Escape, or a tap elsewhere, hides
// them, and Escape gives the focus back to the button). On a wider screen the button is not shown and
// the tools sit in the header as before (the wrapper is `display: contents`, small-screens.css).
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useT } from '../state/language';
import { useSmallScreen } from './useSmallScreen';

export function HeaderMenu({ children }: { children: ReactNode }) {
  const t = useT();
  const small = useSmallScreen();
  const [open, setOpen] = useState(false);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const shown = small && open;

  useEffect(() => {
    if (!shown) return;
    // A click elsewhere closes the menu after it has done its work (on pointerdown, the page would move
    // up under the finger before the click lands).
    const outside = (e: Event) => {
      const target = e.target as Node;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    // Escape closes it wherever the focus is, unless a menu inside (lessons, export) or a dialog took it.
    const escape = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      const target = e.target as Element;
      if (target.closest?.('dialog, [role="dialog"]') && !panel.current?.contains(target)) return;
      e.preventDefault();
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('click', outside);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('click', outside);
      document.removeEventListener('keydown', escape);
    };
  }, [shown]);

  return (
    <>
      <button
        ref={button}
        type="button"
        className="header-menu-button"
        aria-expanded={shown}
        aria-controls={id}
        title={t('pg.menu.title')}
        data-testid="header-menu-button"
        onClick={() => setOpen(!open)}
      >
        <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
          <path d="M2 4h14M2 9h14M2 14h14" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        {t('pg.menu.button')}
      </button>
      <div ref={panel} id={id} className="header-menu" data-open={shown} data-testid="header-menu">
        {children}
      </div>
    </>
  );
}
