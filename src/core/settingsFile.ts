// The settings as a JSON file: the whole Settings object plus `version`, and reading such a file back.
// Reading keeps what is valid (clamped like a link: normalizeSettings), keeps the current value of any
// setting the file does not have, and reports the rest as data (codes; the page words them). A file
// that is not JSON, not an object, holds no setting at all, or comes from a newer version loads nothing.
import {
  clampSetting,
  normalizeSettings,
  SETTING_KEYS,
  SETTINGS_TABLE,
  SETTINGS_VERSION,
  type Settings,
} from './settings';
import { readVariantFields, variantFields, variantText } from './experimentVariant';
import type { LinkProblem } from './settingsLink';

/** The file's text: `version` first, then every setting in the table's order, two-space indented. */
export function settingsToJson(s: Settings): string {
  const out: Record<string, unknown> = { version: SETTINGS_VERSION };
  for (const key of SETTING_KEYS) out[key] = s[key];
  return JSON.stringify(out, null, 2) + '\n';
}

/** Why nothing was loaded. */
export type SettingsFileError =
  | { code: 'not-json'; detail: string }
  | { code: 'not-an-object' }
  /** Valid JSON, but not one key of it is a setting (e.g. another app's file). */
  | { code: 'no-settings' }
  /** The weights file (gan-weights.json) was chosen instead. */
  | { code: 'weights-file' }
  | { code: 'newer-version'; version: number };

/**
 * What was wrong in a file that was loaded: value problems are a link's (LinkProblem, with `raw` the
 * value as JSON); `unknown-setting` carries the key in `short`.
 */
export type SettingsFileProblem =
  LinkProblem | { code: 'file-no-version' } | { code: 'file-unknown-version'; raw: string };

export type SettingsFileResult =
  { ok: true; settings: Settings; problems: SettingsFileProblem[] } | { ok: false; error: SettingsFileError };

const cut = (text: string, n = 20) => (text.length > n ? text.slice(0, n) + '…' : text);
const raw = (v: unknown): string => cut(v === undefined ? 'undefined' : JSON.stringify(v));

/** Reads one value of `key`: the valid (clamped) value and what was wrong, or nothing when unusable. */
function readValue(
  key: keyof Settings,
  v: unknown,
): { value?: Settings[keyof Settings]; problem?: SettingsFileProblem } {
  const prop = SETTINGS_TABLE[key];
  if (prop.kind === 'number') {
    if (typeof v !== 'number' || !Number.isFinite(v))
      return { problem: { code: 'not-a-number', setting: key, raw: raw(v) } };
    const clamped = clampSetting(key, v as never);
    return clamped === v
      ? { value: clamped }
      : { value: clamped, problem: { code: 'out-of-range', setting: key, raw: raw(v), min: prop.min, max: prop.max } };
  }
  if (prop.kind === 'bool')
    return typeof v === 'boolean'
      ? { value: v as never }
      : { problem: { code: 'not-a-flag', setting: key, raw: raw(v) } };
  if (prop.kind === 'text')
    return typeof v === 'string' && v.length <= prop.maxLength && prop.pattern.test(v)
      ? { value: v as never }
      : { problem: { code: 'not-valid-text', setting: key, raw: raw(v) } };
  return typeof v === 'string' && (prop.values as readonly string[]).includes(v)
    ? { value: v as never }
    : { problem: { code: 'not-an-option', setting: key, raw: raw(v), options: prop.values } };
}

const KNOWN = new Set<string>(SETTING_KEYS);

/**
 * Parses a settings file against the current settings `base`: the result is `base` with every valid
 * value of the file applied, made whole by normalizeSettings. Never throws.
 */
export function parseSettingsJson(text: string, base: Settings): SettingsFileResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: { code: 'not-json', detail: e instanceof Error ? e.message : String(e) } };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, error: { code: 'not-an-object' } };
  const obj = data as Record<string, unknown>;
  if (obj.format === 'gan-playground-weights') return { ok: false, error: { code: 'weights-file' } };
  const keys = Object.keys(obj);
  if (!keys.some((k) => KNOWN.has(k))) return { ok: false, error: { code: 'no-settings' } };

  const problems: SettingsFileProblem[] = [];
  const version = obj.version;
  if (version === undefined) problems.push({ code: 'file-no-version' });
  else if (typeof version === 'number' && version > SETTINGS_VERSION)
    // A newer app may mean something else by the same keys: load nothing of it (as with a link).
    return { ok: false, error: { code: 'newer-version', version } };
  // An older file holds every setting (settingsToJson), so a changed default changes nothing in it.
  else if (!(typeof version === 'number' && Number.isInteger(version) && version >= 1))
    problems.push({ code: 'file-unknown-version', raw: raw(version) });

  const partial: Partial<Record<keyof Settings, unknown>> = {};
  for (const key of keys) {
    if (key === 'version') continue;
    if (!KNOWN.has(key)) {
      problems.push({ code: 'unknown-setting', short: cut(key) });
      continue;
    }
    const setting = key as keyof Settings;
    const { value, problem } = readValue(setting, obj[key]);
    if (problem) problems.push(problem);
    if (value === undefined) continue;
    if (setting === 'variantB') {
      // B's overrides are read one by one, as a link's `b.` fields are: the valid ones are kept.
      const variant = readVariantFields(variantFields(value as string));
      problems.push(...variant.problems);
      partial.variantB = variantText(variant.overrides);
    } else partial[setting] = value;
  }
  return { ok: true, settings: normalizeSettings({ ...base, ...(partial as Partial<Settings>) }), problems };
}
