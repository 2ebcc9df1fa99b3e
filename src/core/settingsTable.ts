// Everything the user can set, as one table (after TensorFlow Playground's state table): a row per
// setting with its URL-hash key, scope, range or values, and default. The Settings type and the enum
// types are derived from it, so a new setting is one row here (and its name in the message catalogues).
// The rows' order is SETTING_KEYS' order (the fields of a link and of a settings file): keep it. A
// published name or URL key never changes: old links, lessons and saved setups use them.
import { DRAWN_CODE_LENGTH, DRAWN_CODE_PATTERN } from './drawnDensity';
import { MAX_COMPONENTS, mixtureRows } from './mixtureSettings';
import { OBJECTIVES } from './objectives';
import { flag, int, num, oneOf, text, type SettingRow } from './settingRows';

const ACTIVATIONS = ['tanh', 'relu', 'leakyRelu'] as const;
/** θ and ψ of the Dirac GAN's start point, and the square its plane shows, lie in [−DIRAC, DIRAC]. */
const DIRAC = 2;

/**
 * The one table: `short` is the URL-hash key; ranges are what sliders and the URL accept. The names the
 * user reads are messages, `setting.<key>` and `value.<value>` (src/i18n/en/playground.ts).
 */
export const SETTINGS_TABLE = {
  /**
   * Target p_data: a mixture of `components` Gaussians, a uniform on [uniformLow, uniformHigh], or the
   * user's own density (drawn, or estimated from loaded samples) that `drawnDensity` encodes.
   */
  targetKind: oneOf('target', 't', ['mixture', 'uniform', 'drawn'], 'mixture'),
  ...mixtureRows('', 'target', '', 2, [
    { mean: 1.5, std: 0.6, weight: 1 },
    { mean: -2, std: 0.5, weight: 0.5 },
    { mean: 3, std: 0.4, weight: 0.3 },
  ]),
  uniformLow: num('target', 'ul', -1, -5, 4.9, 0.05),
  uniformHigh: num('target', 'uh', 2, -4.9, 5, 0.05),
  /** The drawn target: its values on the knots (drawnDensity.ts), two base64url characters each; '' = none yet. */
  drawnDensity: text('target', 'draw', '', DRAWN_CODE_PATTERN, DRAWN_CODE_LENGTH),
  noise: oneOf('run', 'z', ['normal', 'uniform'], 'normal'),
  // Measured over seeds 1–100 (README, "Convergence: choosing the defaults"): a tanh G against a
  // leaky-ReLU D of three hidden layers reaches JS < 0.01 on the default lesson by step 4,000 on 100
  // of 100 seeds (leaky-ReLU G and two layers: 94); G's piecewise-linear pushforward left spikes that
  // a two-layer D stopped resolving. D learns 5× faster than G (two time-scale rule); equal rates circle.
  gHidden: int('run', 'gh', 16, 2, 64),
  gDepth: int('run', 'gd', 2, 1, 4),
  gActivation: oneOf('run', 'ga', ACTIVATIONS, 'tanh'),
  dHidden: int('run', 'dh', 16, 2, 64),
  dDepth: int('run', 'dd', 3, 1, 4),
  dActivation: oneOf('run', 'da', ACTIVATIONS, 'leakyRelu'),
  optimizer: oneOf('live', 'o', ['adam', 'sgd'], 'adam'),
  lrD: num('live', 'lrd', 0.001, 1e-5, 10, 1e-5),
  lrG: num('live', 'lrg', 0.0002, 1e-5, 10, 1e-5),
  /** Adam's β1; 0.5 is the usual GAN setting (0.9 collapses this model: docs/engine.md §7). */
  beta1: num('live', 'b1', 0.5, 0, 0.999, 0.001),
  batchSize: int('live', 'bs', 128, 8, 1024),
  /** Discriminator updates per generator update (Goodfellow et al. 2014, Algorithm 1). */
  kD: int('live', 'k', 1, 1, 10),
  generatorLoss: oneOf('live', 'gl', ['non-saturating', 'minimax'], 'non-saturating'),
  /** The game D and G play (docs/theory.md §6.9): the original GAN, least squares, WGAN, WGAN-GP or hinge. */
  objective: oneOf('live', 'obj', OBJECTIVES, 'gan'),
  /** WGAN: every weight of the critic is clipped to [−c, c] after each update (Arjovsky et al. 2017). */
  clipValue: num('live', 'clip', 0.1, 0.001, 1, 0.001),
  /** WGAN-GP: the weight λ of the gradient penalty (Gulrajani et al. 2017). */
  gpLambda: num('live', 'gp', 10, 0, 100, 0.1),
  /**
   * WGAN-GP: penalise only slopes above 1 (max(0, |f′| − 1)²). In 1-D the two-sided penalty walls a
   * critic in: to turn its slope from −1 to +1 it must pass through 0, where it pays λ (docs/theory.md §6.9).
   */
  gpOneSided: flag('live', 'gp1', true),
  /** Optimal-D mode: G trains against the exact best D for its current p_model, not against the network D. */
  optimalD: flag('live', 'optd', false),
  /** Slow motion: a few updates a second, D's and G's shown one at a time. */
  slowMotion: flag('live', 'slow', false),
  // Measured (README, "Convergence"): the average of G (β = 0.99) keeps the default lesson below JS 0.01
  // on 98% of late checks (87% without) at no cost per step. R1 is recommended for mixtures instead
  // (it keeps every mode) but costs ~1.5× per step, so it is not on by default.
  /** Stabilisers (docs/theory.md §6.7). EMA of G's weights: decay β, 0 = off; p_model then shows the averaged G. */
  emaDecay: num('live', 'ema', 0.99, 0, 0.9999, 0.0001),
  /** R1 gradient penalty γ on D (Mescheder et al. 2018); 0 = off. */
  r1Gamma: num('live', 'r1', 0, 0, 100, 0.01),
  /** Instance noise: σ of the Gaussian noise added to every input of D; 0 = off. */
  instanceNoise: num('live', 'in', 0, 0, 2, 0.01),
  /** 'annealed' lowers the instance noise linearly to 0 over INSTANCE_NOISE_ANNEAL_STEPS. */
  instanceNoiseSchedule: oneOf('live', 'ins', ['fixed', 'annealed'], 'annealed'),
  seed: int('run', 'seed', 42, 0, 2 ** 31 - 1),
  backend: oneOf('backend', 'be', ['auto', 'webgl', 'wasm', 'cpu'], 'auto'),
  units: oneOf('display', 'u', ['nats', 'bits'], 'nats'),
  showHistogram: flag('display', 'h', true),
  /** The open view (tab): the GAN playground or one of the theory lab's views. */
  view: oneOf(
    'display',
    'view',
    ['playground', 'explorer', 'likelihood', 'formulas', 'dirac', 'experiment'],
    'playground',
  ),
  /**
   * Experiments: setup A (the current settings) against variant B, each on seeds 1..experimentSeeds, to
   * experimentSteps. B's overrides are `variantB` (core/experimentVariant.ts), which a link carries as
   * `b.<key>=<value>` fields with the playground's own keys.
   */
  experimentSeeds: int('display', 'seeds', 8, 1, 32),
  experimentSteps: int('display', 'esteps', 5000, 500, 20000),
  variantB: text('display', 'b', '', /^[a-z0-9]+:[A-Za-z0-9.+-]+(,[a-z0-9]+:[A-Za-z0-9.+-]+)*$|^$/, 400),
  /** Divergence explorer: two densities P and Q on one axis, each a mixture of 1–3 Gaussians. */
  ...mixtureRows('explorerP', 'display', 'p', 3, [
    { mean: -1, std: 0.8, weight: 1 },
    { mean: 2, std: 0.5, weight: 0.5 },
    { mean: 0, std: 0.4, weight: 0.3 },
  ]),
  ...mixtureRows('explorerQ', 'display', 'q', 3, [
    { mean: 1, std: 1.2, weight: 1 },
    { mean: -2, std: 0.5, weight: 0.5 },
    { mean: 3, std: 0.4, weight: 0.3 },
  ]),
  /** Maximum likelihood: m samples drawn from p_data (with their own seed), fitted by a K-component mixture. */
  likelihoodSamples: int('display', 'lm', 100, 5, 5000),
  likelihoodComponents: int('display', 'lk', 1, 1, MAX_COMPONENTS),
  likelihoodSeed: int('display', 'ls', 1, 0, 2 ** 31 - 1),
  /** Draw the likelihood view's MLE fit over p_data on the playground's density chart. */
  showMleFit: flag('display', 'mle', false),
  /** The lesson open ('' = none: the user's own setup) and its step (0 = the first). */
  lesson: text('display', 'lesson', '', /^[a-z0-9-]*$/, 40),
  lessonStep: int('display', 'lstep', 0, 0, 20),
  /** Colour theme: follow the system, or light or dark. */
  theme: oneOf('display', 'theme', ['system', 'light', 'dark'], 'system'),
  /** Presentation mode: larger type, thicker lines, only the essential controls. */
  presentation: flag('display', 'present', false),
  /** The language of the interface: the browser's, or English, or Simplified Chinese. */
  language: oneOf('display', 'lang', ['auto', 'en', 'zh-CN'], 'auto'),
  /**
   * "Why GANs circle" (the Dirac GAN, docs/theory.md §6.8): simultaneous, alternating or Adam steps of
   * rate h, how many, a stabiliser (R1 with its γ, instance noise with its σ), the start (θ₀, ψ₀), and
   * whether the distance chart shows an EMA of G.
   */
  diracOptimizer: oneOf('display', 'dopt', ['simultaneous', 'alternating', 'adam'], 'simultaneous'),
  diracLr: num('display', 'dlr', 0.1, 0.01, 1, 0.001),
  diracSteps: int('display', 'dsteps', 500, 50, 2000),
  diracStabiliser: oneOf('display', 'dstab', ['none', 'r1', 'noise'], 'none'),
  diracGamma: num('display', 'dgamma', 1, 0.05, 5, 0.05),
  diracSigma: num('display', 'dsigma', 1, 0.1, 2, 0.05),
  diracStartTheta: num('display', 'dtheta', 1, -DIRAC, DIRAC, 0.01),
  diracStartPsi: num('display', 'dpsi', 1, -DIRAC, DIRAC, 0.01),
  diracShowEma: flag('display', 'dema', false),
} satisfies Record<string, SettingRow>;

/** Everything the user can set, as one flat, serializable object: a field per row of the table. */
export type Settings = { -readonly [K in keyof typeof SETTINGS_TABLE]: (typeof SETTINGS_TABLE)[K]['default'] };

export type TargetKind = Settings['targetKind'];
export type NoiseKind = Settings['noise'];
export type Activation = (typeof ACTIVATIONS)[number];
export type GeneratorLossKind = Settings['generatorLoss'];
export type BackendChoice = Settings['backend'];
export type Units = Settings['units'];
/** The views of the app (tabs): the GAN playground and the theory lab's views. */
export type ViewId = Settings['view'];
export type Theme = Settings['theme'];
export type Language = Settings['language'];
export type DiracOptimizer = Settings['diracOptimizer'];
export type DiracStabiliserKind = Settings['diracStabiliser'];

/** Every value of an enum setting (each has a message `value.<v>`). */
export type EnumValue = {
  [K in keyof Settings]: Settings[K] extends string ? (string extends Settings[K] ? never : Settings[K]) : never;
}[keyof Settings];
