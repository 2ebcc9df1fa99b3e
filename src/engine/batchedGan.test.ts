// The batched engine: model i of a batch is the single run with seed i (same numbers), the models are
// independent, nothing leaks, and the optimal-D mode is refused.
import { describe, expect, test } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { buildBatchedGan } from './batchedGan';
import { buildTfGan } from './tfGan';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import { binCenters, CHART_GRID, Z_CELLS } from '../core/grid';
import { noiseQuantileEdges } from '../core/noise';

const STEPS = 200;
const TOLERANCE = 1e-5;
const SEEDS = [1, 2, 3];

function maxAbsDiff(a: Float32Array, b: Float32Array): number {
  expect(a.length).toBe(b.length);
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

const small: Partial<Settings> = { batchSize: 32 };

/** The setups B can change, each one the batch must replay exactly. */
const SETUPS: Record<string, Partial<Settings>> = {
  'defaults (batch 128)': {},
  'R1 γ 1 without EMA': { ...small, r1Gamma: 1, emaDecay: 0 },
  'WGAN-GP': { ...small, objective: 'wgan-gp' },
  'WGAN with k = 2': { ...small, objective: 'wgan', kD: 2 },
  'hinge with annealed instance noise 0.3': {
    ...small,
    objective: 'hinge',
    instanceNoise: 0.3,
    instanceNoiseSchedule: 'annealed',
  },
  'LSGAN, SGD, tanh': { ...small, objective: 'lsgan', optimizer: 'sgd', gActivation: 'tanh', dActivation: 'tanh' },
  'minimax G loss, uniform noise': { ...small, generatorLoss: 'minimax', noise: 'uniform' },
  'G 8 wide, D 24 wide and 3 deep': { ...small, gHidden: 8, dHidden: 24, dDepth: 3, gDepth: 3, lrD: 0.002 },
};

describe('the batched engine', async () => {
  await tf.setBackend('cpu');
  const xCenters = Float32Array.from(binCenters(CHART_GRID));

  for (const [name, overrides] of Object.entries(SETUPS)) {
    test(`model i equals the single run with seed i after ${STEPS} steps: ${name}`, async () => {
      const settings: Settings = { ...DEFAULT_SETTINGS, ...overrides };
      const zEdges = noiseQuantileEdges(settings.noise, Z_CELLS);
      const batch = buildBatchedGan('cpu', settings, SEEDS);
      batch.trainSteps(STEPS / 2);
      batch.trainSteps(STEPS / 2);
      const params = await batch.parameters();
      const gens = await batch.generators(zEdges);
      batch.dispose();
      expect(params).toHaveLength(SEEDS.length);
      expect(gens).toHaveLength(SEEDS.length);
      for (const [i, seed] of SEEDS.entries()) {
        const single = buildTfGan('cpu', { ...settings, seed });
        single.trainSteps(STEPS);
        const want = await single.parameters();
        const { g } = await single.evaluate(zEdges, xCenters);
        single.dispose();
        expect(maxAbsDiff(params[i].g, want.g), `G of seed ${seed}`).toBeLessThanOrEqual(TOLERANCE);
        expect(maxAbsDiff(params[i].d, want.d), `D of seed ${seed}`).toBeLessThanOrEqual(TOLERANCE);
        expect(params[i].gEma === undefined).toBe(want.gEma === undefined);
        if (want.gEma) expect(maxAbsDiff(params[i].gEma!, want.gEma)).toBeLessThanOrEqual(TOLERANCE);
        expect(maxAbsDiff(gens[i], g), `G(z) of seed ${seed}`).toBeLessThanOrEqual(TOLERANCE);
      }
      // The runs did train, and differ by seed: the comparison above is not between untouched weights.
      expect(maxAbsDiff(params[0].g, params[1].g)).toBeGreaterThan(1e-3);
    });
  }

  test('the models are independent: another seed in one slot leaves the others as they were', async () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, ...small, r1Gamma: 1, instanceNoise: 0.2 };
    const run = async (seeds: number[]) => {
      const batch = buildBatchedGan('cpu', settings, seeds);
      batch.trainSteps(50);
      const p = await batch.parameters();
      batch.dispose();
      return p;
    };
    const [a, b] = [await run([4, 5, 6]), await run([4, 99, 6])];
    expect(b[0]).toEqual(a[0]);
    expect(b[2]).toEqual(a[2]);
    expect(maxAbsDiff(a[1].g, b[1].g)).toBeGreaterThan(1e-3);
  });

  test('generators() shows the averaged G while EMA is on, the trained G while it is off', async () => {
    const zEdges = noiseQuantileEdges('normal', Z_CELLS);
    const read = async (emaDecay: number) => {
      const batch = buildBatchedGan('cpu', { ...DEFAULT_SETTINGS, ...small, emaDecay }, [8, 9]);
      batch.trainSteps(30);
      const [gens, params] = [await batch.generators(zEdges), await batch.parameters()];
      batch.dispose();
      return { gens, params };
    };
    const on = await read(0.9),
      off = await read(0);
    expect(on.params[0].gEma).toBeDefined();
    expect(off.params[0].gEma).toBeUndefined();
    // The same training (EMA does not feed back), so G's weights agree; what is shown does not.
    expect(maxAbsDiff(on.params[0].g, off.params[0].g)).toBe(0);
    expect(maxAbsDiff(on.gens[0], off.gens[0])).toBeGreaterThan(1e-4);
  });

  test('no tensor leaks over thousands of model-steps (4 models, 1,000 steps, with read-backs)', async () => {
    const zEdges = noiseQuantileEdges('normal', Z_CELLS);
    const before = tf.memory().numTensors;
    // Every optional path at once: the objective's penalty, R1, instance noise, EMA.
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      batchSize: 16,
      objective: 'wgan-gp',
      r1Gamma: 1,
      instanceNoise: 0.3,
      emaDecay: 0.99,
    };
    const batch = buildBatchedGan('cpu', settings, [1, 2, 3, 4]);
    batch.trainSteps(100);
    await batch.generators(zEdges);
    const count = tf.memory().numTensors;
    for (let chunk = 1; chunk < 10; chunk++) {
      batch.trainSteps(100);
      await batch.generators(zEdges);
      await batch.parameters();
      expect(tf.memory().numTensors).toBe(count);
    }
    batch.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  test('the optimal-D mode is refused (a RangeError), and so is an empty batch', () => {
    const before = tf.memory().numTensors;
    expect(() => buildBatchedGan('cpu', { ...DEFAULT_SETTINGS, optimalD: true }, [1, 2])).toThrow(RangeError);
    expect(() => buildBatchedGan('cpu', DEFAULT_SETTINGS, [])).toThrow(RangeError);
    expect(tf.memory().numTensors).toBe(before);
  });
});
