// The language menu in the header: the browser's language, English or Simplified Chinese; in the link.
import { useId } from 'react';
import { SETTINGS_TABLE, type Language } from '../core/settings';
import { useAppState, useSetting } from '../state/context';
import { useDocumentLanguage, useT } from '../state/language';

export function LanguageControl() {
  const { setSetting } = useAppState();
  const value = useSetting('language');
  const t = useT();
  const id = useId();
  useDocumentLanguage();
  return (
    <span className="language-control">
      <label htmlFor={id} className="sr-only">
        {t('language.label')}
      </label>
      <select
        id={id}
        value={value}
        data-testid="setting-language"
        onChange={(e) => setSetting('language', e.currentTarget.value as Language)}
      >
        {SETTINGS_TABLE.language.values.map((v) => (
          <option key={v} value={v}>
            {t(`language.${v}`)}
          </option>
        ))}
      </select>
    </span>
  );
}
