// The benchmark's worker: every engine variant runs here, in one module worker, interleaved round-robin
// (3 rounds; the page reports medians), the way the app trains (in a worker, many steps per call);
// then the time to JS < threshold, measured on the app's own Trainer.
import * as tf from '@tensorflow/tfjs-core';
import { configureWasm } from '../engine/backends';
import { createTfGan } from '../engine/tfGan';
import { Trainer } from '../engine/trainer';
import { ReferenceGan } from './referenceGan';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import { createRng } from '../core/random';
import { discriminatorSpec, generatorSpec, initialParameters } from '../core/network';
import { targetDistribution } from '../core/distributions';
import { noiseQuantileEdges, sampleNoise } from '../core/noise';
import { binCenters, CHART_GRID, Z_CELLS } from '../core/grid';
import type { BackendName, Snapshot, WorkerStatus } from '../core/protocol';
import { wasmFiles } from '../worker/wasmAssets';
import { measureBatched } from './batchedBench';
import type {
  BenchConfig,
  BenchFromWorker,
  ConvergenceResult,
  ConvergenceRun,
  EngineName,
  SnapshotMeasurement,
  TrainMeasurement,
} from './types';

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
  const gSpec = generatorSpec(settings),
    dSpec = discriminatorSpec(settings);
  const g = initialParameters(gSpec, rng),
    d = initialParameters(dSpec, rng);
  const target = targetDistribution(settings);
  const gan = new ReferenceGan(
    settings,
    g,
    d,
    (out) => {
      for (let i = 0; i < out.length; i++) out[i] = target.sample(rng);
    },
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

/** Median where null means "more than the limit" (sorts last); null when the median itself is one. */
const medianOrNull = (xs: (number | null)[]): number | null => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => (a ?? Infinity) - (b ?? Infinity));
  const m = s.length >> 1;
  if (s.length % 2) return s[m];
  return s[m - 1] === null || s[m] === null ? null : (s[m - 1]! + s[m]!) / 2;
};

async function measureTraining(
  gan: BenchGan,
  cfg: BenchConfig,
): Promise<Omit<TrainMeasurement, 'engine' | 'batch' | 'round'>> {
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
  return {
    stepsPerSecond: (steps * 1000) / elapsed,
    steps,
    elapsedMs: elapsed,
    syncMs: end - s0,
    warmupMs,
    lossD: losses.lossD,
    lossG: losses.lossG,
  };
}

async function measureSnapshot(gan: BenchGan, z: Float32Array, x: Float32Array, cfg: BenchConfig): Promise<number> {
  for (let i = 0; i < cfg.snapshotWarmup; i++) await gan.evaluate(z, x);
  const times: number[] = [];
  for (let i = 0; i < cfg.snapshotRepeats; i++) {
    const t0 = now();
    const { g, d } = await gan.evaluate(z, x);
    times.push(now() - t0);
    if (g.length !== z.length || d.length !== x.length)
      throw new Error(`evaluate returned ${g.length}/${d.length} values for ${z.length}/${x.length}`);
  }
  return median(times);
}

const TF_ENGINES: readonly EngineName[] = ['webgl', 'wasm', 'cpu'];

/**
 * The backend the time-to-JS runs use: pinned by the config, or else the tfjs backend with the highest
 * median steps/s at the default batch size in the runs above (what the app's 'auto' probe looks for,
 * measured here more carefully).
 */
function convergenceBackend(
  cfg: BenchConfig,
  train: TrainMeasurement[],
  failures: Partial<Record<EngineName, string>>,
): { backend: EngineName | null; reason: string } {
  if (cfg.convergenceBackend)
    return { backend: cfg.convergenceBackend, reason: 'pinned by the config (?convergenceBackend=)' };
  const batch = DEFAULT_SETTINGS.batchSize;
  const rates = TF_ENGINES.filter((e) => cfg.engines.includes(e) && !failures[e]).map((engine) => {
    const runs = train.filter((t) => t.engine === engine && t.batch === batch).map((t) => t.stepsPerSecond);
    return { engine, stepsPerSecond: runs.length ? median(runs) : null };
  });
  const listed = rates
    .map((r) => `${r.engine} ${r.stepsPerSecond === null ? '–' : r.stepsPerSecond.toFixed(0)}`)
    .join(', ');
  const measured = rates.filter((r) => r.stepsPerSecond !== null).sort((a, b) => b.stepsPerSecond! - a.stepsPerSecond!);
  if (measured.length === 0)
    return { backend: null, reason: `no tfjs backend was measured at batch ${batch}${listed ? ` (${listed})` : ''}` };
  return {
    backend: measured[0].engine,
    reason: `fastest tfjs backend by median steps/s at batch ${batch} in this benchmark's runs (${listed})`,
  };
}

/** A seed's record before its first snapshot. */
function emptyRun(seed: number): ConvergenceRun {
  return {
    seed,
    reached: false,
    seconds: null,
    steps: null,
    elapsedSeconds: 0,
    totalSteps: 0,
    snapshots: 0,
    stepsPerSecond: null,
    initialJs: NaN,
    minJs: Infinity,
    minJsStep: 0,
    finalJs: NaN,
    initMs: NaN,
  };
}

/** Folds one snapshot taken after play() into the run's record. */
function recordSnapshot(run: ConvergenceRun, snapshot: Snapshot, elapsedSeconds: number, rates: number[]): void {
  const js = snapshot.analysis.js;
  run.snapshots++;
  run.totalSteps = snapshot.step;
  run.elapsedSeconds = elapsedSeconds;
  run.finalJs = js;
  if (js < run.minJs) {
    run.minJs = js;
    run.minJsStep = snapshot.step;
  }
  // The Trainer reports 0 until its first rate window (~0.5 s) has closed.
  if (snapshot.stepsPerSecond > 0) rates.push(snapshot.stepsPerSecond);
}

/** A stuck Trainer (no snapshot, no status) ends the seed this long after maxSeconds. */
const STALL_GRACE_SECONDS = 30;

/**
 * One seed of the default setup, trained by the app's own Trainer pinned to `backend` (its chunk
 * sizing, its throttled snapshots and their analysis): plays until the first snapshot with JS below
 * the threshold, or the first snapshot at or after maxSeconds of wall clock from play().
 */
async function convergeOneSeed(backend: BackendName, seed: number, cfg: BenchConfig): Promise<ConvergenceRun> {
  const run = emptyRun(seed);
  const rates: number[] = [];
  // Only `backend` in the list: should the pinned start fail, the Trainer cannot fall back to another.
  const trainer = new Trainer({ backends: [backend] });
  let playedAt: number | null = null;
  let stopped = false;
  let finish!: () => void;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  const stop = (error?: string) => {
    if (stopped) return;
    stopped = true;
    if (error) run.error = error;
    trainer.pause();
    finish();
  };
  let nextLog = 5;
  const onSnapshot = (snapshot: Snapshot) => {
    if (stopped) return; // e.g. the one pause() posts
    if (playedAt === null) {
      run.initialJs = snapshot.analysis.js; // init()'s step-0 snapshot
      return;
    }
    const elapsed = (now() - playedAt) / 1000;
    recordSnapshot(run, snapshot, elapsed, rates);
    const js = snapshot.analysis.js;
    if (!Number.isFinite(js)) stop(`JS is ${js} at step ${snapshot.step}`);
    else if (js < cfg.convergenceThreshold) {
      run.reached = true;
      run.seconds = elapsed;
      run.steps = snapshot.step;
      stop();
    } else if (elapsed >= cfg.convergenceMaxSeconds) stop();
    else if (elapsed >= nextLog) {
      log(
        `time to JS: seed ${seed}: ${elapsed.toFixed(1)} s, step ${snapshot.step}, JS ${js.toFixed(4)} (min ${run.minJs.toFixed(4)} at step ${run.minJsStep}), ${snapshot.stepsPerSecond.toFixed(0)} steps/s`,
      );
      nextLog += 5;
    }
  };
  const onStatus = (status: WorkerStatus) => {
    if (status.kind === 'diverged' || status.kind === 'error') stop(`the Trainer reported '${status.kind}'`);
  };
  const stall = setTimeout(
    () => stop(`no snapshot ended the run within ${cfg.convergenceMaxSeconds + STALL_GRACE_SECONDS} s`),
    (cfg.convergenceMaxSeconds + STALL_GRACE_SECONDS) * 1000,
  );
  try {
    const i0 = now();
    await trainer.init({ ...DEFAULT_SETTINGS, seed, backend }, onSnapshot, onStatus);
    run.initMs = now() - i0;
    if (!stopped) {
      playedAt = now();
      trainer.play();
    }
    await finished;
  } catch (e) {
    run.error = errorText(e);
  } finally {
    clearTimeout(stall);
    await trainer.dispose();
  }
  run.stepsPerSecond = rates.length ? median(rates) : null;
  return run;
}

async function measureConvergence(
  cfg: BenchConfig,
  train: TrainMeasurement[],
  failures: Partial<Record<EngineName, string>>,
  leaks: string[],
): Promise<ConvergenceResult | null> {
  if (cfg.convergenceSeeds <= 0) return null;
  const { backend, reason } = convergenceBackend(cfg, train, failures);
  const result: ConvergenceResult = {
    backend,
    backendReason: reason,
    threshold: cfg.convergenceThreshold,
    maxSeconds: cfg.convergenceMaxSeconds,
    runs: [],
    medianSeconds: null,
    medianSteps: null,
  };
  if (backend === null || backend === 'reference') {
    result.error = backend === 'reference' ? 'the reference engine is not what the app trains with' : reason;
    log(`time to JS: skipped: ${result.error}`);
    return result;
  }
  log(
    `time to JS < ${cfg.convergenceThreshold}: the app's Trainer on ${backend} (${reason}), up to ${cfg.convergenceMaxSeconds} s per seed`,
  );
  for (let i = 0; i < cfg.convergenceSeeds; i++) {
    const seed = DEFAULT_SETTINGS.seed + i;
    const tensorsBefore = tf.memory().numTensors;
    const run = await convergeOneSeed(backend, seed, cfg);
    result.runs.push(run);
    const tensorsAfter = tf.memory().numTensors;
    if (tensorsAfter !== tensorsBefore)
      leaks.push(`time-to-JS seed ${seed}: ${tensorsAfter - tensorsBefore} tensors left after Trainer.dispose()`);
    log(
      `time to JS: seed ${seed}: ${run.reached ? `JS ${run.finalJs.toFixed(4)} < ${cfg.convergenceThreshold} after ${run.seconds!.toFixed(2)} s, ${run.steps} steps` : `not reached in ${run.elapsedSeconds.toFixed(1)} s (${run.totalSteps} steps): final JS ${run.finalJs.toFixed(4)}, min ${run.minJs.toFixed(4)} at step ${run.minJsStep}`} (${run.snapshots} snapshots, Trainer's steps/s ${run.stepsPerSecond?.toFixed(0) ?? '–'}, initial JS ${run.initialJs.toFixed(3)}, init ${run.initMs.toFixed(0)} ms)${run.error ? `; ${run.error}` : ''}`,
    );
  }
  result.medianSeconds = medianOrNull(result.runs.map((r) => r.seconds));
  result.medianSteps = medianOrNull(result.runs.map((r) => r.steps));
  return result;
}

async function run(cfg: BenchConfig): Promise<void> {
  const zEdges = noiseQuantileEdges(DEFAULT_SETTINGS.noise, Z_CELLS);
  const xCenters = Float32Array.from(binCenters(CHART_GRID));
  const train: TrainMeasurement[] = [];
  const snapshots: SnapshotMeasurement[] = [];
  const failures: Partial<Record<EngineName, string>> = {};
  const leaks: string[] = [];

  for (let round = 0; round < (cfg.engineTimings ? cfg.rounds : 0); round++) {
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
          log(
            `round ${round + 1}: ${engine} batch ${batch}: ${m.stepsPerSecond.toFixed(0)} steps/s (${m.steps} steps in ${m.elapsedMs.toFixed(0)} ms, final sync ${m.syncMs.toFixed(0)} ms, warm-up ${m.warmupMs.toFixed(0)} ms, lossD ${m.lossD.toFixed(3)})`,
          );
          if (batch === cfg.batches[0]) {
            const ms = await measureSnapshot(gan, zEdges, xCenters, cfg);
            snapshots.push({ engine, round, ms });
            log(
              `round ${round + 1}: ${engine} snapshot (G on ${zEdges.length} z, D on ${xCenters.length} x, read back): ${ms.toFixed(2)} ms`,
            );
          }
        } catch (e) {
          failures[engine] = `failed while running: ${errorText(e)}`;
          log(`round ${round + 1}: ${engine} ${failures[engine]}`);
        } finally {
          gan.dispose();
        }
        const tensorsAfter = tf.memory().numTensors;
        if (tensorsAfter !== tensorsBefore)
          leaks.push(
            `${engine} batch ${batch} round ${round + 1}: ${tensorsAfter - tensorsBefore} tensors left after dispose()`,
          );
        if (failures[engine]) break;
      }
    }
  }
  let convergence: ConvergenceResult | null;
  try {
    convergence = await measureConvergence(cfg, train, failures, leaks);
  } catch (e) {
    log(`time to JS: failed: ${errorText(e)}`);
    convergence = {
      backend: null,
      backendReason: '',
      threshold: cfg.convergenceThreshold,
      maxSeconds: cfg.convergenceMaxSeconds,
      runs: [],
      medianSeconds: null,
      medianSteps: null,
      error: errorText(e),
    };
  }
  const batched = await measureBatched(cfg, log, leaks);
  post({
    kind: 'done',
    batched: batched.measurements,
    batchedFailures: batched.failures,
    train,
    snapshots,
    failures,
    leaks,
    zCount: zEdges.length,
    xCount: xCenters.length,
    hardwareConcurrency: navigator.hardwareConcurrency,
    userAgent: navigator.userAgent,
    convergence,
    defaults: DEFAULT_SETTINGS,
  });
}

self.onmessage = (e: MessageEvent<BenchConfig>) => {
  run(e.data).catch((err) => post({ kind: 'error', message: errorText(err) }));
};
