// The interface's language for React: the `language` setting resolved against the browser's preferences,
// and `t` for it. Components call useT() and never hold English text of their own.
import { useEffect, useMemo } from 'react';
import type { Settings } from '../core/settings';
import type { UiLanguage } from '../core/uiLanguages';
import { resolveLanguage } from '../i18n/language';
import { translator, type Translate } from '../i18n/messages';
import { useSetting } from './context';

const browserLanguages = (): readonly string[] =>
  typeof navigator === 'undefined' ? [] : navigator.languages?.length ? navigator.languages : [navigator.language];

/** The translator for the interface's language now, outside React (the exporter, the announcer). */
export function translatorFor(settings: Pick<Settings, 'language'>): Translate {
  return translator(resolveLanguage(settings.language, browserLanguages()));
}

export function useLanguage(): UiLanguage {
  return resolveLanguage(useSetting('language'), browserLanguages());
}

export function useT(): Translate {
  const language = useLanguage();
  return useMemo(() => translator(language), [language]);
}

/** Keeps <html lang> in step with the interface (screen readers pick their voice from it). */
export function useDocumentLanguage(): void {
  const language = useLanguage();
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
}
