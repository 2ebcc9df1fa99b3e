// The colour theme in the header: follow the system, light or dark (the `theme` setting, in the link).
// src/state/displayMode.ts applies it to the page.
import { useId } from 'react';
import { SETTINGS_TABLE, type Theme } from '../core/settings';
import { useAppState, useSetting } from '../state/context';
import { useT } from '../state/language';

export function ThemeControl() {
  const { setSetting } = useAppState();
  const value = useSetting('theme');
  const id = useId();
  const t = useT();
  return (
    <span className="theme-control" title={t('pg.theme.title')}>
      <label htmlFor={id}>{t('pg.theme.label')}</label>
      <select
        id={id}
        value={value}
        data-testid="setting-theme"
        onChange={(e) => setSetting('theme', e.currentTarget.value as Theme)}
      >
        {SETTINGS_TABLE.theme.values.map((v) => (
          <option key={v} value={v}>
            {t(`value.${v}`)}
          </option>
        ))}
      </select>
    </span>
  );
}
