// The header's Lessons menu (a WAI-ARIA menu button): the guided lessons in order; choosing one saves
// your own setup and opens the lesson (its bar then sits under the tabs: LessonBar.tsx). The list
// (LessonsList.tsx) loads when the menu is first opened.
import { Suspense, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../state/language';
import './lessons.css';
import { onFirstUse } from './onFirstUse';

const List = onFirstUse(() => import('./LessonsList').then((m) => m.LessonsList));

export function LessonsMenu() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  /** Which item gets the focus when the menu opens. */
  const [focusOnOpen, setFocusOnOpen] = useState(0);

  useEffect(() => {
    if (!open) return;
    // A click or a focus outside the menu closes it.
    const outside = (e: Event) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    document.addEventListener('focusin', outside);
    return () => {
      document.removeEventListener('pointerdown', outside);
      document.removeEventListener('focusin', outside);
    };
  }, [open]);

  const show = (focus: number) => {
    setFocusOnOpen(focus);
    setOpen(true);
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  const onButtonKey = (e: KeyboardEvent) => {
    // Enter and Space click the button (which opens the menu on its first item).
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      show(0);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      show(-1);
    }
  };

  return (
    <div
      className="lessons-menu"
      ref={root}
      onKeyDown={(e) => {
        if (open && e.key === 'Escape') {
          e.preventDefault();
          close(true);
        }
      }}
    >
      <button
        ref={button}
        type="button"
        className="header-tool-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        title={t('pg.lessons.menuTitle')}
        data-testid="lessons-menu-button"
        onClick={() => (open ? close(false) : show(0))}
        onKeyDown={onButtonKey}
        onPointerEnter={List.preload}
        onFocus={List.preload}
      >
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
          <path
            d="M1.5 3c2.2-.9 4.3-.9 6.5.4 2.2-1.3 4.3-1.3 6.5-.4v10c-2.2-.9-4.3-.9-6.5.4-2.2-1.3-4.3-1.3-6.5-.4zM8 3.4v10"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
            strokeLinejoin="round"
          />
        </svg>
        {t('pg.lessons.menuButton')}
        <span className="lessons-caret" aria-hidden="true">
          ▾
        </span>
      </button>
      {open && (
        <Suspense fallback={null}>
          <List.Component id={menuId} focusFirst={focusOnOpen} close={() => close(false)} />
        </Suspense>
      )}
    </div>
  );
}
