// One network of the hand-written GAN (referenceGan.ts): an MLP laid out as in core/network.ts, with
// its forward and backward passes over preallocated buffers.
import { LEAKY_SLOPE, mlpLayout, type LayerLayout, type MlpSpec } from '../core/network';
import { denseForward, denseInputGrad, denseParamGrad } from './denseKernels';
import { fastTanh } from './referenceScalars';

const ACT_TANH = 0,
  ACT_RELU = 1,
  ACT_LEAKY = 2;

/** An MLP with a fixed row capacity: forward/backward over the first n rows of preallocated buffers. */
export class Mlp {
  readonly params: Float32Array;
  readonly grad: Float32Array;
  private readonly layers: LayerLayout[];
  private readonly act: number;
  /** Post-activation output of each layer (the last is the identity output). */
  private readonly outs: Float32Array[];
  /** dJ/d(pre-activation) of each layer. */
  private readonly deltas: Float32Array[];
  readonly capacity: number;

  constructor(spec: MlpSpec, params: Float32Array, capacity: number) {
    const { layers, count } = mlpLayout(spec);
    if (params.length !== count) throw new Error(`expected ${count} parameters, got ${params.length}`);
    if (spec.sizes[0] !== 1 || spec.sizes[spec.sizes.length - 1] !== 1) throw new Error('only 1 → … → 1 networks');
    this.layers = layers;
    this.params = Float32Array.from(params);
    this.grad = new Float32Array(count);
    this.act = spec.activation === 'tanh' ? ACT_TANH : spec.activation === 'relu' ? ACT_RELU : ACT_LEAKY;
    this.capacity = capacity;
    this.outs = layers.map((l) => new Float32Array(capacity * l.outSize));
    this.deltas = layers.map((l) => new Float32Array(capacity * l.outSize));
  }

  /** Runs rows [inOffset, inOffset + n) of `input` (one value per row); returns the output buffer (first n valid). */
  forward(input: Float32Array, inOffset: number, n: number): Float32Array {
    const p = this.params;
    const last = this.layers.length - 1;
    let src = input,
      srcOff = inOffset;
    for (let l = 0; l <= last; l++) {
      const { inSize, outSize, wOffset, bOffset } = this.layers[l];
      const out = this.outs[l];
      denseForward(src, srcOff, inSize, p, wOffset, bOffset, outSize, out, n);
      if (l < last) {
        const m = n * outSize;
        if (this.act === ACT_TANH) for (let k = 0; k < m; k++) out[k] = fastTanh(out[k]);
        else if (this.act === ACT_RELU)
          for (let k = 0; k < m; k++) {
            if (out[k] < 0) out[k] = 0;
          }
        else
          for (let k = 0; k < m; k++) {
            if (out[k] < 0) out[k] *= LEAKY_SLOPE;
          }
      }
      src = out;
      srcOff = 0;
    }
    return this.outs[last];
  }

  /**
   * Back-propagates dJ/d(output) (first n entries of `dOut`) through the last forward pass, which must
   * have run on the same `input` rows. Adds parameter gradients into `grad` when `paramGrads` is set
   * (the caller zeroes `grad`), and writes dJ/d(input) into `dInput[0..n)` when given.
   */
  backward(
    dOut: Float32Array,
    input: Float32Array,
    inOffset: number,
    n: number,
    paramGrads: boolean,
    dInput: Float32Array | null,
  ): void {
    const p = this.params,
      g = this.grad;
    const last = this.layers.length - 1;
    const d0 = this.deltas[last];
    for (let r = 0; r < n; r++) d0[r] = dOut[r];
    for (let l = last; l >= 0; l--) {
      const { inSize, outSize, wOffset, bOffset } = this.layers[l];
      const delta = this.deltas[l];
      const src = l > 0 ? this.outs[l - 1] : input;
      const srcOff = l > 0 ? 0 : inOffset;
      if (paramGrads) denseParamGrad(src, srcOff, inSize, delta, outSize, g, wOffset, bOffset, n);
      if (l > 0) {
        // dJ/d(post of layer l−1), then through its activation (derivative from the post value).
        const prev = this.deltas[l - 1];
        const post = this.outs[l - 1];
        denseInputGrad(delta, outSize, p, wOffset, inSize, prev, n);
        const m = n * inSize;
        if (this.act === ACT_TANH)
          for (let k = 0; k < m; k++) {
            const y = post[k];
            prev[k] *= 1 - y * y;
          }
        else if (this.act === ACT_RELU)
          for (let k = 0; k < m; k++) {
            if (post[k] <= 0) prev[k] = 0;
          }
        else
          for (let k = 0; k < m; k++) {
            if (post[k] <= 0) prev[k] *= LEAKY_SLOPE;
          }
      } else if (dInput) {
        denseInputGrad(delta, outSize, p, wOffset, 1, dInput, n);
      }
    }
  }
}
