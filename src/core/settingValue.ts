// One setting's value as a link writes it (text) and reads it back (validated, clamped). The link's
// own fields and variant B's overrides (`b.<key>=<value>`, core/experimentVariant.ts) both go through
// these two functions, so a value means the same and is checked the same wherever it is written.
import { clampSetting, SETTINGS_TABLE, type Settings } from './settings';

/** What is wrong with one value. `raw` texts are cut to a few dozen characters. */
export type ValueProblem =
  | { code: 'not-a-number'; setting: keyof Settings; raw: string }
  | { code: 'out-of-range'; setting: keyof Settings; raw: string; min: number; max: number }
  | { code: 'not-a-flag'; setting: keyof Settings; raw: string }
  | { code: 'not-an-option'; setting: keyof Settings; raw: string; options: readonly string[] }
  | { code: 'not-valid-text'; setting: keyof Settings; raw: string };

export const cut = (text: string, n = 20) => text.slice(0, n);
const formatNumber = (v: number) => String(Number(v.toPrecision(6)));

/** The value as a link writes it (not yet URI-encoded): numbers to 6 digits, flags as 0/1. */
export function settingValueText<K extends keyof Settings>(key: K, value: Settings[K]): string {
  const prop = SETTINGS_TABLE[key];
  if (prop.kind === 'number') return formatNumber(value as number);
  if (prop.kind === 'bool') return value ? '1' : '0';
  return String(value);
}

/**
 * Reads one value of a link: the valid value (a number out of range is clamped, and reported) and what
 * was wrong; no value when it is unusable.
 */
export function readSettingValue(
  setting: keyof Settings,
  raw: string,
): { value?: Settings[keyof Settings]; problem?: ValueProblem } {
  const prop = SETTINGS_TABLE[setting];
  if (prop.kind === 'number') {
    const v = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(v)) return { problem: { code: 'not-a-number', setting, raw: cut(raw) } };
    const clamped = clampSetting(setting, v as never);
    return clamped === v
      ? { value: clamped }
      : {
          value: clamped,
          problem: { code: 'out-of-range', setting, raw: cut(raw), min: prop.min, max: prop.max },
        };
  }
  if (prop.kind === 'bool')
    return raw === '0' || raw === '1'
      ? { value: raw === '1' }
      : { problem: { code: 'not-a-flag', setting, raw: cut(raw) } };
  if (prop.kind === 'text')
    return raw.length <= prop.maxLength && prop.pattern.test(raw)
      ? { value: raw }
      : { problem: { code: 'not-valid-text', setting, raw: cut(raw) } };
  return (prop.values as readonly string[]).includes(raw)
    ? { value: raw as Settings[keyof Settings] }
    : { problem: { code: 'not-an-option', setting, raw: cut(raw), options: prop.values } };
}
