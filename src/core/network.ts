// The shape of G and D (1 → hidden^depth → 1 MLPs) and their initial weights, shared by the tfjs
// engine and the hand-written reference so both start from the same numbers.
import type { Activation, TrainingSettings } from './settings';
import type { Rng } from './random';

export interface MlpSpec {
  /** Layer widths including input and output, e.g. [1, 16, 16, 1]. */
  sizes: number[];
  activation: Activation;
  /** The first layer's kinks are spread over [−inputSpread, inputSpread] at initialisation. */
  inputSpread: number;
}

/**
 * Where the inputs live: G's first-layer kinks are spread over the bulk of p_z (±2.5 holds 98.8% of
 * N(0, 1); U(−1, 1) is all of ±1), D's over the x range the targets use (±4).
 */
const NOISE_SPREAD = { normal: 2.5, uniform: 1 } as const;
const X_SPREAD = 4;

export const generatorSpec = (s: TrainingSettings): MlpSpec => ({
  sizes: [1, ...Array(s.gDepth).fill(s.gHidden), 1],
  activation: s.gActivation,
  inputSpread: NOISE_SPREAD[s.noise],
});
export const discriminatorSpec = (s: TrainingSettings): MlpSpec => ({
  sizes: [1, ...Array(s.dDepth).fill(s.dHidden), 1],
  activation: s.dActivation,
  inputSpread: X_SPREAD,
});

/** Offsets of each layer's weight matrix (row-major [in, out]) and bias in the flat parameter vector. */
export interface LayerLayout {
  inSize: number;
  outSize: number;
  wOffset: number;
  bOffset: number;
}

export function mlpLayout(spec: MlpSpec): { layers: LayerLayout[]; count: number } {
  const layers: LayerLayout[] = [];
  let offset = 0;
  for (let l = 0; l + 1 < spec.sizes.length; l++) {
    const inSize = spec.sizes[l],
      outSize = spec.sizes[l + 1];
    layers.push({ inSize, outSize, wOffset: offset, bOffset: offset + inSize * outSize });
    offset += inSize * outSize + outSize;
  }
  return { layers, count: offset };
}

/**
 * Glorot-uniform weights drawn from the run's seeded generator; zero biases, except in the first layer
 * of a (leaky) ReLU net, where unit j gets b_j = −w_j·c_j with c_j uniform on ±inputSpread. That puts
 * unit j's kink (where it bends) at input c_j. With zero biases every kink sits at 0: G cannot bend
 * where the data is and D cannot see detail away from x = 0, and the default lesson does not converge
 * (docs/engine.md §10).
 */
export function initialParameters(spec: MlpSpec, rng: Rng): Float32Array {
  const { layers, count } = mlpLayout(spec);
  const params = new Float32Array(count);
  layers.forEach(({ inSize, outSize, wOffset, bOffset }, l) => {
    const limit = Math.sqrt(6 / (inSize + outSize));
    for (let i = 0; i < inSize * outSize; i++) params[wOffset + i] = (2 * rng.uniform() - 1) * limit;
    // tanh has no kink, and the tanh nets learn worse with the spread (measured; docs/engine.md §10).
    if (l > 0 || spec.activation === 'tanh') return;
    for (let j = 0; j < outSize; j++) {
      const kink = (2 * rng.uniform() - 1) * spec.inputSpread;
      // The first layer has one input (inSize = 1): w_j is params[wOffset + j].
      params[bOffset + j] = -params[wOffset + j] * kink;
    }
  });
  return params;
}

/** The inputs at which the first layer's units bend: c_j = −b_j / w_j (1-D input). */
export function firstLayerKinks(spec: MlpSpec, params: Float32Array): number[] {
  const { wOffset, bOffset, outSize } = mlpLayout(spec).layers[0];
  return Array.from({ length: outSize }, (_, j) => -params[bOffset + j] / params[wOffset + j]);
}

export const LEAKY_SLOPE = 0.2;
