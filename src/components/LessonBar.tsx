// The open lesson, as a compact bar under the view tabs (two short lines, so the charts keep their room
// at 1280×720): its title and text, the current step's text, and Back / Next / Leave lesson (from the
// command list). "More" unfolds the texts in full. Nothing is drawn when no lesson is open.
import { memo, useId, useState } from 'react';
import { command, type CommandId } from '../state/commands';
import { useAppState, useSettings, useTransport } from '../state/context';
import { inLanguage } from '../core/lessons';
import { useLanguage, useT } from '../state/language';
import './lessons.css';

export const LESSON_TITLE_ID = 'lesson-bar-title';
const NAV: readonly CommandId[] = ['lessonBack', 'lessonNext', 'leaveLesson'];

export const LessonBar = memo(function LessonBar() {
  const app = useAppState();
  const settings = useSettings();
  const transport = useTransport();
  const [more, setMore] = useState(false);
  const t = useT();
  const language = useLanguage();
  const textsId = useId();
  const lesson = app.lessons.current();
  if (!lesson) return null;
  const number = app.lessons.lessons.indexOf(lesson) + 1;
  const step = Math.min(settings.lessonStep, Math.max(0, lesson.steps.length - 1));
  const stepText = lesson.steps[step] && inLanguage(lesson.steps[step].text, language);
  const title = inLanguage(lesson.title, language);
  return (
    <section
      className={`lesson-bar${more ? ' open' : ''}`}
      aria-labelledby={LESSON_TITLE_ID}
      data-testid="lesson-bar"
      data-lesson={lesson.id}
      data-step={step}
    >
      <div className="lesson-about" id={`${textsId}-about`}>
        <h2 id={LESSON_TITLE_ID} tabIndex={-1} title={title} data-testid="lesson-title">
          <span className="lesson-kicker">{t('pg.lessons.kicker', { n: number })}</span> {title}
        </h2>
        <p className="lesson-text" data-testid="lesson-text">
          {inLanguage(lesson.text, language)}
        </p>
      </div>
      {stepText !== undefined && (
        <div className="lesson-step" id={`${textsId}-step`} aria-live="polite">
          <p data-testid="lesson-step-text">
            <span className="lesson-step-count" data-testid="lesson-step-count">
              {t('pg.lessons.stepOf', { step: step + 1, steps: lesson.steps.length })}
            </span>{' '}
            {stepText}
          </p>
        </div>
      )}
      <div className="lesson-nav" role="group" aria-label={t('pg.lessons.nav')}>
        <button
          type="button"
          className="lesson-more"
          aria-expanded={more}
          aria-controls={`${textsId}-about ${textsId}-step`}
          onClick={() => setMore(!more)}
          title={more ? t('pg.lessons.lessCaption') : t('pg.lessons.moreCaption')}
        >
          {more ? t('pg.lessons.less') : t('pg.lessons.more')}
        </button>
        {NAV.map((id) => {
          const c = command(id);
          return (
            <button
              key={id}
              type="button"
              className={id === 'lessonNext' ? 'primary-soft' : undefined}
              disabled={!c.enabled(transport, settings)}
              onClick={() => app.run(id)}
              title={c.description(t)}
              data-testid={`button-${id}`}
            >
              {c.label(t, transport)}
            </button>
          );
        })}
      </div>
    </section>
  );
});
