// The Lessons menu's list (loaded when the menu is first opened, LessonsMenu.tsx): the guided lessons in
// order, a WAI-ARIA menu with roving focus; choosing one saves your own setup and opens the lesson (its
// bar then sits under the tabs: LessonBar.tsx).
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { inLanguage } from '../core/lessons';
import { useAppState, useSetting } from '../state/context';
import { useLanguage, useT } from '../state/language';
import { LESSON_TITLE_ID } from './LessonBar';
import { rovingIndex } from './rovingIndex';

export interface LessonsListProps {
  id: string;
  /** Which item takes the focus when the list opens (negative: from the end). */
  focusFirst: number;
  /** Closes the menu (the focus stays where it goes next: the list is left with Tab). */
  close: () => void;
}

export function LessonsList({ id, focusFirst, close }: LessonsListProps) {
  const app = useAppState();
  const lessons = app.lessons.lessons;
  const openLesson = useSetting('lesson');
  const t = useT();
  const language = useLanguage();
  const items = useRef<(HTMLButtonElement | null)[]>([]);

  useEffect(() => {
    items.current[(focusFirst + lessons.length) % lessons.length]?.focus();
  }, [focusFirst, lessons.length]);

  const choose = (lessonId: string) => {
    close();
    if (!app.lessons.choose(lessonId)) return;
    // Reading on: the lesson's bar (rendered on the next frame) takes the focus.
    requestAnimationFrame(() => document.getElementById(LESSON_TITLE_ID)?.focus());
  };
  const onItemKey = (e: KeyboardEvent, i: number) => {
    const to = rovingIndex(e.key, i, lessons.length, 'vertical');
    if (to !== null) {
      e.preventDefault();
      items.current[to]?.focus();
    } else if (e.key === 'Tab') {
      close();
    }
  };

  return (
    <ul className="lessons-list" role="menu" id={id} aria-label={t('pg.lessons.menuLabel')} data-testid="lessons-menu">
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
  );
}
