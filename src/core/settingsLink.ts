// The settings in a URL hash: `v=1&m0=-2&s0=0.8`, only what differs from the defaults. Parsing keeps
// what is valid and reports the rest as data (the page words it: src/state/messages.ts).
import {
  clampSetting,
  DEFAULT_SETTINGS,
  normalizeSettings,
  SETTING_KEYS,
  SETTINGS_TABLE,
  SETTINGS_VERSION,
  type Settings,
} from './settings';

/** One thing wrong with a link. `raw` texts are cut to a few dozen characters. */
export type LinkProblem =
  | { code: 'not-key-value'; part: string }
  | { code: 'bad-encoding'; short: string }
  | { code: 'unknown-setting'; short: string }
  | { code: 'not-a-number'; setting: keyof Settings; raw: string }
  | { code: 'out-of-range'; setting: keyof Settings; raw: string; min: number; max: number }
  | { code: 'not-a-flag'; setting: keyof Settings; raw: string }
  | { code: 'not-an-option'; setting: keyof Settings; raw: string; options: readonly string[] }
  | { code: 'not-valid-text'; setting: keyof Settings; raw: string }
  | { code: 'no-version' }
  | { code: 'newer-version'; version: number }
  | { code: 'unknown-version'; version: number };

export interface ParsedLink {
  settings: Settings;
  /** Empty when the hash was fully valid (or absent). */
  problems: LinkProblem[];
}

const formatNumber = (v: number) => String(Number(v.toPrecision(6)));
const cut = (text: string, n = 20) => text.slice(0, n);

/** Serializes only what differs from the defaults, so links stay short. */
export function settingsToHash(s: Settings): string {
  const parts = [`v=${SETTINGS_VERSION}`];
  for (const key of SETTING_KEYS) {
    if (s[key] === DEFAULT_SETTINGS[key]) continue;
    const prop = SETTINGS_TABLE[key];
    const v = s[key];
    const text =
      prop.kind === 'number' ? formatNumber(v as number) : prop.kind === 'bool' ? (v ? '1' : '0') : String(v);
    parts.push(`${prop.short}=${encodeURIComponent(text)}`);
  }
  return parts.join('&');
}

const KEY_BY_SHORT = new Map(SETTING_KEYS.map((k) => [SETTINGS_TABLE[k].short as string, k] as const));

/** A link's fields before they are read as settings: `[short key, decoded value]`, in the link's order. */
export type LinkFields = [short: string, raw: string][];

/**
 * How a link of version n becomes a link of version n + 1, on its raw fields (renamed keys, converted
 * values), before they are read. Old links then keep working: they are migrated step by step to
 * SETTINGS_VERSION instead of dropped. Bump SETTINGS_VERSION only when a key changes its meaning, and
 * add the step from the old version here.
 */
export type LinkMigrations = Readonly<Record<number, (fields: LinkFields) => LinkFields>>;

/** The migrations of this app's links: none yet (version 1 is the first). */
export const LINK_MIGRATIONS: LinkMigrations = {};

/** A migration step that renames a key (e.g. `renameField('mean', 'm0')`). */
export const renameField =
  (from: string, to: string) =>
  (fields: LinkFields): LinkFields =>
    fields.map(([k, v]) => [k === from ? to : k, v]);

/** A migration step that converts the value of one key (e.g. a percentage into a fraction). */
export const convertField =
  (key: string, convert: (raw: string) => string) =>
  (fields: LinkFields): LinkFields =>
    fields.map(([k, v]) => [k, k === key ? convert(v) : v]);

/** The fields migrated from `version` to `target`, or null when some step on the way is missing. */
function migrate(fields: LinkFields, version: number, target: number, migrations: LinkMigrations): LinkFields | null {
  if (!Number.isInteger(version)) return null;
  let out = fields;
  for (let v = version; v < target; v++) {
    const step = migrations[v];
    if (!step) return null;
    out = step(out);
  }
  return out;
}

/**
 * Parses a URL hash; keeps what is valid, reports the rest, never throws. A link of an older version is
 * migrated first (`migrations`, by default LINK_MIGRATIONS; the tests pass their own); one with no way
 * to the current version is read as it is and reported as `unknown-version`.
 */
export function settingsFromHash(hash: string, migrations: LinkMigrations = LINK_MIGRATIONS): ParsedLink {
  const problems: LinkProblem[] = [];
  const text = hash.replace(/^#/, '').trim();
  if (text === '') return { settings: { ...DEFAULT_SETTINGS }, problems };
  const partial: Partial<Record<keyof Settings, unknown>> = {};
  let version: number | undefined;
  let fields: LinkFields = [];
  for (const part of text.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    if (eq <= 0) {
      problems.push({ code: 'not-key-value', part: cut(part, 40) });
      continue;
    }
    const short = part.slice(0, eq);
    let raw: string;
    try {
      raw = decodeURIComponent(part.slice(eq + 1));
    } catch {
      problems.push({ code: 'bad-encoding', short: cut(short) });
      continue;
    }
    if (short === 'v') version = Number(raw);
    else fields.push([short, raw]);
  }
  // Reported after the fields' problems.
  let versionProblem: LinkProblem | null = null;
  if (version === undefined) versionProblem = { code: 'no-version' };
  else if (version > SETTINGS_VERSION) {
    // A newer app may mean something else by the same keys: load nothing of it.
    problems.push({ code: 'newer-version', version });
    return { settings: { ...DEFAULT_SETTINGS }, problems };
  } else if (version !== SETTINGS_VERSION) {
    const migrated = migrate(fields, version, SETTINGS_VERSION, migrations);
    if (migrated) fields = migrated;
    else versionProblem = { code: 'unknown-version', version };
  }
  for (const [short, raw] of fields) {
    const setting = KEY_BY_SHORT.get(short);
    if (!setting) {
      problems.push({ code: 'unknown-setting', short: cut(short) });
      continue;
    }
    const prop = SETTINGS_TABLE[setting];
    if (prop.kind === 'number') {
      const v = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(v)) {
        problems.push({ code: 'not-a-number', setting, raw: cut(raw) });
        continue;
      }
      const clamped = clampSetting(setting, v as never);
      if (clamped !== v) problems.push({ code: 'out-of-range', setting, raw: cut(raw), min: prop.min, max: prop.max });
      partial[setting] = clamped;
    } else if (prop.kind === 'bool') {
      if (raw !== '0' && raw !== '1') {
        problems.push({ code: 'not-a-flag', setting, raw: cut(raw) });
        continue;
      }
      partial[setting] = raw === '1';
    } else if (prop.kind === 'text') {
      if (raw.length > prop.maxLength || !prop.pattern.test(raw)) {
        problems.push({ code: 'not-valid-text', setting, raw: cut(raw) });
        continue;
      }
      partial[setting] = raw;
    } else {
      if (!(prop.values as readonly string[]).includes(raw)) {
        problems.push({ code: 'not-an-option', setting, raw: cut(raw), options: prop.values });
        continue;
      }
      partial[setting] = raw;
    }
  }
  if (versionProblem) problems.push(versionProblem);
  return { settings: normalizeSettings(partial as Partial<Settings>), problems };
}
