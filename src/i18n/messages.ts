// Every message of the interface, assembled from the areas (en/*.ts is the source; zh-CN/*.ts is typed
// against it, so tsc rejects a missing or extra key). Keys are prefixed by area, so the areas never collide.
// What the first screen needs is in the page's bundle: English's first-screen areas. English's other
// areas come with the code that uses them (loadEnglishArea: the theory lab's views, components/views.tsx;
// export and load, state/exporter.ts), and another language's whole catalogue is loaded when it is
// chosen (loadLanguage, state/language.ts).
import type { TranslationOf } from './catalogue';
import type { UiLanguage } from '../core/uiLanguages';
import { charts } from './en/charts';
import { common } from './en/common';
import type { experiment } from './en/experiment';
import type { exportArea } from './en/export';
import { frame } from './en/frame';
import type { formulas } from './en/formulas';
import { playground } from './en/playground';
import type { theory } from './en/theory';

const FIRST_SCREEN = { ...common, ...frame, ...playground, ...charts } as const;

/** Every message in English: what each language is typed against. */
type English = typeof FIRST_SCREEN & typeof theory & typeof formulas & typeof exportArea & typeof experiment;
/** One language's whole catalogue. */
export type Catalogue = TranslationOf<English>;

export type MessageKey = keyof English;
/** The parameters a message takes: none for a plain string. */
type MessageParams<K extends MessageKey> = English[K] extends (params: infer P) => string ? [P] : [];

/** t('key') or t('key', { …params }): the message in one language. */
export type Translate = <K extends MessageKey>(key: K, ...params: MessageParams<K>) => string;

/** The English areas that load with the code that uses them. */
export type LazyArea = 'theory' | 'formulas' | 'export' | 'experiment';
const ENGLISH_AREAS: Record<LazyArea, () => Promise<Partial<Catalogue>>> = {
  theory: () => import('./en/theory').then((m) => m.theory),
  formulas: () => import('./en/formulas').then((m) => m.formulas),
  export: () => import('./en/export').then((m) => m.exportArea),
  experiment: () => import('./en/experiment').then((m) => m.experiment),
};
const OTHER_LANGUAGES: Record<Exclude<UiLanguage, 'en'>, () => Promise<Catalogue>> = {
  'zh-CN': () => import('./zh-CN').then((m) => m.zhCN),
};

type Table = Partial<Record<MessageKey, string | ((params: unknown) => string)>>;
/** The messages loaded so far; English grows by areas (a translator made earlier sees them too). */
const tables: Partial<Record<UiLanguage, Table>> = { en: { ...FIRST_SCREEN } as Table };
const loads = new Map<string, Promise<void>>();

/** Loads once; a load that failed is tried again the next time it is asked for. */
function once(key: string, load: () => Promise<void>): Promise<void> {
  let p = loads.get(key);
  if (!p) {
    p = load().catch((e: unknown) => {
      loads.delete(key);
      throw e;
    });
    loads.set(key, p);
  }
  return p;
}

/** Whether a language's catalogue is here (English's first screen always is). */
export const hasLanguage = (language: UiLanguage): boolean => tables[language] !== undefined;

/** Loads another language's whole catalogue (resolves at once for English and for one already here). */
export function loadLanguage(language: UiLanguage): Promise<void> {
  if (language === 'en' || hasLanguage(language)) return Promise.resolve();
  return once(language, () =>
    OTHER_LANGUAGES[language]().then((catalogue) => {
      tables[language] = catalogue as Table;
    }),
  );
}

/** Loads one of English's on-demand areas (the other languages' catalogues are always whole). */
export function loadEnglishArea(area: LazyArea): Promise<void> {
  return once(`en:${area}`, () =>
    ENGLISH_AREAS[area]().then((messages) => {
      Object.assign(tables.en!, messages);
    }),
  );
}

/**
 * The messages of one language; until its catalogue is here, English. A message whose area has not
 * loaded (a view's, used before the view loaded it) reads as its key rather than throwing.
 */
export function translator(language: UiLanguage): Translate {
  const english = tables.en!;
  const table = tables[language] ?? english;
  return (key, ...params) => {
    const m = table[key] ?? english[key] ?? key;
    return typeof m === 'function' ? m(params[0]) : m;
  };
}
