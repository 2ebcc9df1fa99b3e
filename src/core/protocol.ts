// The typed messages between the main thread and the training worker. They carry data only (codes,
// numbers, names): every word a user reads is written on the main thread (src/state/messages.ts).
import type { TrainingSettings } from './settings';
import type { Objective } from './objectives';
import type { WeightName, WeightsProblem } from './weightsFile';

export type BackendName = 'webgl' | 'wasm' | 'cpu';

/** Why a backend could not be used. `detail` is the platform's own error text, shown as it is. */
export type BackendFailure =
  /** WebGL in a worker needs OffscreenCanvas. */
  | { code: 'no-offscreen-canvas' }
  /** The page did not tell the worker where tfjs's .wasm binaries are. */
  | { code: 'wasm-not-configured' }
  /** tfjs could not start it (no WebGL context, a WASM compile error, …). */
  | { code: 'start-failed'; detail: string }
  /** It started but failed while training (a lost WebGL context, out of memory, …). */
  | { code: 'failed-in-training'; detail: string }
  /** The background measurement gave it `ms` to start, warm up and be timed, and it was slower to start. */
  | { code: 'probe-slow'; ms: number }
  /** Main thread only: the background measurement's worker died before it was measured. */
  | { code: 'probe-crashed'; detail: string };

/** What the worker found out about one backend when it started (or when it was pinned). */
export interface BackendProbe {
  name: BackendName;
  ok: boolean;
  /** Measured training steps per second at the current batch size; absent when not measured. */
  stepsPerSecond?: number;
  failure?: BackendFailure;
}

/**
 * When a probe's steps were timed, on the wall clock (Date.now, the same in the page and its workers):
 * the page discards a rate timed while training ran.
 */
export interface ProbeTiming {
  from: number;
  to: number;
}

export interface BackendReport {
  /** The backend that trains now. */
  active: BackendName;
  /** 'auto' when chosen by the app, 'pinned' when the user chose it, 'fallback' when the pin failed. */
  how: 'auto' | 'pinned' | 'fallback';
  /**
   * With 'auto' and 'fallback', what the choice rests on: 'start-order' = provisional, the first backend
   * of START_ORDER that started, not measured; 'memory' = the measurement remembered on this device;
   * 'measurement' = measured during this page load. Absent in older reports: 'measurement'.
   */
  chosenBy?: 'start-order' | 'memory' | 'measurement';
  /** With 'fallback': the backend the user pinned and why it failed. */
  pinned?: { name: BackendName; failure: BackendFailure };
  /** One per backend known: measured (with a rate), started (ok, no rate yet) or failed (with the reason). */
  probes: BackendProbe[];
  /** Set by the main thread: backends being measured in the background right now (the choice may change). */
  measuring?: BackendName[];
  /** Set by the main thread with `measuring`: the measurement waits while training runs (it never competes with it). */
  measurementPaused?: boolean;
  /** Set by the main thread: a faster backend measured after training began; the next run (Reset, New seed) starts on it. */
  next?: BackendName;
}

/** The order 'auto' tries backends in when nothing is measured: the quickest to start first. */
export const START_ORDER: readonly BackendName[] = ['wasm', 'cpu', 'webgl'];

/**
 * What the main thread knows about the backends' speeds on this device (measured in this page load or
 * remembered from an earlier one). With 'auto' the worker starts every new run on the first backend of
 * `order` that works, then tries the rest of START_ORDER.
 */
export interface BackendPlan {
  /** Best first: the working backends by measured speed. */
  order: BackendName[];
  /** The measurement itself, shown in the backend list (rates and failures). */
  probes: BackendProbe[];
  source: 'memory' | 'measurement';
}

/** Something went wrong in the worker; the page decides what to say. */
export type TrainerError =
  /** A backend failed mid-run; the run restarts at step 0 on another one. */
  | { code: 'backend-failed'; backend: BackendName | null; detail: string }
  /** A backend failed mid-run and no other one works. */
  | { code: 'no-backend-left'; backend: BackendName | null; detail: string; why: string }
  /** No backend could be started at all. */
  | { code: 'no-backend'; failures: { name: BackendName; failure: BackendFailure }[] }
  /** Any other error (a bug): its text. */
  | { code: 'internal'; detail: string }
  /** Main thread only: the worker crashed too often to be restarted automatically. */
  | { code: 'worker-crashing'; detail: string };

export interface KLValue {
  /** Value in nats computed with the floor ε where the reference density is 0 (see divergences.ts). */
  value: number;
  /** True when the reference density is 0 on bins holding ≥ INFINITE_MASS of the first density: shown as ∞. */
  infinite: boolean;
  /** True when the floor ε was used at all (the exact value on the grid is then ∞; `value` is a lower bound). */
  floored: boolean;
  /** Mass of the first density on bins where the second is 0. */
  missingMass: number;
}

/** The density/divergence picture at one moment, all on CHART_GRID. Densities are bin averages. */
export interface Analysis {
  /** The objective D plays and whether the D in play is the exact optimum (optimal-D mode). Absent: 'gan', false. */
  objective?: Objective;
  optimalD?: boolean;
  pData: Float64Array;
  pModel: Float64Array;
  /**
   * D at bin centres as the charts show it: D(x) = σ(logit) for the original GAN, the raw output a(x)
   * for the other objectives, centred (mean 0 under (p_data + p_model)/2) for a WGAN critic. In
   * optimal-D mode, the optimum itself.
   */
  d: Float64Array;
  /**
   * The best D for this G, shown the same way: D*(x) = p_data/(p_data+p_model) for the original GAN and
   * LSGAN, sign(p_data − p_model) for hinge, and for a critic the optimal critic f* (centred) times
   * `criticScale`. NaN where both densities are 0 (nothing is drawn there).
   */
  dStar: Float64Array;
  /** J(D*) by quadrature, from the optimal output (optimalDiscriminators.ts; for a critic the unscaled f*). */
  jdStar?: number;
  /** What J(D*) equals by its own formula: log 2 − JS (gan), ¼ − Δ/8 (lsgan), −W1 (critics), 2 − 2TV (hinge). */
  jdStarClosedForm?: number;
  /** For a critic: its largest slope on the grid where there is mass (its Lipschitz constant as seen); else NaN. */
  criticSlope?: number;
  /** For a critic: the scale that fits f* to it (least squares), by which `dStar` is multiplied; else 1. */
  criticScale?: number;
  klForward: KLValue;
  klReverse: KLValue;
  /** JS(p_data‖p_model) in nats, 0 ≤ JS ≤ log 2. */
  js: number;
  /** ∫ |D − D*| (p_data + p_model)/2 dx (for a critic, against the scaled f*). */
  dGap: number;
  /** J(D) of the objective at the current D, by quadrature against the exact densities (the J(D) ≥ J(D*) check). */
  lossDExpected: number;
  /** Mass of p_model that falls outside the grid's range. */
  escapedMass: number;
  /**
   * W1(p_data, p_model) = ∫ |F_data − F_model| dx on the grid (wasserstein1, docs/theory.md §5), in units
   * of x (not nats); p_model's escaped mass is not counted.
   */
  w1: number;
  /**
   * Per-mode mass (docs/theory.md §7.9): for each target component i, in order, its normalised weight
   * w_i and the share of p_model's mass it captures, ∫ r_i p_model dx. Empty unless the target is a
   * mixture of ≥ 2 Gaussians. analyze() always sets it; optional only so that hand-built Analysis
   * objects (test fakes) stay valid, and a missing value means empty.
   */
  modes?: { weight: number; mass: number }[];
}

export interface Snapshot {
  /** Increments on every Reset / New seed / rebuild so the main thread can drop stale history. */
  runId: number;
  step: number;
  analysis: Analysis;
  /** Density histogram of the latest batch of G(z) on CHART_GRID. */
  batchHistogram: Float64Array;
  /**
   * The z → x mapping view (docs/theory.md §7.10): G at 41 quantiles of p_z, every 100th of the 4,001
   * z-cell edges (§7.3; the two ends are the finite cuts), z[i] and x[i] = G(z[i]), z increasing.
   */
  zxMapping: { z: Float64Array; x: Float64Array };
  /** Batch losses of the latest step (J(D) over the last D update, J(G) of the G update). */
  lossD: number;
  lossG: number;
  /**
   * The two halves of lossD (docs/theory.md §4, §6.2), each the mean over its half of the batch, so that
   * lossD = ½(lossDReal + lossDFake): real samples (label y = 1), mean −log D(x), and generated ones
   * (y = 0), mean −log(1 − D(G(z))).
   */
  lossDReal: number;
  lossDFake: number;
  /**
   * What the latest training call updated: 'd' or 'g' after one player's update (Step D, Step G, slow
   * motion), 'both' after full steps. Absent in older snapshots: 'both'.
   */
  lastUpdate?: 'd' | 'g' | 'both';
  /** History points recorded since the previous snapshot (main side appends them). */
  history: HistoryPoint[];
  stepsPerSecond: number;
  running: boolean;
}

export interface HistoryPoint {
  step: number;
  js: number;
  klForward: number;
  klReverse: number;
  /** W1(p_data, p_model) in units of x (Analysis.w1). */
  w1: number;
  lossD: number;
  lossG: number;
}

export type WorkerStatus =
  /** 'worker' is the main thread's own state before the worker has said anything. */
  | { kind: 'starting'; phase: 'worker' }
  | { kind: 'starting'; phase: 'starting'; backend: BackendName }
  | { kind: 'ready'; backend: BackendReport }
  | { kind: 'diverged'; step: number; where: 'losses' | 'weights' }
  | { kind: 'error'; error: TrainerError };

/** The trained weights as tfjs model artifacts (src/core/weightsFile.ts): gan-weights.json's text, gan-weights.bin's bytes. */
export interface WeightsArtifacts {
  json: string;
  bin: ArrayBuffer;
}

/**
 * What loading weights did: which vectors were loaded, and what became of G's average (EMA): taken from
 * the file, restarted from the loaded G (the file has none), or off (EMA is off here). The optimizer
 * starts with fresh moments. On failure the run is untouched.
 */
export type WeightsImportResult =
  | { ok: true; loaded: WeightName[]; ema: 'loaded' | 'from-g' | 'off'; step: number }
  | { ok: false; problem: WeightsProblem };

/**
 * The worker's API, written once: the worker exposes its Trainer (src/engine/trainer.ts), the page's
 * connection (src/state/trainerConnection.ts) forwards every method through comlink without naming any,
 * and the unit tests' fake (src/state/testing/fakeTrainer.ts) implements it. Every method answers with a
 * promise; a callback argument runs on the caller's side; an ArrayBuffer argument, and the buffers of
 * what the worker sends (snapshots, weights), are handed over, not copied.
 */
export interface TrainerApi {
  /**
   * Starts a run: with 'auto', on the first backend of `plan` (or of START_ORDER without one) that
   * starts, without timing anything; reports 'ready' as soon as step 0 is drawn.
   */
  init(
    settings: TrainingSettings,
    onSnapshot: (s: Snapshot) => void,
    onStatus: (s: WorkerStatus) => void,
    plan: BackendPlan | null,
  ): Promise<void>;
  setSettings(settings: TrainingSettings): Promise<void>;
  play(): Promise<void>;
  pause(): Promise<void>;
  step(): Promise<void>;
  /** One update of D only or of G only (a G update counts as a step), then a snapshot. */
  stepPart(player: 'd' | 'g'): Promise<void>;
  /** Step 0 again; with 'auto', on the plan's best backend if that is not the one training now. */
  reset(settings: TrainingSettings): Promise<void>;
  /** A new measurement: used from the next run on (Reset, New seed, a new network) and when a backend fails. */
  setPlan(plan: BackendPlan): Promise<void>;
  /**
   * Probe-only: on each backend in turn, starts it, warms it up and times a few training steps of
   * `settings`, all within `budgetMs` per backend (one slower to start is reported 'probe-slow'), and
   * reports each one as it is measured, with when it was timed. Only in a worker that does not train
   * (tfjs has one active backend per worker): the page starts a second, short-lived worker for it.
   */
  measure(
    settings: TrainingSettings,
    backends: BackendName[],
    budgetMs: number,
    onProbe: (probe: BackendProbe, timed: ProbeTiming | null) => void,
  ): Promise<void>;
  /** The current weights of G, D (and G's average) as tfjs artifacts; null when no run exists. */
  exportWeights(): Promise<WeightsArtifacts | null>;
  /**
   * Loads weights exported by exportWeights into the current run if they fit its networks, then posts a
   * snapshot at once. Never rejects for a bad file: the problem comes back as data.
   */
  importWeights(json: string, bin: ArrayBuffer): Promise<WeightsImportResult>;
}
