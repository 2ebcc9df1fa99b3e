// Both languages cover the same keys with non-empty text, and messages with parameters use them.
import { beforeAll, describe, expect, it } from 'vitest';
import { charts } from './en/charts';
import { common } from './en/common';
import { experiment } from './en/experiment';
import { exportArea } from './en/export';
import { formulas } from './en/formulas';
import { frame } from './en/frame';
import { playground } from './en/playground';
import { theory } from './en/theory';
import { loadEnglishArea, loadLanguage, translator, type MessageKey } from './messages';
import { UI_LANGUAGES } from '../core/uiLanguages';
import { resolveLanguage } from './language';
import { zhCN } from './zh-CN';

/** Every English message, all areas. */
const EN: Record<string, unknown> = {
  ...common,
  ...frame,
  ...playground,
  ...charts,
  ...theory,
  ...formulas,
  ...exportArea,
  ...experiment,
};
const CATALOGUES: Record<string, Record<string, unknown>> = { en: EN, 'zh-CN': zhCN };

describe('the catalogues', () => {
  const keys = Object.keys(EN).sort();
  beforeAll(() =>
    Promise.all([
      loadLanguage('zh-CN'),
      loadEnglishArea('theory'),
      loadEnglishArea('formulas'),
      loadEnglishArea('export'),
      loadEnglishArea('experiment'),
    ]),
  );

  it.each(UI_LANGUAGES)('%s has every key, and only those, each non-empty', (lang) => {
    const table = CATALOGUES[lang];
    expect(Object.keys(table).sort()).toEqual(keys);
    for (const key of keys) {
      const m = table[key];
      const text = typeof m === 'function' ? (m as (p: unknown) => string)(new Proxy({}, { get: () => 7 })) : m;
      expect(typeof text, key).toBe('string');
      expect((text as string).trim().length, key).toBeGreaterThan(0);
    }
  });

  it.each(UI_LANGUAGES)('%s, once loaded, translates every key with its own message', (lang) => {
    const t = translator(lang) as (k: MessageKey, p?: unknown) => string;
    const params = new Proxy({}, { get: () => 7 });
    for (const key of keys as MessageKey[]) {
      const m = CATALOGUES[lang][key];
      expect(t(key, params), key).toBe(typeof m === 'function' ? (m as (p: unknown) => string)(params) : m);
    }
  });

  it('Chinese is not English copied: most messages differ', () => {
    const en = translator('en'),
      zh = translator('zh-CN');
    const plain = (Object.keys(EN) as MessageKey[]).filter((k) => typeof EN[k] === 'string');
    const same = plain.filter((k) => (en as (k: MessageKey) => string)(k) === (zh as (k: MessageKey) => string)(k));
    expect(same.length / plain.length).toBeLessThan(0.2);
  });
});

describe('the language', () => {
  it('follows the setting, or the browser with "auto"', () => {
    expect(resolveLanguage('en', ['zh-CN'])).toBe('en');
    expect(resolveLanguage('zh-CN', ['en-US'])).toBe('zh-CN');
    expect(resolveLanguage('auto', ['zh-TW', 'en'])).toBe('zh-CN');
    expect(resolveLanguage('auto', ['fr-FR', 'en-GB'])).toBe('en');
    expect(resolveLanguage('auto', ['fr-FR'])).toBe('en');
    expect(resolveLanguage('auto', [])).toBe('en');
  });
});
