import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  goToStep,
  isBareLessonLink,
  lessonSetup,
  loadLessons,
  MAX_LESSON_STEPS,
  validateLesson,
  withPreferences,
  type Lesson,
} from './lessons';
import { variantSettings } from './experimentVariant';
import { DEFAULT_SETTINGS, normalizeSettings, SETTING_KEYS, trainingSettings, type Settings } from './settings';
import { UI_LANGUAGES } from './uiLanguages';

const DIR = join(__dirname, '..', 'lessons');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.json'));
const read = (file: string): unknown => JSON.parse(readFileSync(join(DIR, file), 'utf8'));

describe('the lesson files', () => {
  const loaded = loadLessons(Object.fromEntries(FILES.map((f) => [`../lessons/${f}`, read(f)])));

  it('there are at least eight, and every one validates', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(8);
    for (const file of FILES) expect(validateLesson(read(file)).problems, file).toEqual([]);
    expect(loaded.problems).toEqual([]);
    expect(loaded.lessons).toHaveLength(FILES.length);
  });

  it('ids are unique and match the file names; the menu order is unique', () => {
    const ids = FILES.map((f) => (read(f) as { id: string }).id);
    expect(ids).toEqual(FILES.map((f) => f.replace(/\.json$/, '')));
    expect(new Set(ids).size).toBe(ids.length);
    const orders = loaded.lessons.map((l) => l.order);
    expect(new Set(orders).size).toBe(orders.length);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });

  it('every lesson has a title and a text, and every step a text of its own, in every language', () => {
    for (const lesson of loaded.lessons) {
      expect(lesson.steps.length, `${lesson.id} has steps`).toBeGreaterThan(0);
      expect(lesson.steps.length).toBeLessThanOrEqual(MAX_LESSON_STEPS);
      for (const language of UI_LANGUAGES) {
        const where = `${lesson.id} (${language})`;
        expect(lesson.title[language].trim(), where).not.toBe('');
        expect(lesson.text[language].trim(), where).not.toBe('');
        const texts = lesson.steps.map((s) => s.text[language].trim());
        for (const t of texts) expect(t.length, where).toBeGreaterThan(language === 'en' ? 20 : 10);
        expect(new Set(texts).size, `${where}: no step repeats another`).toBe(texts.length);
      }
      // a translation, not a copy of the English
      expect(lesson.title['zh-CN'], lesson.id).not.toBe(lesson.title.en);
      expect(lesson.text['zh-CN'], lesson.id).not.toBe(lesson.text.en);
      for (const step of lesson.steps) expect(step.text['zh-CN'], lesson.id).not.toBe(step.text.en);
    }
  });

  it('every step of every lesson gives valid settings that say what the lesson says', () => {
    for (const lesson of loaded.lessons)
      lesson.steps.forEach((step, i) => {
        const s = lessonSetup(lesson, i);
        expect(normalizeSettings(s)).toEqual(s);
        expect(s.lesson).toBe(lesson.id);
        expect(s.lessonStep).toBe(i);
        for (const [key, value] of Object.entries(step.settings ?? {}))
          expect(s[key as keyof Settings], `${lesson.id} step ${i + 1}: ${key}`).toBe(value);
      });
  });

  it('the lessons the classroom asked for are there, with the settings they are about', () => {
    const byId = new Map(loaded.lessons.map((l) => [l.id, l]));
    const at = (id: string, step: number) => lessonSetup(byId.get(id)!, step);
    expect(at('single-gaussian', 0)).toEqual({ ...DEFAULT_SETTINGS, lesson: 'single-gaussian' });
    expect(at('bimodal-collapse', 0)).toMatchObject({ components: 2, r1Gamma: 0 });
    expect(at('bimodal-collapse', 1)).toMatchObject({ components: 2, r1Gamma: 1 });
    expect(at('minimax-saturation', 0).generatorLoss).toBe('minimax');
    expect(at('minimax-saturation', 2).generatorLoss).toBe('non-saturating');
    expect(at('forward-reverse-kl', 0)).toMatchObject({ view: 'explorer', explorerPComponents: 2 });
    expect(at('optimal-discriminator', 0).optimalD).toBe(true);
    expect(at('why-gans-circle', 0).view).toBe('dirac');
    expect(at('js-vs-w1', 0).view).toBe('explorer');
    expect(at('js-vs-w1', 2)).toMatchObject({ view: 'playground', objective: 'wgan-gp' });
    expect(at('learning-rate-too-high', 0)).toMatchObject({ optimizer: 'sgd', lrD: 10, lrG: 10 });
    // One seed is an anecdote: two modes, A without R1 against B with R1 γ = 1, on 16 seeds.
    const anecdote = at('one-seed-anecdote', 0);
    expect(anecdote).toMatchObject({ view: 'experiment', components: 2, r1Gamma: 0, experimentSeeds: 16 });
    expect(anecdote).toMatchObject({ mean0: -2, mean1: 2, weight0: 1, weight1: 1 });
    const a = trainingSettings(anecdote);
    expect(variantSettings(a, anecdote.variantB)).toEqual({ ...a, r1Gamma: 1 });
    expect(loaded.lessons.at(-1)!.id).toBe('one-seed-anecdote');
  });

  it('every step that promises a training outcome states its odds as a claim (bench:lessons replays them)', () => {
    const claimed = loaded.lessons.flatMap((l) =>
      l.steps.flatMap((s, i) => (s.claims ?? []).map((c) => `${l.id} ${i + 1} ${c.outcome}`)),
    );
    expect(claimed).toEqual([
      'single-gaussian 1 js-below',
      'bimodal-collapse 1 mode-collapsed',
      'bimodal-collapse 2 modes-held',
      'bimodal-collapse 2 modes-held',
      'bimodal-collapse 3 modes-held',
      'minimax-saturation 2 js-stays-above',
      'minimax-saturation 3 js-below',
      'optimal-discriminator 2 js-below',
      'js-vs-w1 2 js-stays-above',
      'js-vs-w1 3 w1-below',
      'learning-rate-too-high 1 diverged',
      'learning-rate-too-high 2 js-below',
      'one-seed-anecdote 2 modes-held',
      'one-seed-anecdote 2 modes-held',
    ]);
    // The lesson that shows one seed on purpose keeps it in its settings.
    const collapse = loaded.lessons.find((l) => l.id === 'bimodal-collapse')!;
    expect(collapse.steps[0].claims![0].seed).toBe(collapse.settings.seed);
  });

  it('a step whose claim is not stated in its text is refused', () => {
    const raw = read('single-gaussian.json') as { steps: { claims?: { holds: number }[] }[] };
    const changed = structuredClone(raw);
    changed.steps[0].claims![0].holds -= 1;
    expect(validateLesson(changed).problems).toEqual([
      expect.stringMatching(/single-gaussian step 1 claim 1: the en text must state “\d+ of 20 seeds”/),
      expect.stringMatching(/single-gaussian step 1 claim 1: the zh-CN text must state “20 个种子中 \d+ 个”/),
    ]);
  });

  it('“Why GANs circle” sets the Dirac view’s controls step by step, and going back undoes them', () => {
    const lesson = loaded.lessons.find((l) => l.id === 'why-gans-circle')!;
    const dirac = (s: Settings) => [s.view, s.diracOptimizer, s.diracStabiliser];
    expect(lesson.steps.map((_, i) => dirac(lessonSetup(lesson, i)))).toEqual([
      ['dirac', 'simultaneous', 'none'],
      ['dirac', 'alternating', 'none'],
      ['dirac', 'adam', 'none'],
      ['dirac', 'simultaneous', 'r1'],
      ['dirac', 'simultaneous', 'noise'],
    ]);
    // A start point moved by hand stays; Back from the last step to the second restores its controls.
    const last = { ...lessonSetup(lesson, 4), diracStartTheta: -0.5 };
    expect(goToStep(lesson, last, 1)).toEqual({ ...lessonSetup(lesson, 1), diracStartTheta: -0.5 });
  });
});

describe('the validator', () => {
  const both = (en: string) => ({ en, 'zh-CN': `【${en}】` });
  const good = {
    id: 'test-lesson',
    order: 1,
    title: both('A test'),
    text: both('About it.'),
    settings: { mean0: -1, view: 'explorer' },
    steps: [{ text: both('First.') }, { text: both('Second.'), settings: { r1Gamma: 1 } }],
  };
  const problems = (patch: Record<string, unknown>) => validateLesson({ ...good, ...patch }).problems;

  it('accepts a good lesson and keeps only what it knows', () => {
    const { lesson } = validateLesson(good);
    expect(lesson).toEqual(good);
  });

  it('refuses settings that do not exist, wrong types, values out of range and unknown options', () => {
    expect(problems({ settings: { meanZero: 1 } })).toEqual([expect.stringContaining('"meanZero" is not a setting')]);
    expect(problems({ settings: { mean0: '1' } })).toEqual([expect.stringContaining('"mean0" must be a number')]);
    expect(problems({ settings: { mean0: 99 } })).toEqual([expect.stringContaining('not a valid value')]);
    expect(problems({ settings: { components: 1.5 } })).toEqual([expect.stringContaining('not a valid value')]);
    expect(problems({ settings: { optimizer: 'rmsprop' } })).toEqual([expect.stringContaining('not a valid value')]);
    expect(problems({ settings: { showHistogram: 1 } })).toEqual([expect.stringContaining('must be a boolean')]);
    expect(problems({ settings: [] })).toEqual([expect.stringContaining('settings must be an object')]);
  });

  it('checks the steps’ settings the same way, and every step needs a text', () => {
    expect(problems({ steps: [{ text: both('x'), settings: { lrD: 0 } }] })).toEqual([
      expect.stringContaining('step 1 settings: "lrD" = 0 is not a valid value'),
    ]);
    expect(problems({ steps: [{ text: { en: '', 'zh-CN': ' ' } }] })).toEqual([
      expect.stringContaining('step 1: text must be'),
      expect.stringContaining('step 1: text must be'),
    ]);
    expect(problems({ steps: [{ text: both('x'), setting: {} }] })).toEqual([
      expect.stringContaining('unknown field "setting"'),
    ]);
    expect(problems({ steps: 'none' })).toEqual([expect.stringContaining('steps must be a list')]);
  });

  it('reads variant B as a link does: every override valid, in the canonical form', () => {
    expect(problems({ settings: { variantB: 'r1:1,ema:0' } })).toEqual([]);
    expect(problems({ settings: { variantB: 'r1:1,seed:3' } })).toEqual([
      expect.stringContaining('"variantB" = "r1:1,seed:3" has invalid overrides'),
    ]);
    expect(problems({ settings: { variantB: 'r1:500' } })).toEqual([expect.stringContaining('has invalid overrides')]);
    expect(problems({ steps: [{ text: both('x'), settings: { variantB: 'ema:0,r1:1' } }] })).toEqual([
      expect.stringContaining('step 1 settings: "variantB" = "ema:0,r1:1" should be written "r1:1,ema:0"'),
    ]);
  });

  it('leaves the lesson machinery and the person’s preferences alone', () => {
    for (const key of ['lesson', 'lessonStep', 'theme', 'presentation', 'language', 'backend'])
      expect(problems({ settings: { [key]: DEFAULT_SETTINGS[key as keyof Settings] } }), key).toEqual([
        expect.stringContaining('not for lessons to set'),
      ]);
  });

  it('refuses a combination that the settings’ cross-field rules would change', () => {
    // The hinge loss has no optimal-D mode: normalizeSettings turns optimalD off.
    expect(problems({ settings: { objective: 'hinge', optimalD: true } })).toEqual([
      'test-lesson step 1: "optimalD" = true becomes false',
      'test-lesson step 2: "optimalD" = true becomes false',
    ]);
    // …also when a step makes the combination.
    expect(
      problems({
        steps: [
          { text: both('x'), settings: { optimalD: true } },
          { text: both('y'), settings: { objective: 'hinge' } },
        ],
      }),
    ).toEqual(['test-lesson step 2: "optimalD" = true becomes false']);
  });

  it('needs an id usable in a link, an order, a title, a text; and no unknown fields', () => {
    expect(problems({ id: 'Bad Id' })).toEqual([expect.stringContaining('id must be')]);
    expect(problems({ order: '1' })).toEqual([expect.stringContaining('order must be a number')]);
    expect(problems({ title: { en: ' ', 'zh-CN': '标题' } })).toEqual([expect.stringContaining('title must be')]);
    expect(problems({ text: undefined })).toEqual([expect.stringContaining('text must be')]);
    // English alone, as before the translation: not enough
    expect(problems({ title: 'A test' })).toEqual([expect.stringContaining('title must be')]);
    expect(problems({ summary: 'x' })).toEqual([expect.stringContaining('unknown field "summary"')]);
    expect(validateLesson(null).problems).toHaveLength(1);
  });

  it('needs every text in both languages: a missing or empty translation is refused', () => {
    expect(problems({ title: { en: 'A test' } })).toEqual([expect.stringContaining('"zh-CN" is missing or empty')]);
    expect(problems({ text: { en: 'About it.', 'zh-CN': '' } })).toEqual([
      expect.stringContaining('text must be a non-empty text in every language (en, zh-CN): "zh-CN"'),
    ]);
    expect(problems({ text: { 'zh-CN': '关于它。' } })).toEqual([expect.stringContaining('"en" is missing or empty')]);
    expect(problems({ steps: [{ text: { en: 'First.' } }] })).toEqual([
      expect.stringContaining('step 1: text must be a non-empty text in every language'),
    ]);
    expect(problems({ title: { ...both('A test'), fr: 'Un test' } })).toEqual([
      expect.stringContaining('unknown language "fr"'),
    ]);
  });

  it('a folder with a misnamed or repeated lesson reports it and keeps the rest', () => {
    const other = { ...good, id: 'other', order: 0 };
    const { lessons, problems: found } = loadLessons({
      'x/test-lesson.json': good,
      'x/wrong-name.json': other,
      'x/other.json': other,
      'y/other.json': other,
    });
    expect(lessons.map((l) => l.id)).toEqual(['other', 'test-lesson']);
    expect(found).toEqual([
      expect.stringContaining('is not the file\'s name "wrong-name"'),
      expect.stringContaining('"other" is used twice'),
    ]);
  });
});

describe('moving through a lesson', () => {
  const lesson: Lesson = {
    id: 'walk',
    order: 1,
    title: { en: 'Walk', 'zh-CN': '走' },
    text: { en: 'Steps.', 'zh-CN': '步骤。' },
    settings: { components: 2, mean1: 1 },
    steps: [
      { text: { en: 'zero', 'zh-CN': '零' }, settings: { r1Gamma: 0.5 } },
      { text: { en: 'one', 'zh-CN': '一' }, settings: { r1Gamma: 1, kD: 2 } },
      { text: { en: 'two', 'zh-CN': '二' }, settings: { view: 'explorer' } },
    ],
  };

  it('a lesson opens from the defaults with its settings and the first step’s, keeping the preferences', () => {
    const mine = normalizeSettings({ mean0: 3, theme: 'dark', presentation: true, backend: 'cpu' });
    const s = lessonSetup(lesson, 0, mine);
    expect(s).toEqual({
      ...DEFAULT_SETTINGS,
      components: 2,
      mean1: 1,
      r1Gamma: 0.5,
      lesson: 'walk',
      lessonStep: 0,
      theme: 'dark',
      presentation: true,
      backend: 'cpu',
    });
  });

  it('Next applies the next step’s settings over what the person changed; Back undoes only later steps’ settings', () => {
    const start = { ...lessonSetup(lesson, 0), mean0: -3 };
    const one = goToStep(lesson, start, 1);
    expect(one).toMatchObject({ mean0: -3, r1Gamma: 1, kD: 2, lessonStep: 1, view: 'playground' });
    const two = goToStep(lesson, { ...one, lrD: 0.002 }, 2);
    expect(two).toMatchObject({ mean0: -3, r1Gamma: 1, kD: 2, lrD: 0.002, view: 'explorer', lessonStep: 2 });
    const back = goToStep(lesson, two, 0);
    expect(back).toMatchObject({ mean0: -3, lrD: 0.002, r1Gamma: 0.5, kD: 1, view: 'playground', lessonStep: 0 });
    // Past the ends: the first and the last step.
    expect(goToStep(lesson, back, -4).lessonStep).toBe(0);
    expect(goToStep(lesson, back, 17)).toMatchObject({ lessonStep: 2, view: 'explorer' });
  });

  it('a bare lesson link names only the lesson (and preferences); a copied one carries its setup', () => {
    expect(isBareLessonLink(normalizeSettings({ lesson: 'walk', lessonStep: 2, theme: 'dark' }))).toBe(true);
    expect(isBareLessonLink(normalizeSettings({ lesson: 'walk', mean0: 0 }))).toBe(false);
    expect(isBareLessonLink(DEFAULT_SETTINGS)).toBe(false);
  });

  it('withPreferences copies exactly the preferences', () => {
    const from = normalizeSettings({ theme: 'dark', language: 'zh-CN', mean0: 2 });
    const out = withPreferences(DEFAULT_SETTINGS, from);
    const changed = SETTING_KEYS.filter((k) => out[k] !== DEFAULT_SETTINGS[k]);
    expect(changed.sort()).toEqual(['language', 'theme']);
  });
});
