// The GAN in tfjs: two flat networks (flatNetwork.ts: one weight vector each, fused forward pass,
// hand-written backprop), the objective's ops (objectiveOps.ts), the stabilisers, and losses read back
// lazily. Speed at this size is set by the number of kernels per step (docs/engine.md §2): a step
// computes no loss, and nothing in it is read back.
import * as tf from '@tensorflow/tfjs-core';
// tfjs-core alone has no gradients registered; training needs them.
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import type { BackendName } from '../core/protocol';
import { instanceNoiseAt, type TrainingSettings } from '../core/settings';
import { createRng, type Rng } from '../core/random';
import { discriminatorSpec, generatorSpec, initialParameters, mlpLayout, type MlpSpec } from '../core/network';
import { targetDistribution, type Distribution1D } from '../core/distributions';
import { sampleNoise } from '../core/noise';
import { OBJECTIVE_SPECS } from '../core/objectiveSpecs';
import { initBackend } from './backends';
import { createOptimizer, type FlatOptimizer } from './tfOptimizer';
import { OBJECTIVE_OPS } from './objectiveOps';
import { FlatNetwork, forward, type Batch } from './flatNetwork';
import { discriminatorGradient, generatorGradient, type StepDraws } from './ganSteps';
import { OptimalDMode } from './optimalDMode';
import { readLosses, type Losses } from './batchLosses';

/** One update of one player: what the step buttons and slow motion do. */
export type Player = 'd' | 'g';

export interface TfGan {
  readonly backend: BackendName;
  /** n full steps (k D updates + one G update each), queued without reading anything back. */
  trainSteps(n: number): void;
  /** One update of D only, or of G only (a G update counts as a step for annealed instance noise). */
  trainPart(player: Player): void;
  /** The batch losses of the latest D and G updates (at step 0: of the untrained networks on one batch). */
  losses(): Promise<Losses>;
  /**
   * G (the averaged G while EMA is on) on the z grid and D on the x grid as the charts show it (σ(logit)
   * or the raw output, as the objective's spec says: shownOutput), read back.
   */
  evaluate(zEdges: Float32Array, xCenters: Float32Array): Promise<{ g: Float32Array; d: Float32Array }>;
  /** The latest batch of G(z) used to train D. */
  latestFakes(): Promise<Float32Array>;
  /** Applies settings that change without a restart (target, rates, optimizer, loss, k, batch, stabilisers). */
  update(settings: TrainingSettings): void;
  /** The weights (gEma: G's running average, while EMA is on). */
  parameters(): Promise<{ g: Float32Array; d: Float32Array; gEma?: Float32Array }>;
  /**
   * Replaces the weights (lengths must fit the networks, else it throws and changes nothing). The
   * optimizers restart with fresh moments; G's average (while EMA is on) takes `gEma`, or restarts from
   * the new G without one: returns which ('off' while EMA is off).
   */
  setParameters(p: { g: Float32Array; d: Float32Array; gEma?: Float32Array }): 'loaded' | 'from-g' | 'off';
  dispose(): void;
}

let nextId = 0;

class TfGanImpl implements TfGan {
  readonly backend: BackendName;
  private settings: TrainingSettings;
  private readonly gSpec: MlpSpec;
  private readonly dSpec: MlpSpec;
  private readonly g: FlatNetwork;
  private readonly d: FlatNetwork;
  private gOpt: FlatOptimizer;
  private dOpt: FlatOptimizer;
  private readonly rng: Rng;
  private target: Distribution1D;
  private realBuf: Float32Array;
  private zBuf: Float32Array;
  private labels: Batch;
  /** Logits of the latest D update ([real; fake]) and G update, kept for the lazy loss read-out. */
  private dLogits: Batch | null = null;
  private gLogits: Batch | null = null;
  private fakes: tf.Tensor | null = null;
  /** The exponential moving average of G's weights, while emaDecay > 0 (what evaluate() shows). */
  private gEma: FlatNetwork | null = null;
  /** Training steps taken (one G update each): the clock of annealed instance noise. */
  private steps = 0;
  /** The optimal-D mode's batch losses (computed on the CPU against D*), while it is on. */
  private optimalLosses: Losses | null = null;
  private readonly optimalD = new OptimalDMode();
  private epsBuf = new Float32Array(0);
  private readonly id = nextId++;
  private evalCache: { z: Float32Array; x: Float32Array; zT: Batch; xT: Batch } | null = null;
  /** The run's draws, in the order the updates ask for them (ganSteps.ts). */
  private readonly draws: StepDraws = {
    noise: () => this.noiseBatch(),
    real: () => this.realBatch(),
    withInstanceNoise: (x) => this.withInstanceNoise(x),
    uniform: (n) => this.uniformDraws(n),
  };

  constructor(backend: BackendName, settings: TrainingSettings) {
    this.backend = backend;
    this.settings = settings;
    this.rng = createRng(settings.seed);
    this.gSpec = generatorSpec(settings);
    this.dSpec = discriminatorSpec(settings);
    // Weights come from the seeded generator, not tfjs, so every backend starts from the same numbers.
    // Variable names are global in tfjs: number them so two GANs (a probe and a run) can coexist.
    this.g = new FlatNetwork(this.gSpec, initialParameters(this.gSpec, this.rng), `G${this.id}`);
    this.d = new FlatNetwork(this.dSpec, initialParameters(this.dSpec, this.rng), `D${this.id}`);
    this.target = targetDistribution(settings);
    this.realBuf = new Float32Array(settings.batchSize);
    this.zBuf = new Float32Array(settings.batchSize);
    this.labels = this.makeLabels(settings.batchSize);
    this.gOpt = createOptimizer(settings, this.g.flat, 'G');
    this.dOpt = createOptimizer(settings, this.d.flat, 'D');
    this.configureEma();
    this.measureUntrainedLosses();
  }

  /** Starts (from G's current weights) or stops the weight average to match the settings. */
  private configureEma(): void {
    const on = this.settings.emaDecay > 0;
    if (on && !this.gEma) this.gEma = new FlatNetwork(this.gSpec, this.g.flat, `Gema${this.id}`, false);
    if (!on && this.gEma) {
      this.gEma.dispose();
      this.gEma = null;
    }
  }

  /** D's input with instance noise added (drawn from the run's generator, so runs stay reproducible). */
  private withInstanceNoise(x: Batch): Batch {
    const sigma = instanceNoiseAt(this.settings, this.steps);
    if (sigma === 0) return x;
    const n = x.shape[1];
    const noise = new Float32Array(n);
    for (let i = 0; i < n; i++) noise[i] = sigma * this.rng.normal();
    return tf.add(x, tf.tensor3d(noise, [1, n, 1]));
  }

  /** Step 0 has losses too: J(D) and J(G) of the untrained networks on one batch, with no update. */
  private measureUntrainedLosses(): void {
    const [fakes, dLogits, gLogits] = tf.tidy(() => {
      const fakes = forward(this.g.layers, this.gSpec.activation, this.noiseBatch()).at(-1)!;
      const dLogits = forward(this.d.layers, this.dSpec.activation, tf.concat([this.realBatch(), fakes], 1)).at(-1)!;
      const gLogits = tf.slice(dLogits, [0, this.settings.batchSize, 0], [1, this.settings.batchSize, 1]);
      return [fakes, dLogits, gLogits];
    });
    this.fakes = fakes;
    this.dLogits = dLogits as Batch;
    this.gLogits = gLogits as Batch;
  }

  private makeLabels(batch: number): Batch {
    const y = new Float32Array(2 * batch);
    y.fill(1, 0, batch);
    return tf.tensor3d(y, [1, 2 * batch, 1]);
  }

  private noiseBatch(): Batch {
    sampleNoise(this.settings.noise, this.rng, this.zBuf);
    return tf.tensor3d(this.zBuf, [1, this.zBuf.length, 1]);
  }

  private realBatch(): Batch {
    const buf = this.realBuf;
    for (let i = 0; i < buf.length; i++) buf[i] = this.target.sample(this.rng);
    return tf.tensor3d(buf, [1, buf.length, 1]);
  }

  private discriminatorStep(): void {
    const { fakes, logits, grad, scale } = discriminatorGradient(
      this.g,
      this.d,
      this.settings,
      this.labels,
      this.draws,
    );
    this.dOpt.apply(grad, scale);
    grad.dispose();
    OBJECTIVE_OPS[this.settings.objective].constrain?.(this.d.flat, this.settings);
    this.d.split();
    this.fakes?.dispose();
    this.fakes = fakes;
    this.dLogits?.dispose();
    this.dLogits = logits;
  }

  /** n draws from U(0, 1) from the run's generator, in a buffer reused from one D update to the next. */
  private uniformDraws(n: number): Float32Array {
    if (this.epsBuf.length !== n) this.epsBuf = new Float32Array(n);
    for (let i = 0; i < n; i++) this.epsBuf[i] = this.rng.uniform();
    return this.epsBuf;
  }

  private generatorStep(): void {
    if (this.settings.optimalD) this.generatorStepAgainstOptimum();
    else {
      const { logits, grad, scale } = generatorGradient(this.g, this.d, this.settings, this.draws);
      this.gOpt.apply(grad, scale);
      grad.dispose();
      this.gLogits?.dispose();
      this.gLogits = logits;
    }
    this.g.split();
    if (this.gEma) {
      const ema = this.gEma.flat,
        beta = this.settings.emaDecay;
      tf.tidy(() => ema.assign(tf.add(tf.mul(ema, beta), tf.mul(this.g.flat, 1 - beta))));
    }
  }

  /** The optimal-D mode's G update (optimalDMode.ts): G learns against the exact D*; D rests. */
  private generatorStepAgainstOptimum(): void {
    const { grad, scale, fakes, losses } = this.optimalD.gradient(this.g, this.settings, this.target, {
      noise: () => this.noiseBatch(),
      real: () => this.target.sample(this.rng),
    });
    this.gOpt.apply(grad, scale);
    grad.dispose();
    this.optimalLosses = losses;
    this.fakes?.dispose();
    this.fakes = tf.tensor1d(fakes);
  }

  trainSteps(n: number): void {
    for (let i = 0; i < n; i++) {
      // In optimal-D mode the network D is not used: G learns against the exact D*.
      if (!this.settings.optimalD) for (let k = 0; k < this.settings.kD; k++) this.discriminatorStep();
      this.generatorStep();
      this.steps++;
    }
  }

  trainPart(player: Player): void {
    if (player === 'g') {
      this.generatorStep();
      this.steps++;
    } else if (!this.settings.optimalD) this.discriminatorStep();
  }

  /** Losses are computed from the kept logits only when asked: nothing is spent on them per step. */
  async losses(): Promise<Losses> {
    if (this.settings.optimalD && this.optimalLosses) return { ...this.optimalLosses };
    if (!this.dLogits || !this.gLogits) return { lossD: NaN, lossG: NaN, lossDReal: NaN, lossDFake: NaN };
    return readLosses(this.settings, this.dLogits, this.gLogits);
  }

  async evaluate(zEdges: Float32Array, xCenters: Float32Array) {
    if (!this.evalCache || this.evalCache.z !== zEdges || this.evalCache.x !== xCenters) {
      this.disposeEvalCache();
      this.evalCache = {
        z: zEdges,
        x: xCenters,
        zT: tf.tensor3d(zEdges, [1, zEdges.length, 1]),
        xT: tf.tensor3d(xCenters, [1, xCenters.length, 1]),
      };
    }
    const { zT, xT } = this.evalCache;
    // With EMA on, p_model is the averaged G's (split into layers only here, once per snapshot).
    this.gEma?.split();
    const gLayers = (this.gEma ?? this.g).layers;
    const [gT, dT] = tf.tidy(() => {
      const a = forward(this.d.layers, this.dSpec.activation, xT).at(-1)!;
      return [
        forward(gLayers, this.gSpec.activation, zT).at(-1)!,
        OBJECTIVE_SPECS[this.settings.objective].shown === 'probability' ? tf.sigmoid(a) : a,
      ];
    });
    try {
      const [g, d] = await Promise.all([gT.data(), dT.data()]);
      return { g: g as Float32Array, d: d as Float32Array };
    } finally {
      gT.dispose();
      dT.dispose();
    }
  }

  async latestFakes(): Promise<Float32Array> {
    return this.fakes ? ((await this.fakes.data()) as Float32Array) : new Float32Array(0);
  }

  async parameters() {
    const [g, d, gEma] = await Promise.all([this.g.flat.data(), this.d.flat.data(), this.gEma?.flat.data()]);
    return { g: g as Float32Array, d: d as Float32Array, ...(gEma ? { gEma: gEma as Float32Array } : {}) };
  }

  setParameters(p: { g: Float32Array; d: Float32Array; gEma?: Float32Array }): 'loaded' | 'from-g' | 'off' {
    const gCount = mlpLayout(this.gSpec).count,
      dCount = mlpLayout(this.dSpec).count;
    if (p.g.length !== gCount || p.d.length !== dCount || (p.gEma && p.gEma.length !== gCount))
      throw new RangeError(
        `weights of ${p.g.length} and ${p.d.length} values do not fit G (${gCount}) and D (${dCount})`,
      );
    tf.tidy(() => {
      this.g.flat.assign(tf.tensor1d(p.g));
      this.d.flat.assign(tf.tensor1d(p.d));
      this.gEma?.flat.assign(p.gEma ? tf.tensor1d(p.gEma) : tf.clone(this.g.flat));
    });
    this.g.split();
    this.d.split();
    // Fresh moments: the old ones belong to other weights.
    this.gOpt.dispose();
    this.dOpt.dispose();
    this.gOpt = createOptimizer(this.settings, this.g.flat, 'G');
    this.dOpt = createOptimizer(this.settings, this.d.flat, 'D');
    // The kept batch (losses, fakes) was the old networks': measure the new ones on a fresh batch.
    this.optimalLosses = null;
    for (const t of [this.dLogits, this.gLogits, this.fakes]) t?.dispose();
    this.measureUntrainedLosses();
    return this.gEma ? (p.gEma ? 'loaded' : 'from-g') : 'off';
  }

  update(next: TrainingSettings): void {
    const prev = this.settings;
    this.settings = next;
    this.target = targetDistribution(next);
    if (next.batchSize !== prev.batchSize) {
      this.realBuf = new Float32Array(next.batchSize);
      this.zBuf = new Float32Array(next.batchSize);
      this.labels.dispose();
      this.labels = this.makeLabels(next.batchSize);
    }
    if (next.optimizer !== prev.optimizer) {
      // A new optimizer starts with fresh moments; the weights carry on.
      this.gOpt.dispose();
      this.dOpt.dispose();
      this.gOpt = createOptimizer(next, this.g.flat, 'G');
      this.dOpt = createOptimizer(next, this.d.flat, 'D');
    } else {
      this.gOpt.configure(next, 'G');
      this.dOpt.configure(next, 'D');
    }
    this.configureEma();
  }

  private disposeEvalCache(): void {
    this.evalCache?.zT.dispose();
    this.evalCache?.xT.dispose();
    this.evalCache = null;
  }

  dispose(): void {
    this.disposeEvalCache();
    this.optimalD.dispose();
    this.g.dispose();
    this.d.dispose();
    this.gEma?.dispose();
    for (const t of [this.labels, this.dLogits, this.gLogits, this.fakes]) t?.dispose();
    this.gOpt.dispose();
    this.dOpt.dispose();
  }
}

/** Starts `backend` (throws if it cannot) and builds a GAN on it from `settings` (seeded). */
export async function createTfGan(backend: BackendName, settings: TrainingSettings): Promise<TfGan> {
  await initBackend(backend);
  return buildTfGan(backend, settings);
}

/** Builds a GAN on `backend`, which must already be tfjs's active backend. */
export function buildTfGan(backend: BackendName, settings: TrainingSettings): TfGan {
  if (tf.getBackend() !== backend) throw new Error(`tfjs is on ${tf.getBackend()}, not ${backend}`);
  return new TfGanImpl(backend, settings);
}
