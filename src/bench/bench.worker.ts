// The benchmark's worker: every variant runs here, in one module worker, interleaved round-robin
// (3 rounds; the page reports medians), the way the app trains (in a worker, many steps per call).
import * as tf from '@tensorflow/tfjs-core';
import { configureWasm } from '../engine/backends';
import { createTfGan } from '../engine/tfGan';
import { ReferenceGan } from '../engine/referenceGan';
import { DEFAULT_SETTINGS, type Settings } from '../engine/settings';
import { createRng } from '../engine/random';
import { discriminatorSpec, generatorSpec, initialParameters } from '../engine/network';
import { targetDistribution } from '../engine/distributions';
import { noiseQuantileEdges, sampleNoise } from '../engine/noise';
import { binCenters, CHART_GRID, Z_CELLS } from '../engine/grid';
import type { BackendName } from '../engine/protocol';
import { wasmFiles } from '../wasmAssets';
import type { BenchConfig, BenchFromWorker, EngineName, SnapshotMeasurement, TrainMeasurement } from './types';

configureWasm(wasmFiles(self.location.href));

const post = (m: BenchFromWorker) => (self as unknown as Worker).postMessage(m);
const log = (text: string) => post({ kind: 'progress', text });
const now = () => performance.now();
const errorText = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

/** What a benchmark needs from either engine; the tfjs one syncs only in losses() and evaluate(). */
interface BenchGan {
  trainSteps(n: number): void;
  losses(): Promise<{ lossD: number; lossG: number }>;
  evaluate(zEdges: Float32Array, xCenters: Float32Array): Promise<{ g: Float32Array; d: Float32Array }>;
  dispose(): void;
}

/** The hand-written engine with the same seeding, target and noise as the tfjs engine. */
function referenceGan(settings: Settings): BenchGan {
  const rng = createRng(settings.seed);
  const gSpec = generatorSpec(settings), dSpec = discriminatorSpec(settings);
  const g = initialParameters(gSpec, rng), d = initialParameters(dSpec, rng);
  const target = targetDistribution(settings);
  const gan = new ReferenceGan(
    settings, g, d,
    (out) => { for (let i = 0; i < out.length; i++) out[i] = target.sample(rng); },
    (out) => sampleNoise(settings.noise, rng, out),
  );
  return {
    trainSteps: (n) => gan.trainSteps(n),
    losses: async () => gan.losses(),
    evaluate: async (z, x) => ({ g: gan.generate(z), d: gan.discriminate(x) }),
    dispose: () => {},
  };
}

async function makeGan(engine: EngineName, settings: Settings): Promise<BenchGan> {
  return engine === 'reference' ? referenceGan(settings) : createTfGan(engine as BackendName, settings);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function measureTraining(gan: BenchGan, cfg: BenchConfig): Promise<Omit<TrainMeasurement, 'engine' | 'batch' | 'round'>> {
  // Warm-up: WebGL compiles its shaders on the first steps; sync so that none of it is timed.
  const w0 = now();
  gan.trainSteps(cfg.warmupSteps);
  await gan.losses();
  const warmupMs = now() - w0;
  let steps = 0;
  const t0 = now();
  // Queue steps for ~trainMs, then sync once: a tfjs backend may still be running queued work, so the
  // time includes the final read-back (syncMs says how much of it was waiting for the queue).
  while (now() - t0 < cfg.trainMs) {
    gan.trainSteps(cfg.stepsPerCall);
    steps += cfg.stepsPerCall;
  }
  const s0 = now();
  const losses = await gan.losses();
  const end = now();
  const elapsed = end - t0;
  return { stepsPerSecond: (steps * 1000) / elapsed, steps, elapsedMs: elapsed, syncMs: end - s0, warmupMs, lossD: losses.lossD, lossG: losses.lossG };
}

async function measureSnapshot(gan: BenchGan, z: Float32Array, x: Float32Array, cfg: BenchConfig): Promise<number> {
  for (let i = 0; i < cfg.snapshotWarmup; i++) await gan.evaluate(z, x);
  const times: number[] = [];
  for (let i = 0; i < cfg.snapshotRepeats; i++) {
    const t0 = now();
    const { g, d } = await gan.evaluate(z, x);
    times.push(now() - t0);
    if (g.length !== z.length || d.length !== x.length) throw new Error(`evaluate returned ${g.length}/${d.length} values for ${z.length}/${x.length}`);
  }
  return median(times);
}

async function run(cfg: BenchConfig): Promise<void> {
  const zEdges = noiseQuantileEdges(DEFAULT_SETTINGS.noise, Z_CELLS);
  const xCenters = Float32Array.from(binCenters(CHART_GRID));
  const train: TrainMeasurement[] = [];
  const snapshots: SnapshotMeasurement[] = [];
  const failures: Partial<Record<EngineName, string>> = {};
  const leaks: string[] = [];

  for (let round = 0; round < cfg.rounds; round++) {
    for (const engine of cfg.engines) {
      if (failures[engine]) continue;
      for (const batch of cfg.batches) {
        const settings: Settings = { ...DEFAULT_SETTINGS, batchSize: batch };
        const tensorsBefore = tf.memory().numTensors;
        let gan: BenchGan;
        try {
          gan = await makeGan(engine, settings);
        } catch (e) {
          failures[engine] = errorText(e);
          log(`round ${round + 1}: ${engine} failed to start: ${failures[engine]}`);
          break;
        }
        try {
          const m = await measureTraining(gan, cfg);
          train.push({ engine, batch, round, ...m });
          log(`round ${round + 1}: ${engine} batch ${batch}: ${m.stepsPerSecond.toFixed(0)} steps/s (${m.steps} steps in ${m.elapsedMs.toFixed(0)} ms, final sync ${m.syncMs.toFixed(0)} ms, warm-up ${m.warmupMs.toFixed(0)} ms, lossD ${m.lossD.toFixed(3)})`);
          if (batch === cfg.batches[0]) {
            const ms = await measureSnapshot(gan, zEdges, xCenters, cfg);
            snapshots.push({ engine, round, ms });
            log(`round ${round + 1}: ${engine} snapshot (G on ${zEdges.length} z, D on ${xCenters.length} x, read back): ${ms.toFixed(2)} ms`);
          }
        } catch (e) {
          failures[engine] = `failed while running: ${errorText(e)}`;
          log(`round ${round + 1}: ${engine} ${failures[engine]}`);
        } finally {
          gan.dispose();
        }
        const tensorsAfter = tf.memory().numTensors;
        if (tensorsAfter !== tensorsBefore) leaks.push(`${engine} batch ${batch} round ${round + 1}: ${tensorsAfter - tensorsBefore} tensors left after dispose()`);
        if (failures[engine]) break;
      }
    }
  }
  post({ kind: 'done', train, snapshots, failures, leaks, zCount: zEdges.length, xCount: xCenters.length, hardwareConcurrency: navigator.hardwareConcurrency, userAgent: navigator.userAgent });
}

self.onmessage = (e: MessageEvent<BenchConfig>) => {
  run(e.data).catch((err) => post({ kind: 'error', message: errorText(err) }));
};
