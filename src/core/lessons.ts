// Lessons: guided presets kept as data (src/lessons/<id>.json), checked here. A lesson is a title, a
// short text (each in every language of the interface: `{ "en": …, "zh-CN": … }`), a partial settings object (by the settings' long names) laid over the defaults, and
// optional steps, each a text and perhaps a settings patch applied when the step is reached. What the
// page does with them (the menu, the bar, saving the user's own setup) is in src/state/lessonState.ts.
import { readVariantFields, variantFields, variantText } from './experimentVariant';
import { claimProblems, type LessonClaim } from './lessonClaims';
import {
  clampSetting,
  DEFAULT_SETTINGS,
  normalizeSettings,
  SETTING_KEYS,
  SETTINGS_TABLE,
  type Settings,
} from './settings';
import { UI_LANGUAGES, type UiLanguage } from './uiLanguages';

/** A lesson's text in every language of the interface (all required, none empty). */
export type LessonText = Readonly<Record<UiLanguage, string>>;

/** The text in one language. */
export const inLanguage = (text: LessonText, language: UiLanguage): string => text[language];

interface LessonStep {
  /** What to do or look at in this step. */
  text: LessonText;
  /** Settings applied when the step is reached (over whatever is set then). */
  settings?: Partial<Settings>;
  /** What the text promises training will do, as k of N seeds (lessonClaims.ts; checked by bench:lessons). */
  claims?: readonly LessonClaim[];
}

export interface Lesson {
  /** Matches the file name (src/lessons/<id>.json) and the link's `lesson=`. */
  id: string;
  /** Place in the menu (ascending). */
  order: number;
  title: LessonText;
  /** What the lesson is about, in a sentence or three. */
  text: LessonText;
  /** Laid over the defaults when the lesson opens. */
  settings: Partial<Settings>;
  /** May be empty: then the lesson is its text alone. */
  steps: readonly LessonStep[];
}

/**
 * Settings of the person and the device, not of a setup: a lesson never sets them, and opening or leaving
 * a lesson keeps them as they are (a projector in presentation mode stays in it).
 */
const PREFERENCE_KEYS = ['theme', 'presentation', 'language', 'backend'] as const satisfies readonly (keyof Settings)[];
/** The lesson machinery's own settings: set by choosing a lesson and its steps, never by a lesson file. */
const LESSON_KEYS = ['lesson', 'lessonStep'] as const satisfies readonly (keyof Settings)[];
const FORBIDDEN_IN_LESSON: readonly (keyof Settings)[] = [...PREFERENCE_KEYS, ...LESSON_KEYS];

/** The most steps a lesson may have (the link's `lstep` goes up to its maximum). */
export const MAX_LESSON_STEPS = SETTINGS_TABLE.lessonStep.max + 1;

const LESSON_FIELDS = new Set(['id', 'order', 'title', 'text', 'settings', 'steps']);
const STEP_FIELDS = new Set(['text', 'settings', 'claims']);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const nonEmptyText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** The problems of a text that must be given in every language (`what`: "title", "step 2: text"…). */
function textProblems(raw: unknown, what: string): string[] {
  const every = `${what} must be a non-empty text in every language (${UI_LANGUAGES.join(', ')})`;
  if (!isObject(raw)) return [every];
  const problems = UI_LANGUAGES.filter((l) => !nonEmptyText(raw[l])).map((l) => `${every}: "${l}" is missing or empty`);
  for (const key of Object.keys(raw))
    if (!(UI_LANGUAGES as readonly string[]).includes(key)) problems.push(`${what}: unknown language "${key}"`);
  return problems;
}

/** Only the languages of the interface. */
const pickText = (raw: unknown): LessonText =>
  Object.fromEntries(UI_LANGUAGES.map((l) => [l, (raw as Record<string, string>)[l]])) as LessonText;

/** Whether `id` can be a lesson id (the link's `lesson=` accepts it). */
function validLessonId(id: unknown): id is string {
  const prop = SETTINGS_TABLE.lesson;
  return typeof id === 'string' && id !== '' && id.length <= prop.maxLength && prop.pattern.test(id);
}

/** The problems (for the developer: these files are checked by a unit test) of one settings patch. */
function settingsProblems(raw: unknown, where: string): string[] {
  if (!isObject(raw)) return [`${where}: settings must be an object`];
  const problems: string[] = [];
  for (const [key, value] of Object.entries(raw)) {
    if (!(SETTING_KEYS as string[]).includes(key)) {
      problems.push(`${where}: "${key}" is not a setting`);
      continue;
    }
    const k = key as keyof Settings;
    if (FORBIDDEN_IN_LESSON.includes(k)) {
      problems.push(`${where}: "${key}" is not for lessons to set`);
      continue;
    }
    const prop = SETTINGS_TABLE[k];
    const type = prop.kind === 'number' ? 'number' : prop.kind === 'bool' ? 'boolean' : 'string';
    if (typeof value !== type) {
      problems.push(`${where}: "${key}" must be a ${type}, not ${JSON.stringify(value)}`);
      continue;
    }
    if (clampSetting(k, value as never) !== value)
      problems.push(
        `${where}: "${key}" = ${JSON.stringify(value)} is not a valid value (out of range or not an option)`,
      );
    else if (k === 'variantB') problems.push(...variantProblems(value as string, where));
  }
  return problems;
}

/** Variant B's overrides must each be valid (as a link's `b.` fields) and written in the canonical form. */
function variantProblems(text: string, where: string): string[] {
  const { overrides, problems } = readVariantFields(variantFields(text));
  if (problems.length > 0) return [`${where}: "variantB" = ${JSON.stringify(text)} has invalid overrides`];
  const canonical = variantText(overrides);
  return canonical === text
    ? []
    : [`${where}: "variantB" = ${JSON.stringify(text)} should be written ${JSON.stringify(canonical)}`];
}

/**
 * Checks one lesson file. Every key of its settings and of its steps' settings must be a real setting
 * with a valid value, and the settings of every step, laid over the defaults, must survive
 * normalizeSettings unchanged (no cross-field rule may quietly change what the lesson says).
 */
export function validateLesson(raw: unknown): { lesson: Lesson; problems: [] } | { lesson: null; problems: string[] } {
  if (!isObject(raw)) return { lesson: null, problems: ['a lesson must be an object'] };
  const name = typeof raw.id === 'string' ? raw.id : '?';
  const problems: string[] = [];
  for (const field of Object.keys(raw))
    if (!LESSON_FIELDS.has(field)) problems.push(`${name}: unknown field "${field}"`);
  if (!validLessonId(raw.id))
    problems.push(`${name}: id must be 1–${SETTINGS_TABLE.lesson.maxLength} of a–z, 0–9 and "-"`);
  if (typeof raw.order !== 'number' || !Number.isFinite(raw.order)) problems.push(`${name}: order must be a number`);
  problems.push(...textProblems(raw.title, `${name}: title`));
  problems.push(...textProblems(raw.text, `${name}: text`));
  problems.push(...settingsProblems(raw.settings, `${name} settings`));
  const steps = raw.steps ?? [];
  if (!Array.isArray(steps)) problems.push(`${name}: steps must be a list`);
  else {
    if (steps.length > MAX_LESSON_STEPS) problems.push(`${name}: at most ${MAX_LESSON_STEPS} steps`);
    steps.forEach((step: unknown, i) => {
      const where = `${name} step ${i + 1}`;
      if (!isObject(step)) {
        problems.push(`${where}: must be an object`);
        return;
      }
      for (const field of Object.keys(step))
        if (!STEP_FIELDS.has(field)) problems.push(`${where}: unknown field "${field}"`);
      problems.push(...textProblems(step.text, `${where}: text`));
      if (step.settings !== undefined) problems.push(...settingsProblems(step.settings, `${where} settings`));
      if (step.claims !== undefined && !Array.isArray(step.claims)) problems.push(`${where}: claims must be a list`);
      else
        for (const [j, claim] of ((step.claims ?? []) as unknown[]).entries())
          if (isObject(claim) && claim.settings !== undefined)
            problems.push(...settingsProblems(claim.settings, `${where} claim ${j + 1} settings`));
    });
  }
  if (problems.length > 0) return { lesson: null, problems };
  const lesson: Lesson = {
    id: raw.id as string,
    order: raw.order as number,
    title: pickText(raw.title),
    text: pickText(raw.text),
    settings: raw.settings as Partial<Settings>,
    steps: (steps as LessonStep[]).map((s) => ({
      text: pickText(s.text),
      ...(s.settings ? { settings: s.settings } : {}),
      ...(s.claims ? { claims: s.claims } : {}),
    })),
  };
  // Each step's settings as the lesson means them, after the cross-field rules.
  for (let i = 0; i < Math.max(1, lesson.steps.length); i++) {
    const meant: Partial<Settings> = { ...lesson.settings };
    for (const step of lesson.steps.slice(0, i + 1)) Object.assign(meant, step.settings);
    const got = normalizeSettings({ ...DEFAULT_SETTINGS, ...meant });
    for (const key of Object.keys(meant) as (keyof Settings)[])
      if (got[key] !== meant[key])
        problems.push(
          `${name} step ${i + 1}: "${key}" = ${JSON.stringify(meant[key])} becomes ${JSON.stringify(got[key])}`,
        );
    const step = lesson.steps[i];
    for (const [j, claim] of (step?.claims ?? []).entries())
      problems.push(...claimProblems(claim, got, step.text, `${name} step ${i + 1} claim ${j + 1}`));
  }
  return problems.length > 0 ? { lesson: null, problems } : { lesson, problems: [] };
}

/**
 * Reads a folder of lesson files (`path → parsed JSON`): each must validate and its id must be its file
 * name; ids are unique. The valid lessons come back in menu order.
 */
export function loadLessons(files: Record<string, unknown>): { lessons: Lesson[]; problems: string[] } {
  const lessons: Lesson[] = [];
  const problems: string[] = [];
  for (const [path, raw] of Object.entries(files)) {
    const file = path
      .split('/')
      .pop()!
      .replace(/\.json$/, '');
    const checked = validateLesson(raw);
    if (!checked.lesson) {
      problems.push(...checked.problems.map((p) => `${path}: ${p}`));
      continue;
    }
    if (checked.lesson.id !== file) {
      problems.push(`${path}: id "${checked.lesson.id}" is not the file's name "${file}"`);
      continue;
    }
    if (lessons.some((l) => l.id === checked.lesson.id)) {
      problems.push(`${path}: id "${checked.lesson.id}" is used twice`);
      continue;
    }
    lessons.push(checked.lesson);
  }
  lessons.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  return { lessons, problems };
}

/** The step a link or a setting asks for, within the lesson's steps. */
export const clampStep = (lesson: Lesson, step: number): number =>
  Math.max(0, Math.min(Math.max(0, lesson.steps.length - 1), Math.round(step) || 0));

/** `from`'s preferences (theme, presentation, language, backend) over `s`. */
export function withPreferences(s: Settings, from: Settings): Settings {
  const out = { ...s } as Record<keyof Settings, unknown>;
  for (const key of PREFERENCE_KEYS) out[key] = from[key];
  return out as unknown as Settings;
}

/**
 * The setup of a lesson at a step, as a fresh start: the defaults, the lesson's settings, then the
 * patches of steps 0…step in order; `preferences` keeps the person's theme, language and so on.
 */
export function lessonSetup(lesson: Lesson, step: number, preferences: Settings = DEFAULT_SETTINGS): Settings {
  const at = clampStep(lesson, step);
  const s: Partial<Settings> = { ...DEFAULT_SETTINGS, ...lesson.settings };
  for (const p of lesson.steps.slice(0, at + 1)) Object.assign(s, p.settings);
  return withPreferences(normalizeSettings({ ...s, lesson: lesson.id, lessonStep: at }), preferences);
}

/**
 * Moving from the current settings (in `lesson`) to another step, keeping what the person changed
 * meanwhile. Forward: the patches of the steps passed are applied in order. Back: every setting that a
 * later step's patch sets goes back to its value at the target step; nothing else changes.
 */
export function goToStep(lesson: Lesson, current: Settings, step: number): Settings {
  const from = clampStep(lesson, current.lessonStep);
  const to = clampStep(lesson, step);
  const next: Partial<Settings> = { ...current };
  if (to > from) {
    for (const p of lesson.steps.slice(from + 1, to + 1)) Object.assign(next, p.settings);
  } else if (to < from) {
    const at = lessonSetup(lesson, to);
    for (const p of lesson.steps.slice(to + 1, from + 1))
      for (const key of Object.keys(p.settings ?? {}) as (keyof Settings)[])
        (next as Record<string, unknown>)[key] = at[key];
  }
  return normalizeSettings({ ...next, lesson: lesson.id, lessonStep: to });
}

/**
 * A hand-written lesson link (`#v=2&lesson=bimodal-collapse&lstep=1`) says which lesson and step, and
 * nothing about the setup: every setting but the lesson's and the preferences is at its default. Such a
 * link opens the lesson's own setup at that step; a copied link carries its whole setup and is loaded as
 * it is.
 */
export function isBareLessonLink(s: Settings): boolean {
  if (s.lesson === '') return false;
  const skip: readonly (keyof Settings)[] = FORBIDDEN_IN_LESSON;
  return SETTING_KEYS.every((k) => skip.includes(k) || s[k] === DEFAULT_SETTINGS[k]);
}
