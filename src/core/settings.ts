// Everything the user can set, as one flat, serializable object. One table of properties drives the
// defaults, the clamping of inputs and the URL hash (after TensorFlow Playground's state table).

import { DRAWN_CODE_LENGTH, DRAWN_CODE_PATTERN } from './drawnDensity';
import { hasOptimalDGradient, OBJECTIVES, type Objective } from './objectives';

export const SETTINGS_VERSION = 1;
export const MAX_COMPONENTS = 3;
/** Annealed instance noise falls linearly from its σ to 0 over this many steps. */
export const INSTANCE_NOISE_ANNEAL_STEPS = 4000;

/** σ of the instance noise at a training step (0: none). */
export function instanceNoiseAt(s: Pick<Settings, 'instanceNoise' | 'instanceNoiseSchedule'>, step: number): number {
  if (s.instanceNoise <= 0) return 0;
  if (s.instanceNoiseSchedule === 'fixed') return s.instanceNoise;
  return s.instanceNoise * Math.max(0, 1 - step / INSTANCE_NOISE_ANNEAL_STEPS);
}

export type TargetKind = 'mixture' | 'uniform' | 'drawn';
export type NoiseKind = 'normal' | 'uniform';
export type Activation = 'tanh' | 'relu' | 'leakyRelu';
export type OptimizerKind = 'adam' | 'sgd';
export type GeneratorLossKind = 'non-saturating' | 'minimax';
export type NoiseSchedule = 'fixed' | 'annealed';
export type BackendChoice = 'auto' | 'webgl' | 'wasm' | 'cpu';
export type Units = 'nats' | 'bits';
/** The views of the app (tabs): the GAN playground and the theory lab's views. */
export type ViewId = 'playground' | 'explorer' | 'likelihood' | 'formulas' | 'dirac';

export interface Settings {
  /**
   * Target p_data: a mixture of `components` Gaussians, a uniform on [uniformLow, uniformHigh], or the
   * user's own density (drawn, or estimated from loaded samples) that `drawnDensity` encodes.
   */
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
  /** The drawn target: its values on the knots (drawnDensity.ts), two base64url characters each; '' = none yet. */
  drawnDensity: string;
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
  /** Adam's β1; 0.5 is the usual GAN setting (0.9 collapses this model: docs/engine.md §7). */
  beta1: number;
  batchSize: number;
  /** Discriminator updates per generator update (Goodfellow et al. 2014, Algorithm 1). */
  kD: number;
  generatorLoss: GeneratorLossKind;
  /** The game D and G play (docs/theory.md §6.9): the original GAN, least squares, WGAN, WGAN-GP or hinge. */
  objective: Objective;
  /** WGAN: every weight of the critic is clipped to [−c, c] after each update (Arjovsky et al. 2017). */
  clipValue: number;
  /** WGAN-GP: the weight λ of the gradient penalty (Gulrajani et al. 2017). */
  gpLambda: number;
  /**
   * WGAN-GP: penalise only slopes above 1 (max(0, |f′| − 1)²). In 1-D the two-sided penalty walls a
   * critic in: to turn its slope from −1 to +1 it must pass through 0, where it pays λ (docs/theory.md §6.9).
   */
  gpOneSided: boolean;
  /** Optimal-D mode: G trains against the exact best D for its current p_model, not against the network D. */
  optimalD: boolean;
  /** Slow motion: a few updates a second, D's and G's shown one at a time. */
  slowMotion: boolean;
  /** Stabilisers (docs/theory.md §6.7). EMA of G's weights: decay β, 0 = off; p_model then shows the averaged G. */
  emaDecay: number;
  /** R1 gradient penalty γ on D (Mescheder et al. 2018); 0 = off. */
  r1Gamma: number;
  /** Instance noise: σ of the Gaussian noise added to every input of D; 0 = off. */
  instanceNoise: number;
  /** 'annealed' lowers the instance noise linearly to 0 over INSTANCE_NOISE_ANNEAL_STEPS. */
  instanceNoiseSchedule: NoiseSchedule;
  seed: number;
  backend: BackendChoice;
  units: Units;
  showHistogram: boolean;
  /** The open view (tab). */
  view: ViewId;
  /** Divergence explorer: two densities P and Q on one axis, each a mixture of 1–3 Gaussians. */
  explorerPComponents: number;
  explorerPMean0: number;
  explorerPStd0: number;
  explorerPWeight0: number;
  explorerPMean1: number;
  explorerPStd1: number;
  explorerPWeight1: number;
  explorerPMean2: number;
  explorerPStd2: number;
  explorerPWeight2: number;
  explorerQComponents: number;
  explorerQMean0: number;
  explorerQStd0: number;
  explorerQWeight0: number;
  explorerQMean1: number;
  explorerQStd1: number;
  explorerQWeight1: number;
  explorerQMean2: number;
  explorerQStd2: number;
  explorerQWeight2: number;
  /** Maximum likelihood: m samples drawn from p_data (with their own seed), fitted by a K-component mixture. */
  likelihoodSamples: number;
  likelihoodComponents: number;
  likelihoodSeed: number;
  /** Draw the likelihood view's MLE fit over p_data on the playground's density chart. */
  showMleFit: boolean;
  /** The lesson open ('' = none: the user's own setup) and its step (0 = the first). */
  lesson: string;
  lessonStep: number;
  /** Colour theme: follow the system, or light or dark. */
  theme: Theme;
  /** Presentation mode: larger type, thicker lines, only the essential controls. */
  presentation: boolean;
  /** The language of the interface: the browser's, or English, or Simplified Chinese. */
  language: Language;
}

export type Theme = 'system' | 'light' | 'dark';

/** Every value of an enum setting (each has a message `value.<v>`). */
export type EnumValue = {
  [K in keyof Settings]: Settings[K] extends string ? (string extends Settings[K] ? never : Settings[K]) : never;
}[keyof Settings];
export type Language = 'auto' | 'en' | 'zh-CN';

/**
 * What a change to a setting means, and so who needs to hear of it:
 * - `target`: p_data changes; the run goes on (live), and p_data on the grid is recomputed;
 * - `live`: the optimisation changes; the run goes on with the new values;
 * - `run`: a new run from step 0 (new networks or new noise);
 * - `backend`: tfjs moves to another backend (and the run restarts there);
 * - `display`: only the page draws differently; the worker never hears of it.
 */
export type SettingScope = 'target' | 'live' | 'run' | 'backend' | 'display';

type Row = { short: string; scope: SettingScope };
type NumberProp = Row & { kind: 'number'; min: number; max: number; integer?: boolean; step: number };
type EnumProp<T extends string> = Row & { kind: 'enum'; values: readonly T[] };
type BoolProp = Row & { kind: 'bool' };
/** Free text (a lesson id, an encoded drawn density): valid when it matches `pattern` whole. */
type TextProp = Row & { kind: 'text'; pattern: RegExp; maxLength: number };
type PropFor<V> = [V] extends [number]
  ? NumberProp
  : [V] extends [boolean]
    ? BoolProp
    : [V] extends [string]
      ? string extends V
        ? TextProp
        : EnumProp<V>
      : never;
export type SettingsTable = { [K in keyof Settings]: PropFor<Settings[K]> };

const num = <S extends SettingScope>(
  scope: S,
  short: string,
  min: number,
  max: number,
  step: number,
  integer = false,
) => ({ kind: 'number', scope, short, min, max, step, integer }) as const;
const oneOf = <S extends SettingScope, T extends string>(scope: S, short: string, values: readonly T[]) =>
  ({ kind: 'enum', scope, short, values }) as const;
const flag = <S extends SettingScope>(scope: S, short: string) => ({ kind: 'bool', scope, short }) as const;
const text = <S extends SettingScope>(scope: S, short: string, pattern: RegExp, maxLength: number) =>
  ({ kind: 'text', scope, short, pattern, maxLength }) as const;

/**
 * The one table: `short` is the URL-hash key; ranges are what sliders and the URL accept. The names the
 * user reads are messages, `setting.<key>` and `value.<value>` (src/i18n/en/playground.ts).
 */
export const SETTINGS_TABLE = {
  targetKind: oneOf('target', 't', ['mixture', 'uniform', 'drawn'] as const),
  components: num('target', 'n', 1, MAX_COMPONENTS, 1, true),
  mean0: num('target', 'm0', -4, 4, 0.05),
  std0: num('target', 's0', 0.1, 2, 0.01),
  weight0: num('target', 'w0', 0.05, 1, 0.01),
  mean1: num('target', 'm1', -4, 4, 0.05),
  std1: num('target', 's1', 0.1, 2, 0.01),
  weight1: num('target', 'w1', 0.05, 1, 0.01),
  mean2: num('target', 'm2', -4, 4, 0.05),
  std2: num('target', 's2', 0.1, 2, 0.01),
  weight2: num('target', 'w2', 0.05, 1, 0.01),
  uniformLow: num('target', 'ul', -5, 4.9, 0.05),
  uniformHigh: num('target', 'uh', -4.9, 5, 0.05),
  drawnDensity: text('target', 'draw', DRAWN_CODE_PATTERN, DRAWN_CODE_LENGTH),
  noise: oneOf('run', 'z', ['normal', 'uniform'] as const),
  gHidden: num('run', 'gh', 2, 64, 1, true),
  gDepth: num('run', 'gd', 1, 4, 1, true),
  gActivation: oneOf('run', 'ga', ['tanh', 'relu', 'leakyRelu'] as const),
  dHidden: num('run', 'dh', 2, 64, 1, true),
  dDepth: num('run', 'dd', 1, 4, 1, true),
  dActivation: oneOf('run', 'da', ['tanh', 'relu', 'leakyRelu'] as const),
  optimizer: oneOf('live', 'o', ['adam', 'sgd'] as const),
  lrD: num('live', 'lrd', 1e-5, 10, 1e-5),
  lrG: num('live', 'lrg', 1e-5, 10, 1e-5),
  beta1: num('live', 'b1', 0, 0.999, 0.001),
  batchSize: num('live', 'bs', 8, 1024, 1, true),
  kD: num('live', 'k', 1, 10, 1, true),
  generatorLoss: oneOf('live', 'gl', ['non-saturating', 'minimax'] as const),
  objective: oneOf('live', 'obj', OBJECTIVES),
  clipValue: num('live', 'clip', 0.001, 1, 0.001),
  gpLambda: num('live', 'gp', 0, 100, 0.1),
  gpOneSided: flag('live', 'gp1'),
  optimalD: flag('live', 'optd'),
  slowMotion: flag('live', 'slow'),
  emaDecay: num('live', 'ema', 0, 0.9999, 0.0001),
  r1Gamma: num('live', 'r1', 0, 100, 0.01),
  instanceNoise: num('live', 'in', 0, 2, 0.01),
  instanceNoiseSchedule: oneOf('live', 'ins', ['fixed', 'annealed'] as const),
  seed: num('run', 'seed', 0, 2 ** 31 - 1, 1, true),
  backend: oneOf('backend', 'be', ['auto', 'webgl', 'wasm', 'cpu'] as const),
  units: oneOf('display', 'u', ['nats', 'bits'] as const),
  showHistogram: flag('display', 'h'),
  view: oneOf('display', 'view', ['playground', 'explorer', 'likelihood', 'formulas', 'dirac'] as const),
  explorerPComponents: num('display', 'pn', 1, MAX_COMPONENTS, 1, true),
  explorerPMean0: num('display', 'pm0', -4, 4, 0.05),
  explorerPStd0: num('display', 'ps0', 0.1, 3, 0.01),
  explorerPWeight0: num('display', 'pw0', 0.05, 1, 0.01),
  explorerPMean1: num('display', 'pm1', -4, 4, 0.05),
  explorerPStd1: num('display', 'ps1', 0.1, 3, 0.01),
  explorerPWeight1: num('display', 'pw1', 0.05, 1, 0.01),
  explorerPMean2: num('display', 'pm2', -4, 4, 0.05),
  explorerPStd2: num('display', 'ps2', 0.1, 3, 0.01),
  explorerPWeight2: num('display', 'pw2', 0.05, 1, 0.01),
  explorerQComponents: num('display', 'qn', 1, MAX_COMPONENTS, 1, true),
  explorerQMean0: num('display', 'qm0', -4, 4, 0.05),
  explorerQStd0: num('display', 'qs0', 0.1, 3, 0.01),
  explorerQWeight0: num('display', 'qw0', 0.05, 1, 0.01),
  explorerQMean1: num('display', 'qm1', -4, 4, 0.05),
  explorerQStd1: num('display', 'qs1', 0.1, 3, 0.01),
  explorerQWeight1: num('display', 'qw1', 0.05, 1, 0.01),
  explorerQMean2: num('display', 'qm2', -4, 4, 0.05),
  explorerQStd2: num('display', 'qs2', 0.1, 3, 0.01),
  explorerQWeight2: num('display', 'qw2', 0.05, 1, 0.01),
  likelihoodSamples: num('display', 'lm', 5, 5000, 1, true),
  likelihoodComponents: num('display', 'lk', 1, MAX_COMPONENTS, 1, true),
  likelihoodSeed: num('display', 'ls', 0, 2 ** 31 - 1, 1, true),
  showMleFit: flag('display', 'mle'),
  lesson: text('display', 'lesson', /^[a-z0-9-]*$/, 40),
  lessonStep: num('display', 'lstep', 0, 20, 1, true),
  theme: oneOf('display', 'theme', ['system', 'light', 'dark'] as const),
  presentation: flag('display', 'present'),
  language: oneOf('display', 'lang', ['auto', 'en', 'zh-CN'] as const),
} as const satisfies SettingsTable;

/** Every setting, in the table's order. */
export const SETTING_KEYS = Object.keys(SETTINGS_TABLE) as (keyof Settings)[];

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

/** The per-component settings of a Gaussian mixture target. */
export type ComponentField = 'mean' | 'std' | 'weight';
export type ComponentIndex = 0 | 1 | 2;
export type ComponentKey<F extends ComponentField = ComponentField> = `${F}${ComponentIndex}`;

/** The setting that holds `field` of component i (0-based), e.g. componentKey('mean', 1) = 'mean1'. */
export function componentKey<F extends ComponentField>(field: F, i: number): ComponentKey<F> {
  if (!Number.isInteger(i) || i < 0 || i >= MAX_COMPONENTS) throw new RangeError(`no mixture component ${i}`);
  return `${field}${i}` as ComponentKey<F>;
}

/** The explorer's densities P and Q. */
export type ExplorerDensity = 'P' | 'Q';
type ExplorerField = 'Mean' | 'Std' | 'Weight';
export type ExplorerKey = `explorer${ExplorerDensity}${ExplorerField}${ComponentIndex}`;

/** The setting that holds `field` of component i of the explorer's P or Q, e.g. ('P', 'mean', 0) → 'explorerPMean0'. */
export function explorerKey(density: ExplorerDensity, field: ComponentField, i: number): ExplorerKey {
  if (!Number.isInteger(i) || i < 0 || i >= MAX_COMPONENTS) throw new RangeError(`no mixture component ${i}`);
  const name = (field[0].toUpperCase() + field.slice(1)) as ExplorerField;
  return `explorer${density}${name}${i}` as ExplorerKey;
}

/** The components in use of the explorer's P or Q. */
export function explorerComponents(s: Settings, density: ExplorerDensity): MixtureComponent[] {
  const n = Math.min(MAX_COMPONENTS, Math.max(1, Math.round(s[`explorer${density}Components`])));
  return Array.from({ length: n }, (_, i) => ({
    mean: s[explorerKey(density, 'mean', i)],
    std: s[explorerKey(density, 'std', i)],
    weight: s[explorerKey(density, 'weight', i)],
  }));
}

export interface MixtureComponent {
  mean: number;
  std: number;
  weight: number;
}

/** The components in use (the first `components` of them), weights as set (not normalised). */
export function mixtureComponents(s: Pick<Settings, 'components' | ComponentKey>): MixtureComponent[] {
  const n = Math.min(MAX_COMPONENTS, Math.max(1, Math.round(s.components)));
  return Array.from({ length: n }, (_, i) => ({
    mean: s[componentKey('mean', i)],
    std: s[componentKey('std', i)],
    weight: s[componentKey('weight', i)],
  }));
}

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
  drawnDensity: '',
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
  objective: 'gan',
  clipValue: 0.1,
  gpLambda: 10,
  gpOneSided: true,
  optimalD: false,
  slowMotion: false,
  // Measured (README, "Convergence"): the average of G (β = 0.99) keeps the default lesson below JS 0.01
  // on 98% of late checks (87% without) at no cost per step. R1 is recommended for mixtures instead
  // (it keeps every mode) but costs ~1.5× per step, so it is not on by default.
  emaDecay: 0.99,
  r1Gamma: 0,
  instanceNoise: 0,
  instanceNoiseSchedule: 'annealed',
  seed: 42,
  backend: 'auto',
  units: 'nats',
  showHistogram: true,
  view: 'playground',
  explorerPComponents: 1,
  explorerPMean0: -1,
  explorerPStd0: 0.8,
  explorerPWeight0: 1,
  explorerPMean1: 2,
  explorerPStd1: 0.5,
  explorerPWeight1: 0.5,
  explorerPMean2: 0,
  explorerPStd2: 0.4,
  explorerPWeight2: 0.3,
  explorerQComponents: 1,
  explorerQMean0: 1,
  explorerQStd0: 1.2,
  explorerQWeight0: 1,
  explorerQMean1: -2,
  explorerQStd1: 0.5,
  explorerQWeight1: 0.5,
  explorerQMean2: 3,
  explorerQStd2: 0.4,
  explorerQWeight2: 0.3,
  likelihoodSamples: 100,
  likelihoodComponents: 1,
  likelihoodSeed: 1,
  showMleFit: false,
  lesson: '',
  lessonStep: 0,
  theme: 'system',
  presentation: false,
  language: 'auto',
};

/** Clamps one number into its property's range (rounding integers); NaN gives the default. */
export function clampSetting<K extends keyof Settings>(key: K, value: Settings[K]): Settings[K] {
  const prop = SETTINGS_TABLE[key];
  if (prop.kind === 'number') {
    let v = Number(value);
    if (!Number.isFinite(v)) return DEFAULT_SETTINGS[key];
    if (prop.integer) v = Math.round(v);
    return Math.min(prop.max, Math.max(prop.min, v)) as Settings[K];
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
