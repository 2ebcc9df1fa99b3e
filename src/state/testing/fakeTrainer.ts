// An in-process stand-in for the training worker (and for the short-lived worker that measures the
// backends), for the state layer's unit tests: it records every call, and the test plays the worker's
// part by sending snapshots, statuses, probes and crashes.
import type {
  BackendName,
  BackendPlan,
  BackendProbe,
  BackendReport,
  HistoryPoint,
  ProbeTiming,
  Snapshot,
  TrainerApi,
  WeightsArtifacts,
  WeightsImportResult,
  WorkerStatus,
} from '../../core/protocol';
import type { TrainingSettings } from '../../core/settings';
import type { KeyValueStorage } from '../backendMemory';
import type { FrameScheduler } from '../frame';
import type { TrainerConnection } from '../trainerConnection';

export type Call = {
  method: keyof TrainerApi;
  settings?: TrainingSettings;
  /** importWeights: the JSON text and the .bin's byte length. */
  json?: string;
  binBytes?: number;
  plan?: BackendPlan | null;
  backends?: BackendName[];
  budgetMs?: number;
  player?: 'd' | 'g';
};

export class FakeTrainer implements TrainerConnection {
  readonly calls: Call[] = [];
  terminated = false;
  private snapshotListener: ((s: Snapshot) => void) | null = null;
  private statusListener: ((s: WorkerStatus) => void) | null = null;
  private crashListener: ((detail: string) => void) | null = null;
  private probeListener: ((p: BackendProbe, timed: ProbeTiming | null) => void) | null = null;
  private measured: { resolve(): void; reject(e: unknown): void } | null = null;

  init(
    settings: TrainingSettings,
    onSnapshot: (s: Snapshot) => void,
    onStatus: (s: WorkerStatus) => void,
    plan: BackendPlan | null,
  ) {
    this.calls.push({ method: 'init', settings, plan });
    this.snapshotListener = onSnapshot;
    this.statusListener = onStatus;
    return Promise.resolve();
  }
  setSettings(settings: TrainingSettings) {
    this.calls.push({ method: 'setSettings', settings });
    return Promise.resolve();
  }
  play() {
    this.calls.push({ method: 'play' });
    return Promise.resolve();
  }
  pause() {
    this.calls.push({ method: 'pause' });
    return Promise.resolve();
  }
  step() {
    this.calls.push({ method: 'step' });
    return Promise.resolve();
  }
  stepPart(player: 'd' | 'g') {
    this.calls.push({ method: 'stepPart', player });
    return Promise.resolve();
  }
  reset(settings: TrainingSettings) {
    this.calls.push({ method: 'reset', settings });
    return Promise.resolve();
  }
  setPlan(plan: BackendPlan) {
    this.calls.push({ method: 'setPlan', plan });
    return Promise.resolve();
  }
  measure(
    settings: TrainingSettings,
    backends: BackendName[],
    budgetMs: number,
    onProbe: (p: BackendProbe, timed: ProbeTiming | null) => void,
  ) {
    this.calls.push({ method: 'measure', settings, backends, budgetMs });
    this.probeListener = onProbe;
    return new Promise<void>((resolve, reject) => {
      this.measured = { resolve, reject };
    });
  }
  /** What exportWeights answers, and what importWeights answers (the test sets them). */
  weights: WeightsArtifacts | null = null;
  importResult: WeightsImportResult = { ok: true, loaded: ['G/flat', 'D/flat'], ema: 'off', step: 0 };
  exportWeights() {
    this.calls.push({ method: 'exportWeights' });
    return Promise.resolve(this.weights);
  }
  importWeights(json: string, bin: ArrayBuffer) {
    this.calls.push({ method: 'importWeights', json, binBytes: bin.byteLength });
    return Promise.resolve(this.importResult);
  }
  onCrash(listener: (detail: string) => void) {
    this.crashListener = listener;
  }
  terminate() {
    this.terminated = true;
  }

  // ---- the worker's side ----
  sendSnapshot(s: Snapshot) {
    this.snapshotListener?.(s);
  }
  sendStatus(s: WorkerStatus) {
    this.statusListener?.(s);
  }
  crash(detail: string) {
    this.crashListener?.(detail);
  }
  /** As a measuring worker: one backend measured (its steps timed just now, by default). */
  sendProbe(p: BackendProbe, timed: ProbeTiming | null = p.stepsPerSecond !== undefined ? justTimed() : null) {
    this.probeListener?.(p, timed);
  }
  /** As a measuring worker: every backend measured (each reported, then the answer). */
  finishMeasuring(probes: BackendProbe[]) {
    for (const p of probes) this.sendProbe(p);
    this.measured?.resolve();
  }
  /** The settings of the last call of `method`. */
  last(method: Call['method']): Call | undefined {
    return this.calls.filter((c) => c.method === method).at(-1);
  }
  methods(): Call['method'][] {
    return this.calls.map((c) => c.method);
  }
}

/** A probe's timing window of 300 ms that ended just now (Date.now: the fake timers' clock). */
const justTimed = (): ProbeTiming => ({ from: Date.now() - 300, to: Date.now() });

/** Frames that run only when the test says so. */
export function manualFrames(): { frame: FrameScheduler; flush(): void; pending(): number } {
  let queue: (() => void)[] = [];
  return {
    frame: (fn) => {
      queue.push(fn);
      return () => {
        queue = queue.filter((f) => f !== fn);
      };
    },
    flush() {
      const run = queue;
      queue = [];
      for (const fn of run) fn();
    },
    pending: () => queue.length,
  };
}

export const historyPoint = (step: number): HistoryPoint => ({
  step,
  js: 0.1,
  klForward: 0.2,
  klReverse: 0.3,
  w1: 0.4,
  lossD: 0.7,
  lossG: 0.8,
});

/** A snapshot with empty arrays: the state layer only passes them on. */
export function fakeSnapshot(runId: number, step: number, history: HistoryPoint[] = [], running = false): Snapshot {
  const empty = new Float64Array(0);
  const kl = { value: 0, infinite: false, floored: false, missingMass: 0 };
  return {
    runId,
    step,
    analysis: {
      pData: empty,
      pModel: empty,
      d: empty,
      dStar: empty,
      klForward: kl,
      klReverse: kl,
      js: 0.1,
      w1: 0.4,
      dGap: 0,
      lossDExpected: Math.LN2,
      escapedMass: 0,
    },
    batchHistogram: empty,
    zxMapping: { z: empty, x: empty },
    lossD: 0.7,
    lossG: 0.8,
    lossDReal: 0.6,
    lossDFake: 0.8,
    history,
    stepsPerSecond: 0,
    running,
  };
}

/** A ready status for `active` chosen as `chosenBy`, with the probes given. */
export function readyStatus(
  active: BackendName,
  chosenBy: BackendReport['chosenBy'] = 'start-order',
  probes: BackendProbe[] = [{ name: active, ok: true }],
  how: BackendReport['how'] = 'auto',
): WorkerStatus {
  return { kind: 'ready', backend: { active, how, ...(how === 'pinned' ? {} : { chosenBy }), probes } };
}

/** localStorage as a Map; `broken` makes every access throw (a forbidden storage). */
export class FakeStorage implements KeyValueStorage {
  readonly items = new Map<string, string>();
  broken = false;
  getItem(key: string): string | null {
    if (this.broken) throw new Error('SecurityError: storage is disabled');
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.broken) throw new Error('QuotaExceededError');
    this.items.set(key, value);
  }
}
