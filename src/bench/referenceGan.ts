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
import { discriminatorSpec, generatorSpec } from '../core/network';
import { Mlp } from './referenceMlp';
import { Optimizer } from './referenceOptimizer';
import { sigmoid, softplus } from './referenceScalars';

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
