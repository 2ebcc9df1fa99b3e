// The header's Lessons menu (a WAI-ARIA menu button): the guided lessons in order; choosing one saves
// your own setup and opens the lesson (its bar then sits under the tabs: LessonBar.tsx).
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useAppState, useSetting } from '../state/context';
import { inLanguage } from '../core/lessons';
import { useLanguage, useT } from '../state/language';
import { LESSON_TITLE_ID } from './LessonBar';
import './lessons.css';
import { rovingIndex } from './rovingIndex';

export function LessonsMenu() {
  const app = useAppState();
  const lessons = app.lessons.lessons;
  const openLesson = useSetting('lesson');
  const t = useT();
  const language = useLanguage();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const items = useRef<(HTMLButtonElement | null)[]>([]);
  /** Which item gets the focus when the menu opens. */
  const [focusOnOpen, setFocusOnOpen] = useState(0);

  useEffect(() => {
    if (!open) return;
    items.current[(focusOnOpen + lessons.length) % lessons.length]?.focus();
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
  }, [open, focusOnOpen, lessons.length]);

  const show = (focus: number) => {
    setFocusOnOpen(focus);
    setOpen(true);
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  const choose = (id: string) => {
    setOpen(false);
    if (!app.lessons.choose(id)) return;
    // Reading on: the lesson's bar (rendered on the next frame) takes the focus.
    requestAnimationFrame(() => document.getElementById(LESSON_TITLE_ID)?.focus());
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
  const onItemKey = (e: KeyboardEvent, i: number) => {
    const to = rovingIndex(e.key, i, lessons.length, 'vertical');
    if (to !== null) {
      e.preventDefault();
      items.current[to]?.focus();
    } else if (e.key === 'Tab') {
      setOpen(false);
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
        <ul
          className="lessons-list"
          role="menu"
          id={menuId}
          aria-label={t('pg.lessons.menuLabel')}
          data-testid="lessons-menu"
        >
          {lessons.map((lesson, i) => (
            <li key={lesson.id} role="none">
              <button
                ref={(el) => {
                  items.current[i] = el;
                }}
                type="button"
                role="menuitem"
                tabIndex={-1}
                aria-current={lesson.id === openLesson ? 'true' : undefined}
                data-testid={`lesson-item-${lesson.id}`}
                onClick={() => choose(lesson.id)}
                onKeyDown={(e) => onItemKey(e, i)}
              >
                <span className="lessons-number" aria-hidden="true">
                  {i + 1}
                </span>
                <span className="lessons-title">{inLanguage(lesson.title, language)}</span>
                {lesson.id === openLesson && <span className="lessons-current">{t('pg.lessons.current')}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
