// Every message of the interface in every language, one object per language, assembled from the areas
// (en/*.ts is the source; zh-CN/*.ts is typed against it, so tsc rejects a missing or extra key).
// Keys are prefixed by area, so the areas never collide.
import type { TranslationOf } from './catalogue';
import type { UiLanguage } from '../core/uiLanguages';
import { charts as enCharts } from './en/charts';
import { common as enCommon } from './en/common';
import { formulas as enFormulas } from './en/formulas';
import { frame as enFrame } from './en/frame';
import { playground as enPlayground } from './en/playground';
import { theory as enTheory } from './en/theory';
import { charts as zhCharts } from './zh-CN/charts';
import { common as zhCommon } from './zh-CN/common';
import { formulas as zhFormulas } from './zh-CN/formulas';
import { frame as zhFrame } from './zh-CN/frame';
import { playground as zhPlayground } from './zh-CN/playground';
import { theory as zhTheory } from './zh-CN/theory';

export const EN = { ...enCommon, ...enFrame, ...enPlayground, ...enCharts, ...enTheory, ...enFormulas } as const;
const ZH_CN: TranslationOf<typeof EN> = {
  ...zhCommon,
  ...zhFrame,
  ...zhPlayground,
  ...zhCharts,
  ...zhTheory,
  ...zhFormulas,
};

export const MESSAGES: Record<UiLanguage, TranslationOf<typeof EN>> = { en: EN, 'zh-CN': ZH_CN };

export type MessageKey = keyof typeof EN;
/** The parameters a message takes: none for a plain string. */
export type MessageParams<K extends MessageKey> = (typeof EN)[K] extends (params: infer P) => string ? [P] : [];

/** t('key') or t('key', { …params }): the message in one language. */
export type Translate = <K extends MessageKey>(key: K, ...params: MessageParams<K>) => string;

export function translator(language: UiLanguage): Translate {
  const table = MESSAGES[language] as Record<MessageKey, string | ((p: unknown) => string)>;
  return (key, ...params) => {
    const m = table[key];
    return typeof m === 'function' ? m(params[0]) : m;
  };
}
