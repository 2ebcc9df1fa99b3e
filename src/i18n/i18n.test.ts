// Both languages cover the same keys with non-empty text, and messages with parameters use them.
import { describe, expect, it } from 'vitest';
import { EN, MESSAGES, translator, type MessageKey } from './messages';
import { UI_LANGUAGES } from '../core/uiLanguages';
import { resolveLanguage } from './language';

describe('the catalogues', () => {
  const keys = Object.keys(EN).sort();
  it.each(UI_LANGUAGES)('%s has every key, and only those, each non-empty', (lang) => {
    const table = MESSAGES[lang] as Record<string, unknown>;
    expect(Object.keys(table).sort()).toEqual(keys);
    for (const key of keys) {
      const m = table[key];
      const text = typeof m === 'function' ? (m as (p: unknown) => string)(new Proxy({}, { get: () => 7 })) : m;
      expect(typeof text, key).toBe('string');
      expect((text as string).trim().length, key).toBeGreaterThan(0);
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
