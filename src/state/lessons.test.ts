// Lessons on the page's state: choosing one, its steps, leaving it, lesson links, and Restore defaults
// (the fake worker stands in for the real one).
import { describe, expect, it } from 'vitest';
import { lessonSetup } from '../core/lessons';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '../core/settings';
import { settingsToHash } from '../core/settingsLink';
import { translator } from '../i18n/messages';
import { LESSONS, lessonById } from './lessonCatalog';
import { noticeText } from './notices';
import { FakeStorage } from './testing/fakeTrainer';
import { get, page, readyPage, settle, stored, pagesPerTest } from './testing/fakePage';

const en = translator('en');

pagesPerTest();

describe('lessons', () => {
  const mine = (): Partial<Settings> => ({
    components: 3,
    mean0: -1.25,
    std2: 0.9,
    lrD: 0.004,
    seed: 77,
    units: 'bits',
    view: 'likelihood',
    likelihoodSamples: 250,
    theme: 'dark',
  });

  it('the catalogue has every lesson file, in menu order', () => {
    expect(LESSONS.length).toBeGreaterThanOrEqual(8);
    expect(LESSONS[0].id).toBe('single-gaussian');
    expect(lessonById('bimodal-collapse')?.steps.length).toBeGreaterThan(1);
  });

  it('choosing a lesson saves the setup; “Leave lesson” restores it exactly', async () => {
    const { app, worker } = await readyPage();
    app.setSettingsPatch(mine());
    const before = get(app);
    expect(app.lessons.choose('bimodal-collapse')).toBe(true);
    // The lesson's setup: defaults + its settings + step 0, and the person's preferences kept.
    expect(get(app)).toEqual(lessonSetup(lessonById('bimodal-collapse')!, 0, before));
    expect(get(app)).toMatchObject({ lesson: 'bimodal-collapse', lessonStep: 0, components: 2, theme: 'dark' });
    expect(app.lessons.own()).toEqual(before);
    // A fresh run for the lesson.
    await settle();
    expect(worker().methods()).toContain('reset');

    // Steps, and a change of one's own on the way.
    expect(app.run('lessonNext')).toBe(true);
    expect(get(app)).toMatchObject({ lessonStep: 1, r1Gamma: 1 });
    app.setSetting('mean1', 3);
    expect(app.run('lessonNext')).toBe(true);
    expect(get(app)).toMatchObject({ lessonStep: 2, r1Gamma: 0, gActivation: 'tanh', dDepth: 3, mean1: 3 });
    expect(app.run('lessonNext')).toBe(false); // the last step
    expect(app.run('lessonBack')).toBe(true);
    expect(get(app)).toMatchObject({ lessonStep: 1, r1Gamma: 1, gActivation: 'leakyRelu', dDepth: 2, mean1: 3 });
    expect(app.run('lessonBack')).toBe(true);
    expect(get(app)).toMatchObject({ lessonStep: 0, r1Gamma: 0, mean1: 3 });
    expect(app.run('lessonBack')).toBe(false);

    // Another lesson from inside one keeps the original own setup.
    app.lessons.choose('js-vs-w1');
    expect(app.lessons.own()).toEqual(before);

    expect(app.run('leaveLesson')).toBe(true);
    expect(get(app)).toEqual(before);
    expect(app.lessons.own()).toBeNull();
    expect(app.run('leaveLesson')).toBe(false);
  });

  it('leaving keeps the preferences changed during the lesson', async () => {
    const { app } = await readyPage();
    app.setSettingsPatch({ mean0: 2 });
    app.lessons.choose('single-gaussian');
    app.setSettingsPatch({ presentation: true, theme: 'light' });
    app.run('leaveLesson');
    expect(get(app)).toEqual(normalizeSettings({ mean0: 2, presentation: true, theme: 'light' }));
  });

  it('choosing an unknown lesson does nothing', async () => {
    const { app } = await readyPage('#v=2&m0=2');
    const before = get(app);
    expect(app.lessons.choose('no-such-lesson')).toBe(false);
    expect(get(app)).toBe(before);
  });

  it('a link with a lesson and a step shows that step; a bare lesson link opens the lesson’s setup', () => {
    const lesson = lessonById('js-vs-w1')!;
    const copied = { ...lessonSetup(lesson, 1), mean0: 2.5 };
    const a = page('#' + settingsToHash(copied));
    expect(get(a.app)).toEqual(copied);
    const b = page('#v=2&lesson=js-vs-w1&lstep=2&theme=dark');
    expect(get(b.app)).toEqual({ ...lessonSetup(lesson, 2), theme: 'dark' });
    // A step past the end is the last step.
    const c = page('#v=2&lesson=js-vs-w1&lstep=9');
    expect(get(c.app).lessonStep).toBe(lesson.steps.length - 1);
    for (const p of [a, b, c]) {
      p.app.start();
      expect(p.app.notices.store.get()).toEqual([]);
    }
  });

  it('an unknown lesson in a link: a clear notice, the rest of the link loaded, no lesson open', () => {
    const { app, location } = page('#v=2&m0=-2&lesson=flying-pigs&lstep=2');
    app.start();
    expect(get(app)).toEqual({ ...DEFAULT_SETTINGS, mean0: -2 });
    expect(app.notices.store.get().map((n) => noticeText(n.text, en))).toEqual([
      'The link opens the lesson “flying-pigs”, which this version of the app does not have; the rest of the link was loaded.',
    ]);
    expect(location.hash).toBe('#v=2&m0=-2');
    expect(app.lessons.current()).toBeUndefined();
    // The same for a link pasted later.
    app.settings.loadHash('#v=2&lesson=ghost');
    expect(noticeText(app.notices.store.get().at(-1)!.text, en)).toContain('“ghost”');
    expect(get(app).lesson).toBe('');
  });

  it('a lesson link pasted over one’s own setup: Leave returns to that setup', async () => {
    const { app } = await readyPage('#v=2&m0=-3&s0=1.1');
    const before = get(app);
    app.settings.loadHash('#v=2&lesson=bimodal-collapse&lstep=1');
    expect(get(app)).toMatchObject({ lesson: 'bimodal-collapse', lessonStep: 1, r1Gamma: 1 });
    app.run('leaveLesson');
    expect(get(app)).toEqual(before);
  });

  it('a lesson opened by a link in a fresh browser: Leave gives the defaults', async () => {
    const { app } = await readyPage('#v=2&lesson=optimal-discriminator', null);
    expect(get(app).optimalD).toBe(true);
    app.run('leaveLesson');
    expect(get(app)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('restore defaults', () => {
  it('resets every setting, closes the lesson, and can be undone from its notice', async () => {
    const { app, worker } = await readyPage('#v=2&m0=-2&lrd=0.003&view=dirac');
    app.lessons.choose('bimodal-collapse');
    app.run('lessonNext');
    app.setSetting('mean1', 3.5);
    const before = get(app);
    const own = app.lessons.own();
    expect(own).not.toBeNull();
    await settle();
    const resets = worker()
      .methods()
      .filter((m) => m === 'reset').length;

    expect(app.run('restoreDefaults')).toBe(true);
    expect(get(app)).toEqual(DEFAULT_SETTINGS);
    expect(app.lessons.own()).toBeNull();
    await settle();
    expect(
      worker()
        .methods()
        .filter((m) => m === 'reset').length,
    ).toBe(resets + 1);
    const notice = app.notices.store.get().at(-1)!;
    expect(noticeText(notice.text, en)).toBe('Every setting is back to its default.');
    expect(noticeText(notice.action!.label, en)).toBe('Undo');

    notice.action!.run();
    expect(get(app)).toEqual(before);
    expect(app.lessons.own()).toEqual(own);
    // Leave still returns to the setup from before the lesson.
    app.run('leaveLesson');
    expect(get(app)).toEqual(normalizeSettings({ mean0: -2, lrD: 0.003, view: 'dirac' }));
  });

  it('resets even the preferences (every setting), and the saved setup follows', async () => {
    const storage = new FakeStorage();
    const { app } = await readyPage('#v=2&theme=dark&m0=1', storage);
    app.run('restoreDefaults');
    app.flush();
    expect(get(app)).toEqual(DEFAULT_SETTINGS);
    expect(stored(storage)).toMatchObject({ settings: 'v=2', own: null });
  });
});
