// Every step of every lesson renders in the lesson bar: the title, the lesson's text, the step's text
// and its place, with Back / Next enabled where they lead somewhere.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppState, type AppState } from '../state/appState';
import { AppStateProvider } from '../state/context';
import { LESSONS } from '../state/lessonCatalog';
import { translator } from '../i18n/messages';
import { FakeTrainer, manualFrames } from '../state/testing/fakeTrainer';
import { LessonBar } from './LessonBar';

const apps: AppState[] = [];
afterEach(() => apps.splice(0).forEach((a) => a.dispose()));

function render(hash: string): { html: string; text: string } {
  const app = createAppState({
    location: { hash },
    history: { state: null, replaceState: () => {} },
    connectTrainer: () => new FakeTrainer(),
    frame: manualFrames().frame,
    storage: null,
  });
  apps.push(app);
  const html = renderToStaticMarkup(createElement(AppStateProvider, { app, children: createElement(LessonBar) }));
  const text = html
    .replace(/<[^>]+>/g, '')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  return { html, text };
}

const buttonDisabled = (html: string, testId: string) =>
  new RegExp(`<button[^>]*disabled=""[^>]*data-testid="${testId}"`).test(html);

describe('the lesson bar', () => {
  it('renders nothing without a lesson', () => {
    expect(render('#v=2').html).toBe('');
  });

  for (const lesson of LESSONS)
    it(`renders every step of “${lesson.title.en}”`, () => {
      lesson.steps.forEach((step, i) => {
        const { html, text } = render(`#v=2&lesson=${lesson.id}&lstep=${i}`);
        expect(html).toContain(`data-lesson="${lesson.id}"`);
        expect(text).toContain(lesson.title.en);
        expect(text).toContain(lesson.text.en);
        expect(text).toContain(step.text.en);
        expect(text).toContain(translator('en')('pg.lessons.stepOf', { step: i + 1, steps: lesson.steps.length }));
        expect(buttonDisabled(html, 'button-lessonBack'), `${lesson.id} step ${i + 1}: Back`).toBe(i === 0);
        expect(buttonDisabled(html, 'button-lessonNext'), `${lesson.id} step ${i + 1}: Next`).toBe(
          i === lesson.steps.length - 1,
        );
        expect(buttonDisabled(html, 'button-leaveLesson')).toBe(false);
      });
    });
});
