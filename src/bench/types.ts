// Messages and results shared by the benchmark page, its worker and bench/run.mjs (which reads
// window.__benchResult).

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
  log: string[];
}
