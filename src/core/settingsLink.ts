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

/** Parses a URL hash; keeps what is valid, reports the rest, never throws. */
export function settingsFromHash(hash: string): ParsedLink {
  const problems: LinkProblem[] = [];
  const text = hash.replace(/^#/, '').trim();
  if (text === '') return { settings: { ...DEFAULT_SETTINGS }, problems };
  const partial: Partial<Record<keyof Settings, unknown>> = {};
  let version: number | undefined;
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
    if (short === 'v') {
      version = Number(raw);
      continue;
    }
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
  if (version === undefined) problems.push({ code: 'no-version' });
  else if (version > SETTINGS_VERSION) {
    // A newer app may mean something else by the same keys: load nothing of it.
    problems.push({ code: 'newer-version', version });
    return { settings: { ...DEFAULT_SETTINGS }, problems };
  } else if (version !== SETTINGS_VERSION) problems.push({ code: 'unknown-version', version });
  return { settings: normalizeSettings(partial as Partial<Settings>), problems };
}
