// The typed messages between the main thread and the training worker.
import type { Settings } from './settings';

export type BackendName = 'webgl' | 'wasm' | 'cpu';

/** What the worker found out about one backend when it started (or when it was pinned). */
export interface BackendProbe {
  name: BackendName;
  ok: boolean;
  /** Measured training steps per second at the current batch size; absent when not measured. */
  stepsPerSecond?: number;
  /** Why it failed to initialise or was not used. */
  error?: string;
}

export interface BackendReport {
  /** The backend that trains now. */
  active: BackendName;
  /** 'auto' when chosen by measurement, 'pinned' when the user chose it, 'fallback' when the pin failed. */
  how: 'auto' | 'pinned' | 'fallback';
  probes: BackendProbe[];
  /** One line for the UI, e.g. "auto → WASM: 450 steps/s vs WebGL 40, CPU 210". */
  summary: string;
}

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
  pData: Float64Array;
  pModel: Float64Array;
  /** D(x) at bin centres. */
  d: Float64Array;
  /** D*(x) = p_data/(p_data+p_model); NaN where both densities are 0 (nothing is drawn there). */
  dStar: Float64Array;
  klForward: KLValue;
  klReverse: KLValue;
  /** JS(p_data‖p_model) in nats, 0 ≤ JS ≤ log 2. */
  js: number;
  /** ∫ |D − D*| (p_data + p_model)/2 dx. */
  dGap: number;
  /** J(D) at the current D, by quadrature against the exact densities (for the J(D*) = log 2 − JS check). */
  lossDExpected: number;
  /** Mass of p_model that falls outside the grid's range. */
  escapedMass: number;
}

export interface Snapshot {
  /** Increments on every Reset / New seed / rebuild so the main thread can drop stale history. */
  runId: number;
  step: number;
  analysis: Analysis;
  /** Density histogram of the latest batch of G(z) on CHART_GRID. */
  batchHistogram: Float64Array;
  /** Batch losses of the latest step (J(D) over the last D update, J(G) of the G update). */
  lossD: number;
  lossG: number;
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
  lossD: number;
  lossG: number;
}

export type WorkerStatus =
  | { kind: 'starting'; message: string }
  | { kind: 'ready'; backend: BackendReport }
  | { kind: 'diverged'; step: number; message: string }
  | { kind: 'error'; message: string };

/** The worker's API (exposed with comlink). Callbacks are comlink proxies. */
export interface TrainerApi {
  init(settings: Settings, onSnapshot: (s: Snapshot) => void, onStatus: (s: WorkerStatus) => void): Promise<void>;
  setSettings(settings: Settings): Promise<void>;
  play(): void;
  pause(): void;
  step(): Promise<void>;
  reset(settings: Settings): Promise<void>;
}
