// Every objective the playground trains (docs/theory.md §6.9), each written once: its per-sample costs of
// D's raw output a (the logit for the original GAN, the critic value f(x) for WGAN),
//   J(D) = h · (E_data[ℓ_real(a)] + E_model[ℓ_fake(a)])        J(G) = c · E_model[ℓ_G(a)],
// the best D for a fixed G and the value J(D*) it reaches, and how the app shows it. The engine trains
// the same costs in tfjs (engine/objectiveOps.ts, one entry per objective there too); the words about
// each objective are messages keyed by its id. A new objective is its id in OBJECTIVES, an entry here
// and there, and the messages the compiler then asks for.
//
//   objective  best output a*(x)                       J(D*)
//   gan        D* = p_data/(p_data + p_model)          log 2 − JS
//   lsgan      a* = p_data/(p_data + p_model)          ¼ − Δ/8,  Δ = ∫ (p_data − p_model)²/(p_data + p_model)
//   wgan(-gp)  f* with f*′ = sign(F_model − F_data)     −W₁  (over 1-Lipschitz critics)
//   hinge      a* = sign(p_data − p_model)             2 − 2·TV, TV = ½∫ |p_data − p_model|
import type { FormulaId } from './formulas';
import type { Objective } from './objectives';
import type { GeneratorLossKind, Settings } from './settings';
import { expectedDiscriminatorLoss, optimalDiscriminator } from './density';
import { jsDivergence } from './divergences';
import { logit, sigmoid, softplus } from './generatorGradient';
import { optimalCritic, optimalCriticPush } from './optimalCritic';
import { wasserstein1 } from './wasserstein';

/** A per-sample cost of D's raw output a, and its slope dℓ/da. */
interface PerSampleCost {
  cost(a: number): number;
  slope(a: number): number;
}

/** The unit of J(D) and of its theorem: nats (a cross-entropy), units of x (a critic's score), or none. */
export type LossUnit = 'nats' | 'x' | 'none';

/** The settings an objective uses beyond the objective itself (ObjectiveControls shows them). */
export type ObjectiveSetting = keyof Pick<Settings, 'generatorLoss' | 'clipValue' | 'gpLambda' | 'gpOneSided'>;

/** A number or a curve from the two densities on the grid (bin averages) and the bin width. */
type OfDensities<T> = (pData: ArrayLike<number>, pModel: ArrayLike<number>, dx: number) => T;

export interface ObjectiveSpec {
  /** h in J(D) = h·(E_data ℓ_real + E_model ℓ_fake). */
  dWeight: number;
  real: PerSampleCost;
  fake: PerSampleCost;
  /** c in J(G) = c·E_model ℓ_G. */
  gWeight: number;
  /** ℓ_G under each generator loss: the same cost for both unless the objective uses the setting. */
  generator: Record<GeneratorLossKind, PerSampleCost>;
  /** How the charts show D: the probability σ(a), or the raw output a. */
  shown: 'probability' | 'raw';
  /** D is a critic: an unbounded score, defined up to a constant (shown centred), not a discriminator. */
  critic: boolean;
  /** The best output for a fixed G, as shown, at the bin centres; NaN where it is not defined. */
  optimalOutput: OfDensities<Float64Array>;
  /** J(D) of an output as shown, by quadrature against the two densities (without WGAN-GP's penalty). */
  expectedLoss(shown: ArrayLike<number>, pData: ArrayLike<number>, pModel: ArrayLike<number>, dx: number): number;
  /** J(D*) by its divergence form, from the densities by that divergence's own formula. */
  closedForm: OfDensities<number>;
  /** That divergence form as a formula, the same in every language: `log 2 − JS`, `−W₁`. */
  closedFormName: string;
  unit: LossUnit;
  /** J(D) at equilibrium: p_model = p_data and D = D*. */
  equilibrium: number;
  /**
   * ∂ℓ_G(a*(x))/∂x at the bin centres: the push of the best D on G's samples, which the optimal-D mode
   * backpropagates through G (a gradient step moves a sample along minus this). null when the best D
   * gives G no gradient (then there is no optimal-D mode).
   */
  optimalGeneratorSlope:
    ((loss: GeneratorLossKind, pData: ArrayLike<number>, pModel: ArrayLike<number>, dx: number) => Float64Array) | null;
  /** The discriminator chart: the y extent it always shows, and its dashed line (D*'s level at equilibrium). */
  chart: { floor: readonly [number, number]; reference: number };
  /**
   * The Formulas view's cards of this objective (ids in core/formulas.ts): its J(D), its J(D*) theorem,
   * and the others whose live numbers are this objective's (in play while it trains).
   */
  formulas: { loss: FormulaId; optimum: FormulaId; others: readonly FormulaId[] };
  settings: readonly ObjectiveSetting[];
}

// ---------- the maths the entries share ----------

/** J(D) = h·∫(p_data ℓ_real(a) + p_model ℓ_fake(a)) dx by quadrature, skipping bins where a is undefined. */
function costQuadrature(dWeight: number, real: PerSampleCost, fake: PerSampleCost): ObjectiveSpec['expectedLoss'] {
  return (shown, pData, pModel, dx) => {
    let sum = 0;
    for (let k = 0; k < pData.length; k++) {
      const a = shown[k];
      if (!Number.isFinite(a)) continue;
      if (pData[k] > 0) sum += pData[k] * real.cost(a);
      if (pModel[k] > 0) sum += pModel[k] * fake.cost(a);
    }
    return dWeight * sum * dx;
  };
}

/** Binomial smoothing [1 4 6 4 1]/16 (ends repeated): the pushforward of a piecewise-linear G has jumps. */
function smooth(v: Float64Array): Float64Array {
  const n = v.length;
  const at = (i: number) => v[Math.min(n - 1, Math.max(0, i))];
  return Float64Array.from(v, (_, i) => (at(i - 2) + 4 * at(i - 1) + 6 * at(i) + 4 * at(i + 1) + at(i + 2)) / 16);
}

/** The slope in x of a cost on the grid: a centred difference of the cost smoothed over ±2 bins (0 at the ends). */
function slopeInX(cost: Float64Array, dx: number): Float64Array {
  const c = smooth(cost);
  const slope = new Float64Array(c.length);
  for (let k = 1; k < c.length - 1; k++) slope[k] = (c[k + 1] - c[k - 1]) / (2 * dx);
  return slope;
}

/** D* with ½ where it is undefined (both densities 0): no pull either way there. */
const optimalDOrHalf = (pData: ArrayLike<number>, pModel: ArrayLike<number>) =>
  optimalDiscriminator(pData, pModel).map((d) => (Number.isNaN(d) ? 0.5 : d));

/** log of a density with a floor far below any mass on the grid, so that log 0 does not appear. */
const logFloored = (p: number) => Math.log(Math.max(p, 1e-300));

// ---------- the costs ----------

// −log σ(a) = softplus(−a), −log(1 − σ(a)) = softplus(a).
const GAN_REAL: PerSampleCost = { cost: (a) => softplus(-a), slope: (a) => sigmoid(a) - 1 };
const GAN_FAKE: PerSampleCost = { cost: (a) => softplus(a), slope: (a) => sigmoid(a) };
const GAN_GENERATOR: Record<GeneratorLossKind, PerSampleCost> = {
  'non-saturating': GAN_REAL,
  minimax: { cost: (a) => -softplus(a), slope: (a) => -sigmoid(a) },
};
// Mao et al. 2017 with labels 0 (generated) and 1 (real), and G aiming at 1.
const LSGAN_REAL: PerSampleCost = { cost: (a) => (a - 1) ** 2, slope: (a) => 2 * (a - 1) };
const LSGAN_FAKE: PerSampleCost = { cost: (a) => a * a, slope: (a) => 2 * a };
// J(D) = E_model f − E_data f (clipping or the penalty keeps f near 1-Lipschitz); J(G) = −E_model f.
const CRITIC_REAL: PerSampleCost = { cost: (a) => -a, slope: () => -1 };
const CRITIC_FAKE: PerSampleCost = { cost: (a) => a, slope: () => 1 };
// Hinge: a margin of 1 on each side; G as for a critic.
const HINGE_REAL: PerSampleCost = { cost: (a) => Math.max(0, 1 - a), slope: (a) => (a < 1 ? -1 : 0) };
const HINGE_FAKE: PerSampleCost = { cost: (a) => Math.max(0, 1 + a), slope: (a) => (a > -1 ? 1 : 0) };

/** One G cost whatever the generator-loss setting (only the original GAN has that choice). */
const sameForBoth = (c: PerSampleCost): Record<GeneratorLossKind, PerSampleCost> => ({
  'non-saturating': c,
  minimax: c,
});

/** WGAN and WGAN-GP: the same game, the Lipschitz bound kept by clipping or by a penalty. */
const WASSERSTEIN = {
  dWeight: 1,
  real: CRITIC_REAL,
  fake: CRITIC_FAKE,
  gWeight: 1,
  generator: sameForBoth(CRITIC_REAL),
  shown: 'raw',
  critic: true,
  optimalOutput: optimalCritic,
  expectedLoss: costQuadrature(1, CRITIC_REAL, CRITIC_FAKE),
  closedForm: (pData, pModel, dx) => -wasserstein1(pData, pModel, dx),
  closedFormName: '−W₁',
  unit: 'x',
  equilibrium: 0,
  // −f*′(x) = −sign(F_model − F_data), exactly.
  optimalGeneratorSlope: (_loss, pData, pModel, dx) => optimalCriticPush(pData, pModel, dx),
  // A clipped critic can be tiny (its scale is K·f*): a small floor.
  chart: { floor: [-0.01, 0.01], reference: 0 },
} as const satisfies Omit<ObjectiveSpec, 'formulas' | 'settings'>;

export const OBJECTIVE_SPECS: Record<Objective, ObjectiveSpec> = {
  gan: {
    dWeight: 0.5,
    real: GAN_REAL,
    fake: GAN_FAKE,
    gWeight: 0.5,
    generator: GAN_GENERATOR,
    shown: 'probability',
    critic: false,
    optimalOutput: (pData, pModel) => optimalDiscriminator(pData, pModel),
    // In probability space, D clamped as the network's float32 D is (density.ts).
    expectedLoss: expectedDiscriminatorLoss,
    closedForm: (pData, pModel, dx) => Math.LN2 - jsDivergence(pData, pModel, dx),
    closedFormName: 'log 2 − JS',
    unit: 'nats',
    equilibrium: Math.LN2,
    // Non-saturating: −log D*(x) = log(1 + p_model/p_data) from the log-densities, unclamped: far from the
    // data it keeps pulling (its slope tends to −(log p_data)′), as the theory says it should. Minimax:
    // from D* clamped as the arrows clamp it, so a plateau where D* rounds to 0 gives no gradient: the
    // saturation the theory predicts.
    optimalGeneratorSlope: (loss, pData, pModel, dx) => {
      const g = GAN_GENERATOR[loss].cost;
      const cost =
        loss === 'non-saturating'
          ? Float64Array.from({ length: pData.length }, (_, k) => g(logFloored(pData[k]) - logFloored(pModel[k])))
          : optimalDOrHalf(pData, pModel).map((d) => g(logit(d)));
      return slopeInX(cost, dx);
    },
    chart: { floor: [0, 1], reference: 0.5 },
    formulas: {
      loss: 'loss-d',
      optimum: 'theorem',
      others: ['bce', 'd-star', 'value-function', 'loss-g-minimax', 'loss-g-non-saturating', 'loss-g-gradients'],
    },
    settings: ['generatorLoss'],
  },
  lsgan: {
    dWeight: 0.5,
    real: LSGAN_REAL,
    fake: LSGAN_FAKE,
    gWeight: 0.5,
    generator: sameForBoth(LSGAN_REAL),
    // a is itself a score in [0, 1] at the optimum.
    shown: 'raw',
    critic: false,
    // The same D* as the original GAN's.
    optimalOutput: (pData, pModel) => optimalDiscriminator(pData, pModel),
    expectedLoss: costQuadrature(0.5, LSGAN_REAL, LSGAN_FAKE),
    closedForm: (pData, pModel, dx) => {
      let delta = 0;
      for (let k = 0; k < pData.length; k++) {
        const s = pData[k] + pModel[k];
        if (s > 0) delta += (pData[k] - pModel[k]) ** 2 / s;
      }
      return 0.25 - (delta * dx) / 8;
    },
    closedFormName: '¼ − Δ/8',
    unit: 'none',
    equilibrium: 0.25,
    // From D* (no clamp needed: the squared error does not saturate as the log does).
    optimalGeneratorSlope: (_loss, pData, pModel, dx) =>
      slopeInX(
        optimalDOrHalf(pData, pModel).map((d) => LSGAN_REAL.cost(d)),
        dx,
      ),
    chart: { floor: [0, 1], reference: 0.5 },
    formulas: { loss: 'lsgan-loss', optimum: 'lsgan-optimum', others: ['d-star'] },
    settings: [],
  },
  wgan: {
    ...WASSERSTEIN,
    formulas: { loss: 'wgan-loss', optimum: 'optimal-critic', others: ['kantorovich-rubinstein'] },
    settings: ['clipValue'],
  },
  'wgan-gp': {
    ...WASSERSTEIN,
    formulas: { loss: 'wgan-gp', optimum: 'optimal-critic', others: ['kantorovich-rubinstein'] },
    settings: ['gpLambda', 'gpOneSided'],
  },
  hinge: {
    dWeight: 1,
    real: HINGE_REAL,
    fake: HINGE_FAKE,
    gWeight: 1,
    generator: sameForBoth(CRITIC_REAL),
    shown: 'raw',
    critic: false,
    optimalOutput: (pData, pModel) =>
      Float64Array.from({ length: pData.length }, (_, k) =>
        pData[k] + pModel[k] > 0 ? Math.sign(pData[k] - pModel[k]) : NaN,
      ),
    expectedLoss: costQuadrature(1, HINGE_REAL, HINGE_FAKE),
    // 2 − 2·TV with TV = ½∫|p − q|.
    closedForm: (pData, pModel, dx) => {
      let tv = 0;
      for (let k = 0; k < pData.length; k++) tv += Math.abs(pData[k] - pModel[k]);
      return 2 - tv * dx;
    },
    closedFormName: '2 − 2·TV',
    unit: 'none',
    equilibrium: 2,
    // Its best D is a step, flat almost everywhere: no gradient for G, so no optimal-D mode.
    optimalGeneratorSlope: null,
    chart: { floor: [-1, 1], reference: 0 },
    formulas: { loss: 'hinge-loss', optimum: 'hinge-optimum', others: [] },
    settings: [],
  },
};
