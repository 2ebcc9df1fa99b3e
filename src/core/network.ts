// The shape of G and D (1 → hidden^depth → 1 MLPs) and their initial weights, shared by the tfjs
// engine and the hand-written reference so both start from the same numbers.
import type { Activation, TrainingSettings } from './settings';
import type { Rng } from './random';

export interface MlpSpec {
  /** Layer widths including input and output, e.g. [1, 16, 16, 1]. */
  sizes: number[];
  activation: Activation;
}

export const generatorSpec = (s: TrainingSettings): MlpSpec => ({
  sizes: [1, ...Array(s.gDepth).fill(s.gHidden), 1],
  activation: s.gActivation,
});
export const discriminatorSpec = (s: TrainingSettings): MlpSpec => ({
  sizes: [1, ...Array(s.dDepth).fill(s.dHidden), 1],
  activation: s.dActivation,
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

/** Glorot-uniform weights, zero biases, drawn from the run's seeded generator. */
export function initialParameters(spec: MlpSpec, rng: Rng): Float32Array {
  const { layers, count } = mlpLayout(spec);
  const params = new Float32Array(count);
  for (const { inSize, outSize, wOffset } of layers) {
    const limit = Math.sqrt(6 / (inSize + outSize));
    for (let i = 0; i < inSize * outSize; i++) params[wOffset + i] = (2 * rng.uniform() - 1) * limit;
  }
  return params;
}

export const LEAKY_SLOPE = 0.2;
