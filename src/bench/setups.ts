// The targets and training variants the benchmarks name on their command lines (bench:convergence,
// bench:bridge): overrides of the app's defaults.
import type { Settings } from '../core/settings';

/** Targets a lesson uses: the default single Gaussian, a wide one, two and three modes, a uniform. */
export const TARGETS: Record<string, Partial<Settings>> = {
  single: { targetKind: 'mixture', components: 1, mean0: 1.5, std0: 0.6 },
  wide: { targetKind: 'mixture', components: 1, mean0: -0.5, std0: 1.5 },
  bimodal: { targetKind: 'mixture', components: 2, mean0: -2, std0: 0.5, weight0: 1, mean1: 2, std1: 0.5, weight1: 1 },
  trimodal: {
    targetKind: 'mixture',
    components: 3,
    mean0: -3,
    std0: 0.4,
    weight0: 1,
    mean1: 0,
    std1: 0.4,
    weight1: 1,
    mean2: 3,
    std2: 0.4,
    weight2: 1,
  },
  uniform: { targetKind: 'uniform', uniformLow: -1, uniformHigh: 2 },
};

/** Training variants: overrides of the app's defaults. */
export const VARIANTS: Record<string, Partial<Settings>> = {
  defaults: {},
  // The defaults before issue 16: a leaky-ReLU G, a D of two hidden layers.
  oldDefaults: { gActivation: 'leakyRelu', dDepth: 2 },
  plain: { emaDecay: 0 },
  ema: { emaDecay: 0.999 },
  ema99: { emaDecay: 0.99 },
  r1ema99: { r1Gamma: 1, emaDecay: 0.99 },
  r1: { r1Gamma: 1 },
  r1ema: { r1Gamma: 1, emaDecay: 0.999 },
  noise: { instanceNoise: 0.3, instanceNoiseSchedule: 'annealed' },
  k3: { kD: 3 },
  lsgan: { objective: 'lsgan' },
  hinge: { objective: 'hinge' },
  wgan: { objective: 'wgan' },
  wgan5: { objective: 'wgan', kD: 5 },
  wganGp: { objective: 'wgan-gp' },
  wganGpTwoSided: { objective: 'wgan-gp', gpOneSided: false },
  optimalD: { optimalD: true },
  optimalDMinimax: { optimalD: true, generatorLoss: 'minimax' },
  optimalDWgan: { optimalD: true, objective: 'wgan' },
  optimalDLsgan: { optimalD: true, objective: 'lsgan' },
  // Candidates for the default lesson's last few seeds (issue 16): a light R1, a wider D, rates.
  r1small: { r1Gamma: 0.1 },
  dWide: { dHidden: 32 },
  dDeep: { dDepth: 3 },
  lrG1e4: { lrG: 1e-4 },
  lrD2e3: { lrD: 0.002 },
  gTanh: { gActivation: 'tanh' },
  dTanh: { dActivation: 'tanh' },
  gWide: { gHidden: 32 },
  batch256: { batchSize: 256 },
  r1smallDeep: { r1Gamma: 0.1, dDepth: 3 },
  // A smooth G (tanh) with one more change each.
  gTanhEma999: { gActivation: 'tanh', emaDecay: 0.999 },
  gTanhLrG3e4: { gActivation: 'tanh', lrG: 0.0003 },
  gTanhLrG5e4: { gActivation: 'tanh', lrG: 0.0005 },
  gTanhR1small: { gActivation: 'tanh', r1Gamma: 0.1 },
  gTanhDDeep: { gActivation: 'tanh', dDepth: 3 },
  gTanhWide: { gActivation: 'tanh', gHidden: 32 },
  // Candidates for the mixtures and the uniform (issue 16): G's capacity for a steep jump between modes, R1's strength.
  r1G32: { r1Gamma: 1, gHidden: 32 },
  r1GDeep: { r1Gamma: 1, gDepth: 3 },
  r1smallG32: { r1Gamma: 0.1, gHidden: 32 },
  r1G32Deep: { r1Gamma: 1, gHidden: 32, gDepth: 3 },
  uniformNoise: { noise: 'uniform' },
  r1Leaky: { r1Gamma: 1, gActivation: 'leakyRelu' },
  r1smallLeakyG32: { r1Gamma: 0.1, gActivation: 'leakyRelu', gHidden: 32 },
  r1LeakyG32: { r1Gamma: 1, gActivation: 'leakyRelu', gHidden: 32 },
  r1LeakyG64: { r1Gamma: 1, gActivation: 'leakyRelu', gHidden: 64 },
  r1LeakyG32LrG: { r1Gamma: 1, gActivation: 'leakyRelu', gHidden: 32, lrG: 0.0005 },
};
