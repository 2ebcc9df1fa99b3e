// The settings: one flat, serializable object, described by one table (settingsTable.ts) that drives the
// defaults, the clamping of inputs, the URL hash and what a change means (its scope). This module is
// the settings' API: what the rest of the app imports.
import { hasOptimalDGradient } from './objectives';
import type { SettingScope } from './settingRows';
import { SETTINGS_TABLE, type Settings } from './settingsTable';

export type { SettingScope } from './settingRows';
export * from './settingsTable';
export {
  componentKey,
  explorerComponents,
  explorerKey,
  MAX_COMPONENTS,
  mixtureComponents,
  type ExplorerDensity,
  type MixtureComponent,
} from './mixtureSettings';

/**
 * The links' and settings files' version. 2: G's activation became tanh and D's depth 3 by default
 * (issue 16), so a version-1 link, which leaves defaults out, means leaky ReLU and depth 2 where it is
 * silent (LINK_MIGRATIONS).
 */
export const SETTINGS_VERSION = 2;
/** Annealed instance noise falls linearly from its σ to 0 over this many steps. */
export const INSTANCE_NOISE_ANNEAL_STEPS = 4000;

/** σ of the instance noise at a training step (0: none). */
export function instanceNoiseAt(s: Pick<Settings, 'instanceNoise' | 'instanceNoiseSchedule'>, step: number): number {
  if (s.instanceNoise <= 0) return 0;
  if (s.instanceNoiseSchedule === 'fixed') return s.instanceNoise;
  return s.instanceNoise * Math.max(0, 1 - step / INSTANCE_NOISE_ANNEAL_STEPS);
}

/** Every setting, in the table's order. */
export const SETTING_KEYS = Object.keys(SETTINGS_TABLE) as (keyof Settings)[];

/**
 * An integer as V8's small integer. The table's `default` fields also hold fractions, so an integer
 * read from one comes out as a boxed double; loops bounded by it (the batch size) then ran 2× slower.
 */
const smallInteger = <T>(v: T): T =>
  (typeof v === 'number' && Number.isInteger(v) && Math.abs(v) < 2 ** 30 ? v | 0 : v) as T;

/** Every setting at its default (each row's `default`). */
export const DEFAULT_SETTINGS: Settings = Object.fromEntries(
  SETTING_KEYS.map((k) => [k, smallInteger(SETTINGS_TABLE[k].default)]),
) as Settings;

type ScopeOf<K extends keyof Settings> = (typeof SETTINGS_TABLE)[K]['scope'];
export type KeysInScope<S extends SettingScope> = {
  [K in keyof Settings]: ScopeOf<K> extends S ? K : never;
}[keyof Settings];

/** What the training worker is given: everything but the display-only settings. */
export type TrainingSettings = Omit<Settings, KeysInScope<'display'>>;

export const keysInScope = <S extends SettingScope>(scope: S): readonly KeysInScope<S>[] =>
  SETTING_KEYS.filter((k) => SETTINGS_TABLE[k].scope === scope) as KeysInScope<S>[];

/** The scopes in which a and b differ (a display-only change gives just 'display'). */
export function changedScopes<T extends Partial<Settings>>(a: T, b: T): Set<SettingScope> {
  const scopes = new Set<SettingScope>();
  for (const key of SETTING_KEYS) if (a[key] !== b[key]) scopes.add(SETTINGS_TABLE[key].scope);
  return scopes;
}

/** True when going from a to b needs a new run (new networks or noise), not just a live update. */
export const needsNewRun = (a: TrainingSettings, b: TrainingSettings): boolean => changedScopes(a, b).has('run');

/** The settings without the display-only ones. */
export function trainingSettings(s: Settings): TrainingSettings {
  const out: Partial<Record<keyof Settings, unknown>> = {};
  for (const key of SETTING_KEYS) if (SETTINGS_TABLE[key].scope !== 'display') out[key] = s[key];
  return out as TrainingSettings;
}

/** A string that changes exactly when a setting of `scope` does (a cache key). */
export const scopeKey = (s: Partial<Settings>, scope: SettingScope): string =>
  JSON.stringify(keysInScope(scope).map((k) => s[k]));

/** Clamps one number into its property's range (rounding integers); NaN gives the default. */
export function clampSetting<K extends keyof Settings>(key: K, value: Settings[K]): Settings[K] {
  const prop = SETTINGS_TABLE[key];
  if (prop.kind === 'number') {
    let v = Number(value);
    if (!Number.isFinite(v)) return DEFAULT_SETTINGS[key];
    if (prop.integer) v = Math.round(v);
    return smallInteger(Math.min(prop.max, Math.max(prop.min, v))) as Settings[K];
  }
  if (prop.kind === 'text') {
    const v = String(value);
    return (v.length <= prop.maxLength && prop.pattern.test(v) ? v : DEFAULT_SETTINGS[key]) as Settings[K];
  }
  if (prop.kind === 'enum')
    return (
      (prop.values as readonly string[]).includes(value as string) ? value : DEFAULT_SETTINGS[key]
    ) as Settings[K];
  return Boolean(value) as Settings[K];
}

/** Makes a whole settings object valid: every field clamped, and the cross-field rules kept. */
export function normalizeSettings(input: Partial<Settings>): Settings {
  const s = { ...DEFAULT_SETTINGS } as Settings;
  for (const key of SETTING_KEYS) {
    if (input[key] !== undefined)
      (s as unknown as Record<string, unknown>)[key] = clampSetting(key, input[key] as never);
  }
  // The best hinge discriminator is a step: it gives G no gradient, so there is no optimal-D mode for it.
  if (!hasOptimalDGradient(s.objective)) s.optimalD = false;
  // A uniform needs low < high: keep at least 0.1 between them.
  if (s.uniformHigh - s.uniformLow < 0.1) {
    s.uniformHigh = Math.min(SETTINGS_TABLE.uniformHigh.max, s.uniformLow + 0.1);
    s.uniformLow = s.uniformHigh - 0.1;
  }
  return s;
}

/** Applies a user's change to one field and returns the new valid settings. */
export function updateSetting<K extends keyof Settings>(s: Settings, key: K, value: Settings[K]): Settings {
  return normalizeSettings({ ...s, [key]: value });
}
