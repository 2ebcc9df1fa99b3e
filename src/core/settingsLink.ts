// The settings in a URL hash: `v=2&m0=-2&s0=0.8`, only what differs from the defaults. Parsing keeps
// what is valid and reports the rest as data (the page words it: src/state/messages.ts).
import {
  parseVariant,
  readVariantFields,
  variantText,
  type VariantFields,
  type VariantProblem,
} from './experimentVariant';
import {
  DEFAULT_SETTINGS,
  normalizeSettings,
  SETTING_KEYS,
  SETTINGS_TABLE,
  SETTINGS_VERSION,
  type Settings,
} from './settings';
import { cut, readSettingValue, settingValueText, type ValueProblem } from './settingValue';

/** One thing wrong with a link. `raw` texts are cut to a few dozen characters. */
export type LinkProblem =
  | { code: 'not-key-value'; part: string }
  | { code: 'bad-encoding'; short: string }
  | { code: 'unknown-setting'; short: string }
  | ValueProblem
  | VariantProblem
  | { code: 'no-version' }
  | { code: 'newer-version'; version: number }
  | { code: 'unknown-version'; version: number };

export interface ParsedLink {
  settings: Settings;
  /** Empty when the hash was fully valid (or absent). */
  problems: LinkProblem[];
}

/** A link field of variant B's: `b.<short>=<value>`, with the playground's own key and value text. */
const VARIANT_PREFIX = 'b.';

/** B's overrides as link fields, in VARIANT_KEYS' order (what is not a valid override is left out). */
const variantHashParts = (variantB: string): string[] =>
  variantText(parseVariant(variantB))
    .split(',')
    .filter((part) => part !== '')
    .map((part) => {
      const colon = part.indexOf(':');
      return `${VARIANT_PREFIX}${part.slice(0, colon)}=${encodeURIComponent(part.slice(colon + 1))}`;
    });

/** Serializes only what differs from the defaults, so links stay short. B's overrides are `b.` fields. */
export function settingsToHash(s: Settings): string {
  const parts = [`v=${SETTINGS_VERSION}`];
  for (const key of SETTING_KEYS) {
    if (s[key] === DEFAULT_SETTINGS[key]) continue;
    if (key === 'variantB') parts.push(...variantHashParts(s.variantB));
    else parts.push(`${SETTINGS_TABLE[key].short}=${encodeURIComponent(settingValueText(key, s[key]))}`);
  }
  return parts.join('&');
}

/** The settings by their link keys; variantB has none of its own (a link writes B as `b.` fields only). */
const KEY_BY_SHORT = new Map(
  SETTING_KEYS.filter((k) => k !== 'variantB').map((k) => [SETTINGS_TABLE[k].short as string, k] as const),
);

/** A link's fields before they are read as settings: `[short key, decoded value]`, in the link's order. */
export type LinkFields = [short: string, raw: string][];

/**
 * How a link of version n becomes a link of version n + 1, on its raw fields (renamed keys, converted
 * values), before they are read. Old links then keep working: they are migrated step by step to
 * SETTINGS_VERSION instead of dropped. Bump SETTINGS_VERSION only when a key changes its meaning, and
 * add the step from the old version here.
 */
export type LinkMigrations = Readonly<Record<number, (fields: LinkFields) => LinkFields>>;

/** The migrations of this app's links. */
export const LINK_MIGRATIONS: LinkMigrations = {
  // 1 → 2: the defaults of G's activation and D's depth changed; a version-1 link meant the old ones.
  // A lesson's link is the exception: it opens the lesson as the lesson is now (its setup, measured anew).
  1: (fields) =>
    fields.some(([k]) => k === 'lesson') ? fields : withDefault('ga', 'leakyRelu')(withDefault('dd', '2')(fields)),
};

/** A migration step for a changed default: the old default, written out, where a link does not set the key. */
const withDefault =
  (key: string, oldDefault: string) =>
  (fields: LinkFields): LinkFields =>
    fields.some(([k]) => k === key) ? fields : [...fields, [key, oldDefault]];

/** Whether a link field is `key` itself or variant B's override of it (`b.<key>`), which migrates with it. */
const isField = (k: string, key: string): boolean => k === key || k === VARIANT_PREFIX + key;

/** A migration step that renames a key, and B's override of it (e.g. `renameField('mean', 'm0')`). */
export const renameField =
  (from: string, to: string) =>
  (fields: LinkFields): LinkFields =>
    fields.map(([k, v]) => [isField(k, from) ? k.slice(0, k.length - from.length) + to : k, v]);

/** A migration step that converts the value of one key and of B's override of it (e.g. percent to a fraction). */
export const convertField =
  (key: string, convert: (raw: string) => string) =>
  (fields: LinkFields): LinkFields =>
    fields.map(([k, v]) => [k, isField(k, key) ? convert(v) : v]);

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
  const variant: VariantFields = [];
  for (const [short, raw] of fields) {
    if (short.startsWith(VARIANT_PREFIX)) {
      variant.push([short.slice(VARIANT_PREFIX.length), raw]);
      continue;
    }
    const setting = KEY_BY_SHORT.get(short);
    if (!setting) {
      problems.push({ code: 'unknown-setting', short: cut(short) });
      continue;
    }
    const { value, problem } = readSettingValue(setting, raw);
    if (problem) problems.push(problem);
    if (value !== undefined) partial[setting] = value;
  }
  if (variant.length > 0) {
    const { overrides, problems: variantProblems } = readVariantFields(variant);
    problems.push(...variantProblems);
    partial.variantB = variantText(overrides);
  }
  if (versionProblem) problems.push(versionProblem);
  return { settings: normalizeSettings(partial as Partial<Settings>), problems };
}
