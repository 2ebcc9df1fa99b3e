// Seeds of one setup trained under Node, as the app trains them, with the exact JS (and the per-mode
// mass of mixtures) of G's pushforward read every `checkEvery` steps. The benchmarks that count seeds
// (bench:convergence, bench:lessons) and the same-run check (e2e/same-run.spec.ts) share it.
// Batched: the seeds train together on the batched engine (model i is the single run with seed i);
// single: one TfGan per seed, as the app's worker does (the only way for optimal-D setups).
import * as tf from '@tensorflow/tfjs-core';
import { analyze } from '../core/analysis';
import { binnedDensity } from '../core/density';
import { targetDistribution } from '../core/distributions';
import { binCenters, CHART_GRID, Z_CELLS } from '../core/grid';
import { noiseQuantileEdges } from '../core/noise';
import type { BackendName } from '../core/protocol';
import type { RunCheck as Check } from '../core/lessonClaims';
import type { Settings } from '../core/settings';
import { buildBatchedGan } from '../engine/batchedGan';
import { createTfGan } from '../engine/tfGan';

export interface SeedRun {
  seed: number;
  checks: Check[];
  /** Training time per 1000 steps of this model (a batch's time shared by its models). */
  msPer1000: number;
}

export interface SeedRunOptions {
  steps: number;
  checkEvery: number;
  backend: BackendName;
  /** At most this many models in one batch (batched engine). */
  models: number;
  engine: 'batched' | 'single';
  /** Called after each batch of seeds, with how many seeds it trained. */
  onProgress?: (seeds: number) => void;
}

/** JS, W1 and the per-mode shares of G's pushforward. */
function checker(settings: Settings) {
  const target = targetDistribution(settings);
  const pData = binnedDensity(target, CHART_GRID);
  return (step: number, g: Float32Array, d: Float32Array): Check => {
    if (!g.every(Number.isFinite)) return { step, js: NaN, w1: NaN, modeShares: [], diverged: true };
    const a = analyze({ target, gAtZEdges: g, dAtCenters: d, grid: CHART_GRID, pData });
    return { step, js: a.js, w1: a.w1, modeShares: (a.modes ?? []).map((m) => m.mass / m.weight), diverged: false };
  };
}

/** Once diverged, every later check says so (the app's run stops at the first). */
const diverged = (step: number): Check => ({ step, js: NaN, w1: NaN, modeShares: [], diverged: true });

async function trainOneSeed(settings: Settings, options: SeedRunOptions): Promise<SeedRun> {
  const zEdges = noiseQuantileEdges(settings.noise, Z_CELLS);
  const xCenters = Float32Array.from(binCenters(CHART_GRID));
  const check = checker(settings);
  const gan = await createTfGan(options.backend, settings);
  const checks: Check[] = [];
  let trainMs = 0;
  try {
    for (let step = options.checkEvery; step <= options.steps; step += options.checkEvery) {
      if (checks.at(-1)?.diverged) {
        checks.push(diverged(step));
        continue;
      }
      const t0 = performance.now();
      gan.trainSteps(options.checkEvery);
      const losses = await gan.losses(); // waits for the queued steps, so the time is the training's
      trainMs += performance.now() - t0;
      const { g, d } = await gan.evaluate(zEdges, xCenters);
      const c = check(step, g, d);
      checks.push(Number.isFinite(losses.lossD) && Number.isFinite(losses.lossG) ? c : diverged(step));
    }
  } finally {
    gan.dispose();
  }
  return { seed: settings.seed, checks, msPer1000: (1000 * trainMs) / options.steps };
}

/** The seeds trained together on the batched engine: model i is the single run with seeds[i]. */
async function trainSeedBatch(settings: Settings, seeds: number[], options: SeedRunOptions): Promise<SeedRun[]> {
  const zEdges = noiseQuantileEdges(settings.noise, Z_CELLS);
  const noD = new Float32Array(CHART_GRID.bins);
  const check = checker(settings);
  const gan = buildBatchedGan(options.backend, settings, seeds);
  const checks: Check[][] = seeds.map(() => []);
  let trainMs = 0;
  try {
    for (let step = options.checkEvery; step <= options.steps; step += options.checkEvery) {
      const t0 = performance.now();
      gan.trainSteps(options.checkEvery);
      // The read-back waits for the queued steps (on WASM and CPU they have run already).
      const gs = await gan.generators(zEdges);
      trainMs += performance.now() - t0;
      gs.forEach((g, i) => checks[i].push(checks[i].at(-1)?.diverged ? diverged(step) : check(step, g, noD)));
    }
  } finally {
    gan.dispose();
  }
  return seeds.map((seed, i) => ({
    seed,
    checks: checks[i],
    msPer1000: (1000 * trainMs) / options.steps / seeds.length,
  }));
}

/** The given seeds of one setup, in batches of at most `models` (one by one on the single engine). */
export async function trainSeeds(
  base: Settings,
  seeds: readonly number[],
  options: SeedRunOptions,
): Promise<SeedRun[]> {
  const runs: SeedRun[] = [];
  const batched = options.engine === 'batched' && !base.optimalD;
  const size = batched ? Math.max(1, options.models) : 1;
  for (let from = 0; from < seeds.length; from += size) {
    const part = seeds.slice(from, from + size);
    const tensors = tf.memory().numTensors;
    if (batched) runs.push(...(await trainSeedBatch(base, part, options)));
    else runs.push(await trainOneSeed({ ...base, seed: part[0] }, options));
    if (tf.memory().numTensors !== tensors) throw new Error(`leak: ${tf.memory().numTensors - tensors} tensors`);
    options.onProgress?.(part.length);
  }
  return runs;
}
