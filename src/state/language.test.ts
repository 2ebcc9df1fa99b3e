// Switching the language at run time: the page keeps speaking the language it has until the chosen
// language's catalogue is here, then switches (and a page can wait for it before its first render).
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import { hasLanguage } from '../i18n/messages';
import { followLanguageSetting, loadLanguageFor, translatorFor } from './language';
import { createStore } from './store';

describe('the interface language', () => {
  it('stays English until the chosen catalogue has loaded, then speaks it', async () => {
    const settings = createStore<Settings>({ ...DEFAULT_SETTINGS, language: 'en' });
    const stop = followLanguageSetting(settings);
    expect(hasLanguage('zh-CN')).toBe(false);
    settings.set({ ...settings.get(), language: 'zh-CN' });
    // Asked for, not here yet: still English.
    expect(translatorFor(settings.get())('views.loading')).toBe('Loading…');
    await loadLanguageFor(settings.get()); // what main.tsx awaits before the first render
    expect(hasLanguage('zh-CN')).toBe(true);
    expect(translatorFor(settings.get())('views.loading')).toBe('加载中…');
    // Back to English at once: it is always here.
    settings.set({ ...settings.get(), language: 'en' });
    expect(translatorFor(settings.get())('views.loading')).toBe('Loading…');
    stop();
  });
});
