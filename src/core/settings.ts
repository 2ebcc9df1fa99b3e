// Everything the user can set, as one flat, serializable object. One table of properties drives the
// defaults, the clamping of inputs and the URL hash (after TensorFlow Playground's state table).

export const SETTINGS_VERSION = 1;
export const MAX_COMPONENTS = 3;

export type TargetKind = 'mixture' | 'uniform';
export type NoiseKind = 'normal' | 'uniform';
export type Activation = 'tanh' | 'relu' | 'leakyRelu';
export type OptimizerKind = 'adam' | 'sgd';
export type GeneratorLossKind = 'non-saturating' | 'minimax';
export type BackendChoice = 'auto' | 'webgl' | 'wasm' | 'cpu';
export type Units = 'nats' | 'bits';

export interface Settings {
  /** Target p_data: a mixture of `components` Gaussians, or a uniform on [uniformLow, uniformHigh]. */
  targetKind: TargetKind;
  components: number;
  mean0: number;
  std0: number;
  weight0: number;
  mean1: number;
  std1: number;
  weight1: number;
  mean2: number;
  std2: number;
  weight2: number;
  uniformLow: number;
  uniformHigh: number;
  noise: NoiseKind;
  gHidden: number;
  gDepth: number;
  gActivation: Activation;
  dHidden: number;
  dDepth: number;
  dActivation: Activation;
  optimizer: OptimizerKind;
  lrD: number;
  lrG: number;
  /** Adam's β1; 0.5 is the usual GAN setting (0.9 collapses this model: shared/engine-notes.md). */
  beta1: number;
  batchSize: number;
  /** Discriminator updates per generator update (Goodfellow et al. 2014, Algorithm 1). */
  kD: number;
  generatorLoss: GeneratorLossKind;
  seed: number;
  backend: BackendChoice;
  units: Units;
  showHistogram: boolean;
}

type NumberProp = { kind: 'number'; min: number; max: number; integer?: boolean; label: string; step: number };
type EnumProp<T extends string> = { kind: 'enum'; values: readonly T[]; label: string };
type BoolProp = { kind: 'bool'; label: string };
type PropFor<V> = [V] extends [number]
  ? NumberProp
  : [V] extends [boolean]
    ? BoolProp
    : [V] extends [string]
      ? EnumProp<V>
      : never;
export type SettingsTable = { [K in keyof Settings]: PropFor<Settings[K]> & { short: string } };

const num = (short: string, label: string, min: number, max: number, step: number, integer = false) =>
  ({ kind: 'number', short, label, min, max, step, integer }) as const;
const oneOf = <T extends string>(short: string, label: string, values: readonly T[]) =>
  ({ kind: 'enum', short, label, values }) as const;

/** The one table: `short` is the URL-hash key; ranges are what sliders and the URL accept. */
export const SETTINGS_TABLE: SettingsTable = {
  targetKind: oneOf('t', 'Target shape', ['mixture', 'uniform'] as const),
  components: num('n', 'Gaussian components', 1, MAX_COMPONENTS, 1, true),
  mean0: num('m0', 'Mean 1', -4, 4, 0.05),
  std0: num('s0', 'Spread (σ) 1', 0.1, 2, 0.01),
  weight0: num('w0', 'Weight 1', 0.05, 1, 0.01),
  mean1: num('m1', 'Mean 2', -4, 4, 0.05),
  std1: num('s1', 'Spread (σ) 2', 0.1, 2, 0.01),
  weight1: num('w1', 'Weight 2', 0.05, 1, 0.01),
  mean2: num('m2', 'Mean 3', -4, 4, 0.05),
  std2: num('s2', 'Spread (σ) 3', 0.1, 2, 0.01),
  weight2: num('w2', 'Weight 3', 0.05, 1, 0.01),
  uniformLow: num('ul', 'Uniform from', -5, 4.9, 0.05),
  uniformHigh: num('uh', 'Uniform to', -4.9, 5, 0.05),
  noise: oneOf('z', 'Noise p_z', ['normal', 'uniform'] as const),
  gHidden: num('gh', 'G hidden width', 2, 64, 1, true),
  gDepth: num('gd', 'G hidden layers', 1, 4, 1, true),
  gActivation: oneOf('ga', 'G activation', ['tanh', 'relu', 'leakyRelu'] as const),
  dHidden: num('dh', 'D hidden width', 2, 64, 1, true),
  dDepth: num('dd', 'D hidden layers', 1, 4, 1, true),
  dActivation: oneOf('da', 'D activation', ['tanh', 'relu', 'leakyRelu'] as const),
  optimizer: oneOf('o', 'Optimizer', ['adam', 'sgd'] as const),
  lrD: num('lrd', 'D learning rate', 1e-5, 10, 1e-5),
  lrG: num('lrg', 'G learning rate', 1e-5, 10, 1e-5),
  beta1: num('b1', 'Adam β1', 0, 0.999, 0.001),
  batchSize: num('bs', 'Batch size', 8, 1024, 1, true),
  kD: num('k', 'D steps per G step (k)', 1, 10, 1, true),
  generatorLoss: oneOf('gl', 'Generator loss', ['non-saturating', 'minimax'] as const),
  seed: num('seed', 'Seed', 0, 2 ** 31 - 1, 1, true),
  backend: oneOf('be', 'Backend', ['auto', 'webgl', 'wasm', 'cpu'] as const),
  units: oneOf('u', 'Units', ['nats', 'bits'] as const),
  showHistogram: { kind: 'bool', short: 'h', label: 'Histogram of the latest G(z) batch' },
};

export const DEFAULT_SETTINGS: Settings = {
  targetKind: 'mixture',
  components: 1,
  mean0: 1.5,
  std0: 0.6,
  weight0: 1,
  mean1: -2,
  std1: 0.5,
  weight1: 0.5,
  mean2: 3,
  std2: 0.4,
  weight2: 0.3,
  uniformLow: -1,
  uniformHigh: 2,
  noise: 'normal',
  // Measured (see README, "Choosing the defaults"): tanh G saturates for |z| > 2 and piles mass at
  // the edges of its range, and equal rates keep the game circling; leaky-ReLU nets with a
  // discriminator 5× faster than the generator (two time-scale rule) settle lowest.
  gHidden: 16,
  gDepth: 2,
  gActivation: 'leakyRelu',
  dHidden: 16,
  dDepth: 2,
  dActivation: 'leakyRelu',
  optimizer: 'adam',
  lrD: 0.001,
  lrG: 0.0002,
  beta1: 0.5,
  batchSize: 128,
  kD: 1,
  generatorLoss: 'non-saturating',
  seed: 42,
  backend: 'auto',
  units: 'nats',
  showHistogram: true,
};

const KEYS = Object.keys(SETTINGS_TABLE) as (keyof Settings)[];

/** Clamps one number into its property's range (rounding integers); NaN gives the default. */
export function clampSetting<K extends keyof Settings>(key: K, value: Settings[K]): Settings[K] {
  const prop = SETTINGS_TABLE[key];
  if (prop.kind === 'number') {
    let v = Number(value);
    if (!Number.isFinite(v)) return DEFAULT_SETTINGS[key];
    if (prop.integer) v = Math.round(v);
    return Math.min(prop.max, Math.max(prop.min, v)) as Settings[K];
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
  for (const key of KEYS) {
    if (input[key] !== undefined)
      (s as unknown as Record<string, unknown>)[key] = clampSetting(key, input[key] as never);
  }
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

export interface ParsedHash {
  settings: Settings;
  /** Human-readable problems found; empty when the hash was fully valid (or absent). */
  problems: string[];
}

const formatNumber = (v: number) => String(Number(v.toPrecision(6)));

/** Serializes only what differs from the defaults, so links stay short. */
export function settingsToHash(s: Settings): string {
  const parts = [`v=${SETTINGS_VERSION}`];
  for (const key of KEYS) {
    if (s[key] === DEFAULT_SETTINGS[key]) continue;
    const prop = SETTINGS_TABLE[key];
    const v = s[key];
    const text =
      prop.kind === 'number' ? formatNumber(v as number) : prop.kind === 'bool' ? (v ? '1' : '0') : String(v);
    parts.push(`${prop.short}=${encodeURIComponent(text)}`);
  }
  return parts.join('&');
}

/** Parses a URL hash; keeps what is valid, reports the rest, never throws. */
export function settingsFromHash(hash: string): ParsedHash {
  const problems: string[] = [];
  const text = hash.replace(/^#/, '').trim();
  if (text === '') return { settings: { ...DEFAULT_SETTINGS }, problems };
  const byShort = new Map(KEYS.map((k) => [SETTINGS_TABLE[k].short, k] as const));
  const partial: Partial<Record<keyof Settings, unknown>> = {};
  let version: number | undefined;
  for (const part of text.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    if (eq <= 0) {
      problems.push(`“${part.slice(0, 40)}” is not key=value`);
      continue;
    }
    const short = part.slice(0, eq);
    let raw: string;
    try {
      raw = decodeURIComponent(part.slice(eq + 1));
    } catch {
      problems.push(`${short}: bad encoding`);
      continue;
    }
    if (short === 'v') {
      version = Number(raw);
      continue;
    }
    const key = byShort.get(short);
    if (!key) {
      problems.push(`unknown setting “${short.slice(0, 20)}”`);
      continue;
    }
    const prop = SETTINGS_TABLE[key];
    if (prop.kind === 'number') {
      const v = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(v)) {
        problems.push(`${prop.label}: “${raw.slice(0, 20)}” is not a number`);
        continue;
      }
      const clamped = clampSetting(key, v as never);
      if (clamped !== v) problems.push(`${prop.label}: ${raw} is out of range (${prop.min} to ${prop.max})`);
      partial[key] = clamped;
    } else if (prop.kind === 'bool') {
      if (raw !== '0' && raw !== '1') {
        problems.push(`${prop.label}: “${raw.slice(0, 20)}” is not 0 or 1`);
        continue;
      }
      partial[key] = raw === '1';
    } else {
      if (!(prop.values as readonly string[]).includes(raw)) {
        problems.push(`${prop.label}: “${raw.slice(0, 20)}” is not one of ${prop.values.join(', ')}`);
        continue;
      }
      partial[key] = raw;
    }
  }
  if (version === undefined) problems.push('the link has no version (v=…)');
  else if (version > SETTINGS_VERSION) {
    problems.push(`the link is from a newer version (v=${version}) of the app; loaded the defaults`);
    return { settings: { ...DEFAULT_SETTINGS }, problems };
  } else if (version !== SETTINGS_VERSION) problems.push(`unknown version v=${version}`);
  const settings = normalizeSettings(partial as Partial<Settings>);
  return { settings, problems };
}
