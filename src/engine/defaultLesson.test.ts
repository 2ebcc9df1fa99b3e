// The default lesson converges: a short deterministic run of the app's engine on the default target
// (N(1.5, 0.6²), default settings) brings the exact JS below 0.01 nats. The convergence benchmark
// (npm run bench:convergence) measures this over many seeds; this pins one seed so a regression shows.
import { expect, test } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { analyze } from '../core/analysis';
import { binCenters, CHART_GRID, Z_CELLS } from '../core/grid';
import { noiseQuantileEdges } from '../core/noise';
import { targetDistribution } from '../core/distributions';
import { DEFAULT_SETTINGS } from '../core/settings';
import { createTfGan } from './tfGan';

test('the default target: exact JS falls from > 0.3 to < 0.01 nats within 2,000 steps (seed 1)', async () => {
  await tf.setBackend('cpu');
  const settings = { ...DEFAULT_SETTINGS, seed: 1 };
  const gan = await createTfGan('cpu', settings);
  const zEdges = noiseQuantileEdges(settings.noise, Z_CELLS);
  const xCenters = Float32Array.from(binCenters(CHART_GRID));
  const jsNow = async () => {
    const { g, d } = await gan.evaluate(zEdges, xCenters);
    return analyze({ target: targetDistribution(settings), gAtZEdges: g, dAtCenters: d, grid: CHART_GRID }).js;
  };
  try {
    const js: number[] = [await jsNow()];
    for (let step = 250; step <= 2000; step += 250) {
      gan.trainSteps(250);
      js.push(await jsNow());
    }
    console.log(`default lesson, seed 1: JS every 250 steps ${js.map((v) => v.toFixed(4)).join(' ')}`);
    expect(js[0]).toBeGreaterThan(0.3);
    expect(Math.min(...js.slice(1))).toBeLessThan(0.01);
    expect(js.at(-1)!).toBeLessThan(0.02);
  } finally {
    gan.dispose();
  }
}, 120_000);
