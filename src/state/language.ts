// The interface's language for React: the `language` setting resolved against the browser's preferences,
// and `t` for it. Components call useT() and never hold English text of their own.
// Another language's catalogue loads when it is chosen: the page speaks English until it is here (a page
// that opens in Chinese waits for it before its first render, main.tsx), then switches.
import { useEffect, useMemo } from 'react';
import type { Language, Settings } from '../core/settings';
import type { UiLanguage } from '../core/uiLanguages';
import { resolveLanguage } from '../i18n/language';
import { hasLanguage, loadLanguage, translator, type Translate } from '../i18n/messages';
import { useSetting } from './context';
import { createStore, useStore, type Store } from './store';

const browserLanguages = (): readonly string[] =>
  typeof navigator === 'undefined' ? [] : navigator.languages?.length ? navigator.languages : [navigator.language];

/** The language the interface speaks for this setting: the one it asks for once its catalogue is here. */
function shownLanguage(setting: Language): UiLanguage {
  const wanted = resolveLanguage(setting, browserLanguages());
  return hasLanguage(wanted) ? wanted : 'en';
}

/** How many catalogues have arrived: the components re-read the language when one does. */
const arrivals = createStore(0);

/** Loads the catalogue the setting asks for; resolves when it is here (or, if it failed, in English). */
export function loadLanguageFor(settings: Pick<Settings, 'language'>): Promise<void> {
  const wanted = resolveLanguage(settings.language, browserLanguages());
  if (hasLanguage(wanted)) return Promise.resolve();
  return loadLanguage(wanted).then(
    () => arrivals.set(arrivals.get() + 1),
    (e: unknown) => console.warn(`The ${wanted} messages did not load; the page stays in English.`, e),
  );
}

/** Loads each language the setting asks for as it changes. Returns the unsubscribe. */
export function followLanguageSetting(settings: Store<Settings>): () => void {
  let last = settings.get().language;
  return settings.subscribe(() => {
    const next = settings.get().language;
    if (next === last) return;
    last = next;
    void loadLanguageFor(settings.get());
  });
}

/** The translator for the interface's language now, outside React (the exporter, the announcer). */
export function translatorFor(settings: Pick<Settings, 'language'>): Translate {
  return translator(shownLanguage(settings.language));
}

export function useLanguage(): UiLanguage {
  const setting = useSetting('language');
  useStore(arrivals);
  return shownLanguage(setting);
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
