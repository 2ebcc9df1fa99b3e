// Messages and results shared by the benchmark page, its worker and bench/run.mjs (which reads
// window.__benchResult).
import type { Settings } from '../core/settings';

export type EngineName = 'reference' | 'webgl' | 'wasm' | 'cpu';

export interface BenchConfig {
  engines: EngineName[];
  batches: number[];
  rounds: number;
  warmupSteps: number;
  trainMs: number;
  stepsPerCall: number;
  snapshotWarmup: number;
  snapshotRepeats: number;
  /** Time to JS < threshold: how many seeds (DEFAULT_SETTINGS.seed, +1, …; 0 skips it). */
  convergenceSeeds: number;
  /** Give up on a seed after this much wall clock, s. */
  convergenceMaxSeconds: number;
  /** JS threshold, nats. */
  convergenceThreshold: number;
  /** Pin the backend; otherwise the fastest tfjs backend at the default batch size from the steps/s runs. */
  convergenceBackend?: EngineName;
  /** The engine timings above (steps/s per engine and batch, snapshot cost); false with `--only batched`. */
  engineTimings: boolean;
  /** The batched section: N GANs trained as one on each tfjs backend, for each N here ([] skips it). */
  batchedModels: number[];
}

/** One timing of the batched section: models 0 is one GAN on the single engine (the ratio's baseline). */
export interface BatchedMeasurement {
  engine: EngineName;
  models: number;
  round: number;
  /** Steps/s of the batch × N (of the single engine: its steps/s). */
  modelStepsPerSecond: number;
  warmupMs: number;
}

/** The batched section on one backend: medians over rounds. */
export interface BatchedSummary {
  engine: EngineName;
  ok: boolean;
  error?: string;
  /** One GAN's steps/s on the single engine (TfGan). */
  singleStepsPerSecond: number | null;
  rows: {
    models: number;
    modelStepsPerSecond: number | null;
    runs: number[];
    /** modelStepsPerSecond / singleStepsPerSecond. */
    ratio: number | null;
  }[];
}

export interface TrainMeasurement {
  engine: EngineName;
  batch: number;
  round: number;
  stepsPerSecond: number;
  steps: number;
  elapsedMs: number;
  /** Time spent in the single sync at the end (waiting for queued GPU/async work). */
  syncMs: number;
  warmupMs: number;
  lossD: number;
  lossG: number;
}

export interface SnapshotMeasurement {
  engine: EngineName;
  round: number;
  /** Median over the repeats of one evaluate(): G on the z grid + D on the x grid, read back. */
  ms: number;
}

/** One seed of the default setup trained by the app's own Trainer, from play() to JS < threshold. */
export interface ConvergenceRun {
  seed: number;
  /** JS fell below the threshold at a snapshot. */
  reached: boolean;
  /** Wall clock from play() to that snapshot (the Trainer's training, snapshots and analysis), s; null if not reached. */
  seconds: number | null;
  /** The step of that snapshot; null if not reached. */
  steps: number | null;
  /** Wall clock from play() and step at the last snapshot seen (= seconds/steps when reached). */
  elapsedSeconds: number;
  totalSteps: number;
  /** Snapshots the Trainer posted after play(). */
  snapshots: number;
  /** Median of the steps/s the snapshots reported (the app's readout); null if none reported one yet. */
  stepsPerSecond: number | null;
  /** JS at init()'s step-0 snapshot, nats. */
  initialJs: number;
  minJs: number;
  minJsStep: number;
  /** JS at the last snapshot seen, nats. */
  finalJs: number;
  /** Trainer.init(): backend probe, network build and the step-0 snapshot; not part of `seconds`. */
  initMs: number;
  error?: string;
}

export interface ConvergenceResult {
  backend: EngineName | null;
  /** How the backend was chosen. */
  backendReason: string;
  threshold: number;
  maxSeconds: number;
  runs: ConvergenceRun[];
  /** Median of the per-seed seconds, a seed that never got there counting as > maxSeconds (null if the median is one). */
  medianSeconds: number | null;
  medianSteps: number | null;
  error?: string;
}

export type BenchFromWorker =
  | { kind: 'progress'; text: string }
  | { kind: 'error'; message: string }
  | {
      kind: 'done';
      train: TrainMeasurement[];
      snapshots: SnapshotMeasurement[];
      failures: Partial<Record<EngineName, string>>;
      leaks: string[];
      zCount: number;
      xCount: number;
      hardwareConcurrency: number;
      userAgent: string;
      convergence: ConvergenceResult | null;
      defaults: Settings;
      batched: BatchedMeasurement[];
      batchedFailures: Partial<Record<EngineName, string>>;
    };

export interface EngineSummary {
  engine: EngineName;
  ok: boolean;
  error?: string;
  /** Median steps/s per batch size (keys are batch sizes). */
  stepsPerSecond: Record<string, number | null>;
  /** All rounds' values, in round order. */
  stepsPerSecondRuns: Record<string, number[]>;
  /** Median WebGL-style warm-up (first steps incl. shader compilation) per batch size, ms. */
  warmupMs: Record<string, number | null>;
  snapshotMs: number | null;
  snapshotMsRuns: number[];
}

export interface BenchResult {
  ok: boolean;
  error?: string;
  config: BenchConfig;
  engines: EngineSummary[];
  zCount: number;
  xCount: number;
  leaks: string[];
  hardwareConcurrency: number;
  userAgent: string;
  convergence: ConvergenceResult | null;
  /** The batched section per tfjs backend (null: not measured). */
  batched: BatchedSummary[] | null;
  /** DEFAULT_SETTINGS as the bench worker has them (the table prints the network and optimizer from it). */
  defaults: Settings | null;
  log: string[];
}
