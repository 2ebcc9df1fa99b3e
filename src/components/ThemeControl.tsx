// The colour theme in the header: follow the system, light or dark (the `theme` setting, in the link).
// src/state/displayMode.ts applies it to the page.
import { useId } from 'react';
import { SETTINGS_TABLE, type Theme } from '../core/settings';
import { useAppState, useSetting } from '../state/context';
import { DISPLAY_TEXT } from '../state/displayText';

export function ThemeControl() {
  const { setSetting } = useAppState();
  const value = useSetting('theme');
  const id = useId();
  const text = DISPLAY_TEXT.theme;
  return (
    <span className="theme-control" title={text.title}>
      <label htmlFor={id}>{text.label}</label>
      <select
        id={id}
        value={value}
        data-testid="setting-theme"
        onChange={(e) => setSetting('theme', e.currentTarget.value as Theme)}
      >
        {SETTINGS_TABLE.theme.values.map((v) => (
          <option key={v} value={v}>
            {text.options[v]}
          </option>
        ))}
      </select>
    </span>
  );
}
