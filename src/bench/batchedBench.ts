// The benchmark's batched section (in the bench worker): on each tfjs backend, one GAN (the single
// TfGan) and N GANs trained as one (batchedGan.ts) for N in cfg.batchedModels, each for a fixed time at
// the default batch size, interleaved round-robin like the engine timings. Reports model-steps/s (steps/s
// of the batch × N) and, on the page, its ratio to one GAN's steps/s on the same backend.
import * as tf from '@tensorflow/tfjs-core';
import { initBackend } from '../engine/backends';
import { createTfGan } from '../engine/tfGan';
import { buildBatchedGan } from '../engine/batchedGan';
import { DEFAULT_SETTINGS } from '../core/settings';
import { noiseQuantileEdges } from '../core/noise';
import { Z_CELLS } from '../core/grid';
import type { BackendName } from '../core/protocol';
import type { BatchedMeasurement, BenchConfig, EngineName } from './types';

const now = () => performance.now();
const errorText = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

/** What timing needs of either engine: queue steps, then wait until they have run. */
interface Timed {
  trainSteps(n: number): void;
  sync(): Promise<unknown>;
  dispose(): void;
}

async function build(backend: BackendName, models: number): Promise<Timed> {
  // models 0: the single engine (one GAN, seed DEFAULT_SETTINGS.seed), the baseline of the ratio.
  if (models === 0) {
    const gan = await createTfGan(backend, DEFAULT_SETTINGS);
    return { trainSteps: (n) => gan.trainSteps(n), sync: () => gan.losses(), dispose: () => gan.dispose() };
  }
  await initBackend(backend);
  const seeds = Array.from({ length: models }, (_, i) => i + 1);
  const gan = buildBatchedGan(backend, DEFAULT_SETTINGS, seeds);
  const z = noiseQuantileEdges(DEFAULT_SETTINGS.noise, Z_CELLS);
  return { trainSteps: (n) => gan.trainSteps(n), sync: () => gan.generators(z), dispose: () => gan.dispose() };
}

/** Warm-up (WebGL compiles shaders), then steps queued for ~cfg.trainMs and one sync at the end. */
async function time(gan: Timed, cfg: BenchConfig) {
  const w0 = now();
  gan.trainSteps(cfg.warmupSteps);
  await gan.sync();
  const warmupMs = now() - w0;
  let steps = 0;
  const t0 = now();
  while (now() - t0 < cfg.trainMs) {
    gan.trainSteps(cfg.stepsPerCall);
    steps += cfg.stepsPerCall;
  }
  await gan.sync();
  return { stepsPerSecond: (steps * 1000) / (now() - t0), warmupMs };
}

const TF_BACKENDS: readonly BackendName[] = ['webgl', 'wasm', 'cpu'];

/** Every tfjs backend of cfg.engines × (one GAN, then each N), cfg.rounds times. */
export async function measureBatched(cfg: BenchConfig, log: (text: string) => void, leaks: string[]) {
  const measurements: BatchedMeasurement[] = [];
  const failures: Partial<Record<EngineName, string>> = {};
  const backends = TF_BACKENDS.filter((b) => cfg.engines.includes(b));
  if (cfg.batchedModels.length === 0) return { measurements, failures };
  log(`batched: one GAN and N = ${cfg.batchedModels.join(', ')} trained as one, batch ${DEFAULT_SETTINGS.batchSize}`);
  for (let round = 0; round < cfg.rounds; round++) {
    for (const backend of backends) {
      for (const models of [0, ...cfg.batchedModels]) {
        if (failures[backend]) break;
        const tensorsBefore = tf.memory().numTensors;
        let gan: Timed | null = null;
        try {
          gan = await build(backend, models);
          const { stepsPerSecond, warmupMs } = await time(gan, cfg);
          const n = Math.max(1, models);
          measurements.push({ engine: backend, models, round, modelStepsPerSecond: stepsPerSecond * n, warmupMs });
          log(
            `round ${round + 1}: batched ${backend} ${models === 0 ? 'one GAN (single engine)' : `N = ${models}`}: ${(stepsPerSecond * n).toFixed(0)} model-steps/s (${stepsPerSecond.toFixed(0)} steps/s, warm-up ${warmupMs.toFixed(0)} ms)`,
          );
        } catch (e) {
          failures[backend] = errorText(e);
          log(`round ${round + 1}: batched ${backend} N = ${models} failed: ${failures[backend]}`);
        } finally {
          gan?.dispose();
        }
        const tensorsAfter = tf.memory().numTensors;
        if (tensorsAfter !== tensorsBefore)
          leaks.push(`batched ${backend} N = ${models}: ${tensorsAfter - tensorsBefore} tensors left after dispose()`);
      }
    }
  }
  return { measurements, failures };
}
