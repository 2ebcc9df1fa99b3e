// N GANs of one architecture trained as one (the experiments view and the convergence benchmark): one set
// of tensors with a leading model dimension. Each network is ONE variable [N, P] (flatNetwork.ts's flat
// vector, a row per model), split into layers w [N, in, out] and b [N, 1, out]; activations are
// [N, B, width]; the matMuls are batched; each player has ONE optimizer update over [N, P] (tfOptimizer.ts
// is elementwise). The kernels per step are those of one GAN, so N models cost far less than N runs.
// Each model draws from its own seeded generator, in exactly a single run's order (tfGan.ts): G's initial
// weights, D's, the first batch a single run measures its step-0 losses on; then per D update the noise
// batch, the real batch, instance noise, WGAN-GP's uniforms; per G update the noise batch, instance
// noise. So model i is the same run as buildTfGan(backend, { ...settings, seed: seeds[i] }).
import * as tf from '@tensorflow/tfjs-core';
import type { BackendName } from '../core/protocol';
import { instanceNoiseAt, type TrainingSettings } from '../core/settings';
import { createRng, type Rng } from '../core/random';
import { discriminatorSpec, generatorSpec, initialParameters, mlpLayout } from '../core/network';
import { targetDistribution, type Distribution1D } from '../core/distributions';
import { sampleNoise } from '../core/noise';
import { createOptimizer, type FlatOptimizer } from './tfOptimizer';
import { OBJECTIVE_OPS } from './objectiveOps';
import { FlatNetwork, forward, type Batch } from './flatNetwork';
import { discriminatorGradient, generatorGradient, type StepDraws } from './ganSteps';

export interface BatchedGan {
  readonly backend: BackendName;
  /** The seed of each model: model i is the same run as a single run of `settings` with seed seeds[i]. */
  readonly seeds: readonly number[];
  /** n full steps of every model (k D updates + one G update each), queued without reading anything back. */
  trainSteps(n: number): void;
  /**
   * G of every model (the averaged G while EMA is on, as the playground shows it) at the z grid's edges,
   * read back: one array per model, in seeds' order.
   */
  generators(zEdges: Float32Array): Promise<Float32Array[]>;
  /** Every model's weights (gEma while EMA is on), in seeds' order: what a single run's parameters() gives. */
  parameters(): Promise<{ g: Float32Array; d: Float32Array; gEma?: Float32Array }[]>;
  dispose(): void;
}

type Networks = FlatNetwork<tf.Rank.R2>;

let nextId = 0;

/** Rows of an [N, P] read-back, one array per model. */
const rows = (values: Float32Array, n: number): Float32Array[] => {
  const p = values.length / n;
  return Array.from({ length: n }, (_, i) => values.slice(i * p, (i + 1) * p));
};

class BatchedGanImpl implements BatchedGan {
  private readonly n: number;
  private readonly batch: number;
  private readonly rngs: Rng[];
  private readonly target: Distribution1D;
  private readonly g: Networks;
  private readonly d: Networks;
  /** G's running average ([N, P]) while emaDecay > 0: what generators() shows. */
  private readonly gEma: Networks | null;
  private readonly gOpt: FlatOptimizer;
  private readonly dOpt: FlatOptimizer;
  /** 1 on the real half of D's [real; fake] batch, 0 on the fake half: [1, 2B, 1], the same for every model. */
  private readonly labels: Batch;
  /** Training steps taken (one G update each): every model's clock of annealed instance noise. */
  private steps = 0;
  private readonly zBuf: Float32Array;
  private readonly realBuf: Float32Array;
  private noiseBuf = new Float32Array(0);
  private epsBuf = new Float32Array(0);
  private zCache: { z: Float32Array; t: Batch } | null = null;
  private readonly draws: StepDraws = {
    noise: () => this.noiseBatch(),
    real: () => this.realBatch(),
    withInstanceNoise: (x) => this.withInstanceNoise(x),
    uniform: (n) => this.uniformDraws(n),
  };

  constructor(
    readonly backend: BackendName,
    private readonly settings: TrainingSettings,
    readonly seeds: readonly number[],
  ) {
    const n = (this.n = seeds.length);
    const b = (this.batch = settings.batchSize);
    const gSpec = generatorSpec(settings),
      dSpec = discriminatorSpec(settings);
    const gCount = mlpLayout(gSpec).count,
      dCount = mlpLayout(dSpec).count;
    this.target = targetDistribution(settings);
    this.rngs = seeds.map((seed) => createRng(seed));
    this.zBuf = new Float32Array(n * b);
    this.realBuf = new Float32Array(n * b);
    const gInit = new Float32Array(n * gCount),
      dInit = new Float32Array(n * dCount);
    this.rngs.forEach((rng, i) => {
      gInit.set(initialParameters(gSpec, rng), i * gCount);
      dInit.set(initialParameters(dSpec, rng), i * dCount);
    });
    // A single run measures its step-0 losses on one noise batch and one real batch: the same draws here.
    this.fillNoise();
    this.fillReal();
    const id = nextId++;
    // Variable names are global in tfjs: numbered, so two batches (two arms) can coexist.
    this.g = new FlatNetwork<tf.Rank.R2>(gSpec, gInit, `BG${id}`, true, n);
    this.d = new FlatNetwork<tf.Rank.R2>(dSpec, dInit, `BD${id}`, true, n);
    this.gEma = settings.emaDecay > 0 ? new FlatNetwork<tf.Rank.R2>(gSpec, this.g.flat, `BGema${id}`, false) : null;
    this.gOpt = createOptimizer(settings, this.g.flat, 'G');
    this.dOpt = createOptimizer(settings, this.d.flat, 'D');
    const y = new Float32Array(2 * b);
    y.fill(1, 0, b);
    this.labels = tf.tensor3d(y, [1, 2 * b, 1]);
  }

  private fillNoise(): void {
    const b = this.batch;
    this.rngs.forEach((rng, i) => sampleNoise(this.settings.noise, rng, this.zBuf.subarray(i * b, (i + 1) * b)));
  }

  private fillReal(): void {
    const b = this.batch;
    this.rngs.forEach((rng, i) => {
      for (let j = i * b; j < (i + 1) * b; j++) this.realBuf[j] = this.target.sample(rng);
    });
  }

  private noiseBatch(): Batch {
    this.fillNoise();
    return tf.tensor3d(this.zBuf, [this.n, this.batch, 1]);
  }

  private realBatch(): Batch {
    this.fillReal();
    return tf.tensor3d(this.realBuf, [this.n, this.batch, 1]);
  }

  /** D's input ([N, m, 1]) with each model's instance noise, drawn from its own generator. */
  private withInstanceNoise(x: Batch): Batch {
    const sigma = instanceNoiseAt(this.settings, this.steps);
    if (sigma === 0) return x;
    const m = x.shape[1];
    if (this.noiseBuf.length !== this.n * m) this.noiseBuf = new Float32Array(this.n * m);
    this.rngs.forEach((rng, i) => {
      for (let j = i * m; j < (i + 1) * m; j++) this.noiseBuf[j] = sigma * rng.normal();
    });
    return tf.add(x, tf.tensor3d(this.noiseBuf, [this.n, m, 1]));
  }

  /** m draws from U(0, 1) per model, model after model. */
  private uniformDraws(m: number): Float32Array {
    if (this.epsBuf.length !== this.n * m) this.epsBuf = new Float32Array(this.n * m);
    this.rngs.forEach((rng, i) => {
      for (let j = i * m; j < (i + 1) * m; j++) this.epsBuf[j] = rng.uniform();
    });
    return this.epsBuf;
  }

  private discriminatorStep(): void {
    const { fakes, logits, grad, scale } = discriminatorGradient(
      this.g,
      this.d,
      this.settings,
      this.labels,
      this.draws,
    );
    fakes.dispose();
    logits.dispose();
    this.dOpt.apply(grad, scale);
    grad.dispose();
    OBJECTIVE_OPS[this.settings.objective].constrain?.(this.d.flat, this.settings);
    this.d.split();
  }

  private generatorStep(): void {
    const { logits, grad, scale } = generatorGradient(this.g, this.d, this.settings, this.draws);
    logits.dispose();
    this.gOpt.apply(grad, scale);
    grad.dispose();
    this.g.split();
    if (this.gEma) {
      const ema = this.gEma.flat,
        beta = this.settings.emaDecay;
      tf.tidy(() => ema.assign(tf.add(tf.mul(ema, beta), tf.mul(this.g.flat, 1 - beta))));
    }
  }

  trainSteps(n: number): void {
    for (let i = 0; i < n; i++) {
      for (let k = 0; k < this.settings.kD; k++) this.discriminatorStep();
      this.generatorStep();
      this.steps++;
    }
  }

  async generators(zEdges: Float32Array): Promise<Float32Array[]> {
    if (this.zCache?.z !== zEdges) {
      this.zCache?.t.dispose();
      // The same z for every model ([N, Z, 1]: no batch broadcasting, which not every backend's matMul has).
      const z = new Float32Array(this.n * zEdges.length);
      for (let i = 0; i < this.n; i++) z.set(zEdges, i * zEdges.length);
      this.zCache = { z: zEdges, t: tf.tensor3d(z, [this.n, zEdges.length, 1]) };
    }
    const zT = this.zCache.t;
    const net = this.gEma ?? this.g;
    // The average is split into layers only here, once per read.
    if (this.gEma) this.gEma.split();
    const out = tf.tidy(() => forward(net.layers, net.spec.activation, zT).at(-1)!);
    try {
      return rows((await out.data()) as Float32Array, this.n);
    } finally {
      out.dispose();
    }
  }

  async parameters() {
    const [g, d, gEma] = await Promise.all([this.g.flat.data(), this.d.flat.data(), this.gEma?.flat.data()]);
    const gs = rows(g as Float32Array, this.n),
      ds = rows(d as Float32Array, this.n);
    const emas = gEma ? rows(gEma as Float32Array, this.n) : null;
    return gs.map((gi, i) => ({ g: gi, d: ds[i], ...(emas ? { gEma: emas[i] } : {}) }));
  }

  dispose(): void {
    this.zCache?.t.dispose();
    this.g.dispose();
    this.d.dispose();
    this.gEma?.dispose();
    this.gOpt.dispose();
    this.dOpt.dispose();
    this.labels.dispose();
  }
}

/**
 * Builds N GANs on `backend` (tfjs's active backend), model i seeded with seeds[i] (N ≥ 1). The optimal-D
 * mode is not supported (its G update reads G back and computes D* on the CPU per model): a RangeError.
 */
export function buildBatchedGan(
  backend: BackendName,
  settings: TrainingSettings,
  seeds: readonly number[],
): BatchedGan {
  if (tf.getBackend() !== backend) throw new Error(`tfjs is on ${tf.getBackend()}, not ${backend}`);
  if (settings.optimalD) throw new RangeError('the batched engine does not train in optimal-D mode');
  if (seeds.length === 0) throw new RangeError('the batched engine needs at least one seed');
  return new BatchedGanImpl(backend, settings, seeds);
}
