// An in-process stand-in for the training worker, for the state layer's unit tests: it records every
// call, and the test plays the worker's part by sending snapshots, statuses and crashes.
import type { HistoryPoint, Snapshot, WorkerStatus } from '../../core/protocol';
import type { TrainingSettings } from '../../core/settings';
import type { FrameScheduler } from '../frame';
import type { TrainerConnection } from '../trainerConnection';

export type Call = {
  method: 'init' | 'setSettings' | 'play' | 'pause' | 'step' | 'reset';
  settings?: TrainingSettings;
};

export class FakeTrainer implements TrainerConnection {
  readonly calls: Call[] = [];
  terminated = false;
  private snapshotListener: ((s: Snapshot) => void) | null = null;
  private statusListener: ((s: WorkerStatus) => void) | null = null;
  private crashListener: ((detail: string) => void) | null = null;

  init(settings: TrainingSettings, onSnapshot: (s: Snapshot) => void, onStatus: (s: WorkerStatus) => void) {
    this.calls.push({ method: 'init', settings });
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
  reset(settings: TrainingSettings) {
    this.calls.push({ method: 'reset', settings });
    return Promise.resolve();
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
  methods(): Call['method'][] {
    return this.calls.map((c) => c.method);
  }
}

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
      dGap: 0,
      lossDExpected: Math.LN2,
      escapedMass: 0,
    },
    batchHistogram: empty,
    lossD: 0.7,
    lossG: 0.8,
    history,
    stepsPerSecond: 0,
    running,
  };
}
