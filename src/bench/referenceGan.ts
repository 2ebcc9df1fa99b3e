// A minimal hand-written GAN on Float32Arrays (no tfjs): the same model, losses and optimizers as the
// tfjs engine. It is the benchmark's "practical ceiling" and a cross-check for the tfjs numbers.
//
// Model: G and D are MLPs laid out as in network.ts (per layer a row-major [in, out] weight matrix,
// then the bias), hidden activation from the settings, identity output. D's output is a logit l,
// D(x) = sigmoid(l).
// One step (Goodfellow et al. 2014, Algorithm 1): settings.kD discriminator updates, then one
// generator update on fresh noise.
//   J(D) = ½·mean(softplus(−l_real)) + ½·mean(softplus(l_fake))
//   J(G) = ½·mean(softplus(−l_fake))     (non-saturating)
//   J(G) = −½·mean(softplus(l_fake))     (minimax, = −J(D) up to the real-data term)
// The G update back-propagates through D into G but changes only G's parameters.
// All buffers are allocated in the constructor; a training step allocates nothing.
import type { Settings } from '../core/settings';
import {
  discriminatorSpec,
  generatorSpec,
  LEAKY_SLOPE,
  mlpLayout,
  type LayerLayout,
  type MlpSpec,
} from '../core/network';

const ADAM_BETA2 = 0.999;
const ADAM_EPSILON = 1e-8;

/** log(1 + e^x) without overflow. */
export function softplus(x: number): number {
  return (x > 0 ? x : 0) + Math.log1p(Math.exp(-Math.abs(x)));
}

/** 1 / (1 + e^−x) without overflow. */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/**
 * tanh as a [13/6] rational function on [−7.9053, 7.9053], clamped outside (the float32 approximation
 * used by Eigen and XNNPACK-style kernels). Max error against Math.tanh: 2.6e-7 (about 4 float32 ulps at
 * 1), measured on a 1e-5 grid over [−12, 12]; about 4× faster than Math.tanh in V8.
 */
export function fastTanh(x: number): number {
  const c = 7.90531110763549805;
  if (x > c) x = c;
  else if (x < -c) x = -c;
  const x2 = x * x;
  let p = -2.76076847742355e-16;
  p = p * x2 + 2.00018790482477e-13;
  p = p * x2 - 8.60467152213735e-11;
  p = p * x2 + 5.12229709037114e-8;
  p = p * x2 + 1.48572235717979e-5;
  p = p * x2 + 6.37261928875436e-4;
  p = p * x2 + 4.89352455891786e-3;
  let q = 1.19825839466702e-6;
  q = q * x2 + 1.18534705686654e-4;
  q = q * x2 + 2.268434632439e-3;
  q = q * x2 + 4.89352518554385e-3;
  return (p * x) / q;
}

const ACT_TANH = 0,
  ACT_RELU = 1,
  ACT_LEAKY = 2;

// Dense-layer kernels. W is row-major [in, out] at p[wOff], the bias at p[bOff]; activations are
// row-major [n, size]. Four rows at a time share each weight load and give four independent sums
// (a single running sum is bound by the latency of one add per term).

/** out[r, j] = b[j] + Σ_i src[r, i] · W[i, j], for rows r < n (src rows start at srcOff). */
function denseForward(
  src: Float32Array,
  srcOff: number,
  inSize: number,
  p: Float32Array,
  wOff: number,
  bOff: number,
  outSize: number,
  out: Float32Array,
  n: number,
): void {
  let r = 0;
  for (; r + 4 <= n; r += 4) {
    const s0 = srcOff + r * inSize,
      s1 = s0 + inSize,
      s2 = s1 + inSize,
      s3 = s2 + inSize;
    const o0 = r * outSize,
      o1 = o0 + outSize,
      o2 = o1 + outSize,
      o3 = o2 + outSize;
    for (let j = 0; j < outSize; j++) {
      const b = p[bOff + j];
      let a0 = b,
        a1 = b,
        a2 = b,
        a3 = b;
      for (let i = 0, w = wOff + j; i < inSize; i++, w += outSize) {
        const wv = p[w];
        a0 += src[s0 + i] * wv;
        a1 += src[s1 + i] * wv;
        a2 += src[s2 + i] * wv;
        a3 += src[s3 + i] * wv;
      }
      out[o0 + j] = a0;
      out[o1 + j] = a1;
      out[o2 + j] = a2;
      out[o3 + j] = a3;
    }
  }
  for (; r < n; r++) {
    const s0 = srcOff + r * inSize,
      o0 = r * outSize;
    for (let j = 0; j < outSize; j++) {
      let a0 = p[bOff + j];
      for (let i = 0, w = wOff + j; i < inSize; i++, w += outSize) a0 += src[s0 + i] * p[w];
      out[o0 + j] = a0;
    }
  }
}

/** g[W] += Σ_r src[r, i] · delta[r, j] and g[b] += Σ_r delta[r, j], for rows r < n. */
function denseParamGrad(
  src: Float32Array,
  srcOff: number,
  inSize: number,
  delta: Float32Array,
  outSize: number,
  g: Float32Array,
  wOff: number,
  bOff: number,
  n: number,
): void {
  const n4 = n - (n % 4),
    stride4 = 4 * outSize,
    inStride4 = 4 * inSize;
  for (let j = 0; j < outSize; j++) {
    let a0 = 0,
      a1 = 0,
      a2 = 0,
      a3 = 0;
    let o = j;
    for (let r = 0; r < n4; r += 4, o += stride4) {
      a0 += delta[o];
      a1 += delta[o + outSize];
      a2 += delta[o + 2 * outSize];
      a3 += delta[o + 3 * outSize];
    }
    for (let r = n4; r < n; r++, o += outSize) a0 += delta[o];
    g[bOff + j] += a0 + a1 + a2 + a3;
  }
  for (let i = 0; i < inSize; i++) {
    for (let j = 0; j < outSize; j++) {
      let a0 = 0,
        a1 = 0,
        a2 = 0,
        a3 = 0;
      let s = srcOff + i,
        o = j;
      for (let r = 0; r < n4; r += 4, s += inStride4, o += stride4) {
        a0 += src[s] * delta[o];
        a1 += src[s + inSize] * delta[o + outSize];
        a2 += src[s + 2 * inSize] * delta[o + 2 * outSize];
        a3 += src[s + 3 * inSize] * delta[o + 3 * outSize];
      }
      for (let r = n4; r < n; r++, s += inSize, o += outSize) a0 += src[s] * delta[o];
      g[wOff + i * outSize + j] += a0 + a1 + a2 + a3;
    }
  }
}

/** dst[r, i] = Σ_j delta[r, j] · W[i, j], for rows r < n. */
function denseInputGrad(
  delta: Float32Array,
  outSize: number,
  p: Float32Array,
  wOff: number,
  inSize: number,
  dst: Float32Array,
  n: number,
): void {
  let r = 0;
  for (; r + 4 <= n; r += 4) {
    const o0 = r * outSize,
      o1 = o0 + outSize,
      o2 = o1 + outSize,
      o3 = o2 + outSize;
    const d0 = r * inSize;
    for (let i = 0; i < inSize; i++) {
      let a0 = 0,
        a1 = 0,
        a2 = 0,
        a3 = 0;
      for (let j = 0, w = wOff + i * outSize; j < outSize; j++, w++) {
        const wv = p[w];
        a0 += delta[o0 + j] * wv;
        a1 += delta[o1 + j] * wv;
        a2 += delta[o2 + j] * wv;
        a3 += delta[o3 + j] * wv;
      }
      dst[d0 + i] = a0;
      dst[d0 + inSize + i] = a1;
      dst[d0 + 2 * inSize + i] = a2;
      dst[d0 + 3 * inSize + i] = a3;
    }
  }
  for (; r < n; r++) {
    const o0 = r * outSize,
      d0 = r * inSize;
    for (let i = 0; i < inSize; i++) {
      let a0 = 0;
      for (let j = 0, w = wOff + i * outSize; j < outSize; j++, w++) a0 += delta[o0 + j] * p[w];
      dst[d0 + i] = a0;
    }
  }
}

/** An MLP with a fixed row capacity: forward/backward over the first n rows of preallocated buffers. */
class Mlp {
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

/** Adam (Kingma & Ba 2015, Algorithm 1, bias-corrected) or plain SGD over one flat parameter vector. */
class Optimizer {
  private readonly m: Float32Array;
  private readonly v: Float32Array;
  private beta1Power = 1;
  private beta2Power = 1;

  constructor(
    private readonly kind: 'adam' | 'sgd',
    private readonly lr: number,
    private readonly beta1: number,
    size: number,
  ) {
    this.m = new Float32Array(kind === 'adam' ? size : 0);
    this.v = new Float32Array(kind === 'adam' ? size : 0);
  }

  apply(params: Float32Array, grad: Float32Array): void {
    const n = params.length,
      lr = this.lr;
    if (this.kind === 'sgd') {
      for (let k = 0; k < n; k++) params[k] -= lr * grad[k];
      return;
    }
    const b1 = this.beta1,
      b2 = ADAM_BETA2,
      m = this.m,
      v = this.v;
    this.beta1Power *= b1;
    this.beta2Power *= b2;
    const c1 = 1 / (1 - this.beta1Power),
      c2 = 1 / (1 - this.beta2Power);
    for (let k = 0; k < n; k++) {
      const gk = grad[k];
      const mk = b1 * m[k] + (1 - b1) * gk;
      const vk = b2 * v[k] + (1 - b2) * gk * gk;
      m[k] = mk;
      v[k] = vk;
      params[k] -= (lr * mk * c1) / (Math.sqrt(vk * c2) + ADAM_EPSILON);
    }
  }
}

export interface GradientCheckResult {
  lossD: number;
  lossG: number;
  /** dJ(D)/dθ_D on the given real and fake batches. */
  gradD: Float32Array;
  /** dJ(G)/dθ_G on the given generator batch. */
  gradG: Float32Array;
}

export class ReferenceGan {
  private readonly g: Mlp;
  private readonly d: Mlp;
  private readonly optG: Optimizer;
  private readonly optD: Optimizer;
  private readonly batch: number;
  private readonly kD: number;
  private readonly minimax: boolean;
  /** D's input for a D update: rows [0, B) real, [B, 2B) fake. */
  private readonly dInput: Float32Array;
  private readonly realView: Float32Array;
  private readonly noise: Float32Array;
  private readonly dLogit: Float32Array;
  private readonly dX: Float32Array;
  private lastLossD = NaN;
  private lastLossG = NaN;

  constructor(
    settings: Settings,
    gParams: Float32Array,
    dParams: Float32Array,
    private readonly sampleReal: (out: Float32Array) => void,
    private readonly sampleNoise: (out: Float32Array) => void,
  ) {
    const B = settings.batchSize;
    this.batch = B;
    this.kD = settings.kD;
    this.minimax = settings.generatorLoss === 'minimax';
    this.g = new Mlp(generatorSpec(settings), gParams, 2 * B);
    this.d = new Mlp(discriminatorSpec(settings), dParams, 2 * B);
    this.optG = new Optimizer(settings.optimizer, settings.lrG, settings.beta1, this.g.params.length);
    this.optD = new Optimizer(settings.optimizer, settings.lrD, settings.beta1, this.d.params.length);
    this.dInput = new Float32Array(2 * B);
    this.realView = this.dInput.subarray(0, B);
    this.noise = new Float32Array(B);
    this.dLogit = new Float32Array(2 * B);
    this.dX = new Float32Array(2 * B);
  }

  trainSteps(n: number): void {
    for (let s = 0; s < n; s++) {
      for (let k = 0; k < this.kD; k++) {
        // Noise first, then real: the tfjs engine's order, so one shared seeded generator replays it.
        this.sampleNoise(this.noise);
        this.sampleReal(this.realView);
        this.lastLossD = this.discriminatorGradient(this.noise);
        this.optD.apply(this.d.params, this.d.grad);
      }
      this.sampleNoise(this.noise);
      this.lastLossG = this.generatorGradient(this.noise);
      this.optG.apply(this.g.params, this.g.grad);
    }
  }

  /** J(D) of the last D update and J(G) of the last G update (NaN before the first step). */
  losses(): { lossD: number; lossG: number } {
    return { lossD: this.lastLossD, lossG: this.lastLossG };
  }

  /** G(z) for any number of z (processed in chunks of the preallocated capacity). */
  generate(z: Float32Array): Float32Array {
    return this.runChunked(this.g, z, false);
  }

  /** D(x) = sigmoid(logit) for any number of x. */
  discriminate(x: Float32Array): Float32Array {
    return this.runChunked(this.d, x, true);
  }

  /** Copies of the current parameter vectors (network.ts layout). */
  parameters(): { g: Float32Array; d: Float32Array } {
    return { g: Float32Array.from(this.g.params), d: Float32Array.from(this.d.params) };
  }

  /**
   * For tests: losses and gradients on explicit batches (real x and noise for the D loss, noise for the
   * G loss) at the current parameters, without updating anything. Each array must hold batchSize values.
   */
  gradientsFor(xReal: Float32Array, zFake: Float32Array, zG: Float32Array): GradientCheckResult {
    this.realView.set(xReal);
    const lossD = this.discriminatorGradient(zFake);
    const gradD = Float32Array.from(this.d.grad);
    const lossG = this.generatorGradient(zG);
    return { lossD, lossG, gradD, gradG: Float32Array.from(this.g.grad) };
  }

  /** Fills d.grad with dJ(D)/dθ_D; real x already in dInput[0, B). Returns J(D). */
  private discriminatorGradient(z: Float32Array): number {
    const B = this.batch,
      x = this.dInput;
    const fake = this.g.forward(z, 0, B);
    for (let r = 0; r < B; r++) x[B + r] = fake[r];
    const logit = this.d.forward(x, 0, 2 * B);
    const dl = this.dLogit,
      scale = 0.5 / B;
    let lossReal = 0,
      lossFake = 0;
    for (let r = 0; r < B; r++) {
      const l = logit[r];
      lossReal += softplus(-l);
      dl[r] = -scale * sigmoid(-l);
    }
    for (let r = B; r < 2 * B; r++) {
      const l = logit[r];
      lossFake += softplus(l);
      dl[r] = scale * sigmoid(l);
    }
    this.d.grad.fill(0);
    this.d.backward(dl, x, 0, 2 * B, true, null);
    return scale * (lossReal + lossFake);
  }

  /** Fills g.grad with dJ(G)/dθ_G (through D, leaving D's gradient alone). Returns J(G). */
  private generatorGradient(z: Float32Array): number {
    const B = this.batch;
    const fake = this.g.forward(z, 0, B);
    const logit = this.d.forward(fake, 0, B);
    const dl = this.dLogit,
      scale = 0.5 / B;
    let loss = 0;
    if (this.minimax) {
      for (let r = 0; r < B; r++) {
        const l = logit[r];
        loss -= softplus(l);
        dl[r] = -scale * sigmoid(l);
      }
    } else {
      for (let r = 0; r < B; r++) {
        const l = logit[r];
        loss += softplus(-l);
        dl[r] = -scale * sigmoid(-l);
      }
    }
    // D's backward pass needs its forward input (`fake`, G's output buffer), which stays valid here.
    this.d.backward(dl, fake, 0, B, false, this.dX);
    this.g.grad.fill(0);
    this.g.backward(this.dX, z, 0, B, true, null);
    return scale * loss;
  }

  private runChunked(net: Mlp, input: Float32Array, applySigmoid: boolean): Float32Array {
    const result = new Float32Array(input.length);
    for (let start = 0; start < input.length; start += net.capacity) {
      const n = Math.min(net.capacity, input.length - start);
      const out = net.forward(input, start, n);
      for (let r = 0; r < n; r++) result[start + r] = applySigmoid ? sigmoid(out[r]) : out[r];
    }
    return result;
  }
}
