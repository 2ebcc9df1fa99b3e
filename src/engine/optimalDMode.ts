// The optimal-D mode's G update (docs/theory.md §6.10): p_model of the current G, exactly, on the grid;
// the best D for it (core/optimalDiscriminators.ts); the slope of G's cost against that D at each
// generated sample, backpropagated through G. Two small synchronous read-backs per step: slower, but exact.
import * as tf from '@tensorflow/tfjs-core';
import type { Distribution1D } from '../core/distributions';
import { binnedDensity, pushforwardDensity } from '../core/density';
import { binCenters, binWidth, CHART_GRID, Z_CELLS } from '../core/grid';
import { noiseQuantileEdges } from '../core/noise';
import { objectiveCosts, rawOutput } from '../core/objectives';
import { optimalGeneratorSlope, optimalOutput } from '../core/optimalDiscriminators';
import { scopeKey, type TrainingSettings } from '../core/settings';
import { backward, forward, type Batch, type FlatNetwork } from './flatNetwork';
import type { Losses } from './batchLosses';

const GRID_CENTRES = binCenters(CHART_GRID);

/** A table on CHART_GRID's bin centres at x, linearly interpolated; 0 off the grid. */
function interpolateOnGrid(table: ArrayLike<number>, x: number): number {
  const n = table.length;
  const t = (x - GRID_CENTRES[0]) / binWidth(CHART_GRID);
  if (!(t >= -0.5 && t <= n - 0.5)) return 0;
  const k = Math.min(n - 2, Math.max(0, Math.floor(t)));
  const f = Math.min(1, Math.max(0, t - k));
  const v = table[k] * (1 - f) + table[k + 1] * f;
  return Number.isFinite(v) ? v : 0;
}

/** Where a G update against D* draws its batches (the run's seeded generator, in this order). */
export interface OptimalDDraws {
  noise(): Batch;
  real(): number;
}

/** G's updates against the exact best D; keeps p_data on the grid and the z-cell edges between them. */
export class OptimalDMode {
  private cache: { key: string; pData: Float64Array; zEdges: tf.Tensor3D; noise: string } | null = null;

  /**
   * One G update's gradient (to apply at scale c/B, `scale`), the batch of G(z) it moved, and the batch
   * losses against D*, computed on the CPU: J(G) on this batch, J(D*) on it and a fresh real batch.
   */
  gradient(
    g: FlatNetwork,
    settings: TrainingSettings,
    target: Distribution1D,
    draw: OptimalDDraws,
  ): { grad: tf.Tensor; scale: number; fakes: Float32Array; losses: Losses } {
    const { objective, generatorLoss } = settings;
    const costs = objectiveCosts(objective, generatorLoss);
    const activation = g.spec.activation;
    const dx = binWidth(CHART_GRID);
    const { pData, zEdges } = this.inputs(settings, target);
    const gAtEdges = tf.tidy(() => forward(g.layers, activation, zEdges).at(-1)!.dataSync());
    const pModel = pushforwardDensity(gAtEdges, CHART_GRID).density;
    const slope = optimalGeneratorSlope(objective, generatorLoss, pData, pModel, dx);
    const a = optimalOutput(objective, pData, pModel, dx).map((shown) => rawOutput(objective, shown));
    const at = (table: Float64Array, x: number) => interpolateOnGrid(table, x);
    const b = settings.batchSize;
    const fakes = new Float32Array(b);
    const grad = tf.tidy(() => {
      const gActs = forward(g.layers, activation, draw.noise());
      const out = gActs.at(-1)!.dataSync();
      const dOut = new Float32Array(b);
      for (let i = 0; i < b; i++) {
        fakes[i] = out[i];
        dOut[i] = at(slope, out[i]);
      }
      return backward(g.layers, gActs, activation, tf.tensor3d(dOut, [1, b, 1]), true, false).dParams!;
    });
    let real = 0,
      fake = 0,
      gen = 0;
    for (let i = 0; i < b; i++) {
      const af = at(a, fakes[i]);
      fake += costs.fake(af);
      gen += costs.generator(af);
      real += costs.real(at(a, draw.real()));
    }
    const losses: Losses = {
      lossD: costs.dWeight * (real / b + fake / b),
      lossG: (costs.gWeight * gen) / b,
      lossDReal: real / b,
      lossDFake: fake / b,
    };
    return { grad, scale: costs.gWeight / b, fakes, losses };
  }

  /** p_data on the grid and the z-cell edges as a tensor, rebuilt when the target or p_z changes. */
  private inputs(settings: TrainingSettings, target: Distribution1D) {
    const key = scopeKey(settings, 'target');
    const noise = settings.noise;
    if (this.cache?.key !== key || this.cache.noise !== noise) {
      this.cache?.zEdges.dispose();
      const edges = noiseQuantileEdges(noise, Z_CELLS);
      this.cache = {
        key,
        noise,
        pData: binnedDensity(target, CHART_GRID),
        zEdges: tf.tensor3d(edges, [1, edges.length, 1]),
      };
    }
    return this.cache;
  }

  dispose(): void {
    this.cache?.zEdges.dispose();
    this.cache = null;
  }
}
