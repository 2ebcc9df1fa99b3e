// The languages the interface speaks: the `language` setting's values other than 'auto'. Lessons are
// written in each (core/lessons.ts checks) and src/i18n holds a catalogue for each; the list lives here,
// in core, because core may not import i18n.
import type { Settings } from './settings';

export type UiLanguage = Exclude<Settings['language'], 'auto'>;

// A record, so that a language added to the setting but not here fails typecheck.
const SPOKEN: Record<UiLanguage, true> = { en: true, 'zh-CN': true };

/** Every language of the interface, English first. */
export const UI_LANGUAGES = Object.keys(SPOKEN) as readonly UiLanguage[];
