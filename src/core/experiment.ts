// Experiments: the same setup trained on many seeds at once, setup A against variant B (A with a few
// training settings overridden). The types the experiment worker and the page share, and the few facts
// both sides must agree on (the threshold, the check interval). Pure TypeScript: no DOM, no tfjs.
import type { BackendName } from './protocol';
import type { TrainingSettings } from './settings';

/** The two arms of an experiment: A is the current setup, B is A with its overrides. */
export type Arm = 'a' | 'b';
export const ARMS: readonly Arm[] = ['a', 'b'];

/** "Converged" means JS(p_data‖p_model) below this, in nats (the README's convergence table uses it too). */
export const JS_THRESHOLD = 0.01;
/** Every model's exact JS (and per-mode mass) is read every this many steps: the history's resolution. */
export const EXPERIMENT_CHECK_EVERY = 100;
/** Bins of the coarse p_model each seed's small chart draws (CHART_GRID's range, fewer bins). */
export const SMALL_CHART_BINS = 100;

/**
 * What became of one seed at the latest check: JS below the threshold ('converged'), not yet but every
 * mode of a mixture held ('held'), some mode below a third of its weight ('collapsed'), NaN/Inf
 * ('diverged'), or none of these yet ('open': still circling or on its way).
 */
export type SeedOutcome = 'converged' | 'held' | 'collapsed' | 'diverged' | 'open';

/** One seed of one arm, as the latest check found it. */
export interface SeedReading {
  seed: number;
  outcome: SeedOutcome;
  /** JS at the latest check (NaN once diverged). */
  js: number;
  /** The first checked step with JS < JS_THRESHOLD, or null. */
  reachedAt: number | null;
  /** p_model's mass in each mode / the mode's target weight (mixtures of ≥ 2 modes; else empty). */
  modeShares: number[];
  /** Every mode holds ≥ a third of its weight now (null: one mode, or a uniform / drawn target). */
  modesHeld: boolean | null;
  /** p_model on SMALL_CHART_BINS bins over CHART_GRID's range (density, integrates to ≤ 1). */
  density: Float32Array;
  /** JS at every check so far (index i: step (i + 1)·EXPERIMENT_CHECK_EVERY). */
  jsHistory: Float32Array;
}

/** One arm's settings (A's or B's, seed aside) and its seeds' readings, seed i at index i − 1. */
export interface ArmReading {
  settings: TrainingSettings;
  seeds: SeedReading[];
}

/** What the experiment worker sends the page, at most ~10 times a second while it trains. */
export interface ExperimentSnapshot {
  /** Training steps every model has taken (all models of both arms move together). */
  step: number;
  /** The step it stops at. */
  steps: number;
  running: boolean;
  /** Model-steps per second, all models of both arms together (0 while paused). */
  rate: number;
  backend: BackendName | null;
  a: ArmReading;
  b: ArmReading;
  /** A problem that stopped it (it cannot start, or a backend failed); null when all is well. */
  error: string | null;
}

/** What the page asks the experiment worker to train: both arms, seeds 1..seeds, to `steps`. */
export interface ExperimentSetup {
  a: TrainingSettings;
  b: TrainingSettings;
  seeds: number;
  steps: number;
  /** The backend to train on ('auto': the fastest this worker can start). */
  backend: BackendName | 'auto';
}

/** The experiment worker's API (src/worker/experiment.worker.ts), through comlink. */
export interface ExperimentApi {
  /** Registers the snapshot callback; nothing trains yet. */
  init(onSnapshot: (s: ExperimentSnapshot) => void): Promise<void>;
  /** Builds both arms at step 0 (the previous ones are dropped: this is Reset too) and sends a snapshot. */
  configure(setup: ExperimentSetup): Promise<void>;
  /** Trains until `steps` or pause(); snapshots while it runs and one when it stops. */
  play(): Promise<void>;
  pause(): Promise<void>;
}
