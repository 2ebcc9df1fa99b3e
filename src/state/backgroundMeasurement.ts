// The background measurement of the backends: a second, short-lived worker times each backend in turn
// (the training worker cannot: tfjs has one backend per worker) while nothing trains, so that it never
// slows training down nor reports a rate measured under load. Training pauses it: the measuring worker
// is closed and a probe cut short is discarded; when training stops it goes on with the backends not
// yet measured. Each backend has a time budget; one slower to start is listed as such. Its timers and
// clock are injected: the unit tests run it on fake ones.
import type { BackendFailure, BackendName, BackendProbe, ProbeTiming } from '../core/protocol';
import type { TrainingSettings } from '../core/settings';
import { NOT_MEASURED, type Measurement } from './backendChoice';
import type { TrainerConnection } from './trainerConnection';
import { errorText } from './errorText';

/** Each backend gets this long to start, warm up (WebGL compiles its shaders) and be timed. */
export const PROBE_BUDGET_MS = 8_000;
/**
 * The page waits this much longer for a backend's answer before it closes the measuring worker and
 * lists the backend as slow: a worker busy compiling shaders cannot even notice its own budget.
 */
export const PROBE_GRACE_MS = 4_000;
/** And this much longer for a new measuring worker's first backend: the worker loads tfjs first. */
export const WORKER_START_MS = 10_000;

export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

export const globalTimers: Timers = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
};

export interface MeasurementDeps {
  /** Starts a measuring worker. */
  connect: () => TrainerConnection;
  /** The settings to time (the current ones). */
  settings: () => TrainingSettings;
  timers: Timers;
  /** The wall clock (Date.now), the one a probe's timing window is given in. */
  clock: () => number;
  /** Anything changed: a backend measured, paused, resumed, done. */
  onChange: (m: Measurement) => void;
  /**
   * Every backend answered, or the measuring worker failed (`failure`: what the backends not measured
   * are listed with). Only a measurement without `failure` is worth remembering.
   */
  onDone: (probes: BackendProbe[], failure?: BackendFailure) => void;
}

export class BackgroundMeasurement {
  private m: Measurement = NOT_MEASURED;
  /** The measuring worker and the backends it still has to answer for, in order. */
  private worker: { connection: TrainerConnection; queue: BackendName[]; watchdog: unknown } | null = null;
  /** Bumped whenever a worker is closed: its late answers are ignored. */
  private generation = 0;
  private training = false;
  private playgroundTraining = false;
  private experimentTraining = false;
  private trainingSince = 0;
  /** When training ran since the measurement started: a probe timed then is not used. */
  private trainingSpans: ProbeTiming[] = [];

  constructor(private readonly deps: MeasurementDeps) {}

  get state(): Measurement {
    return this.m;
  }

  /** A measurement remembered from an earlier load: nothing to run. */
  restore(probes: BackendProbe[]): void {
    this.m = { phase: 'done', probes, pending: [], source: 'memory' };
  }

  /** Measures `names` in this order, now or, while training runs, once it stops. */
  start(names: BackendName[]): void {
    this.close();
    this.trainingSpans = [];
    this.m = { phase: this.training ? 'paused' : 'running', probes: [], pending: [...names], source: 'measurement' };
    if (!this.training) this.launch();
    this.changed();
  }

  /** Training started (true) or stopped for good (false: the training worker has answered Pause). */
  setTraining(training: boolean): void {
    this.playgroundTraining = training;
    this.follow();
  }

  /** An experiment trains in its own worker (true) or stopped: measuring waits for it too (two cores). */
  setExperimentTraining(training: boolean): void {
    this.experimentTraining = training;
    this.follow();
  }

  private follow(): void {
    const training = this.playgroundTraining || this.experimentTraining;
    if (training === this.training) return;
    this.training = training;
    const now = this.deps.clock();
    if (training) this.trainingSince = now;
    else if (this.m.phase === 'paused') this.trainingSpans.push({ from: this.trainingSince, to: now });
    if (training && this.m.phase === 'running') {
      // Whatever the measuring worker is doing is cut short and never reported.
      this.close();
      this.m = { ...this.m, phase: 'paused' };
      this.changed();
    } else if (!training && this.m.phase === 'paused') {
      this.m = { ...this.m, phase: 'running' };
      this.launch();
      this.changed();
    }
  }

  dispose(): void {
    this.close();
  }

  private changed(): void {
    this.deps.onChange(this.m);
  }

  /** A measuring worker for the backends still pending. */
  private launch(): void {
    const generation = ++this.generation;
    const connection = this.deps.connect();
    const queue = [...this.m.pending];
    this.worker = { connection, queue, watchdog: null };
    this.watch(generation, WORKER_START_MS);
    connection.onCrash((detail) => this.fail(generation, { code: 'probe-crashed', detail }));
    connection
      .measure(this.deps.settings(), queue, PROBE_BUDGET_MS, (p, timed) => this.receive(generation, p, timed))
      .then(
        () => this.answered(generation),
        (e) => this.fail(generation, { code: 'probe-crashed', detail: errorText(e) }),
      );
  }

  private current(generation: number): boolean {
    return generation === this.generation && this.worker !== null && this.m.phase === 'running';
  }

  /** The next backend's budget starts now (`extraMs`: the worker's own start, for its first one). */
  private watch(generation: number, extraMs = 0): void {
    const w = this.worker!;
    if (w.watchdog !== null) this.deps.timers.clearTimeout(w.watchdog);
    const ms = PROBE_BUDGET_MS + PROBE_GRACE_MS + extraMs;
    w.watchdog = this.deps.timers.setTimeout(() => this.noAnswer(generation), ms);
  }

  private receive(generation: number, p: BackendProbe, timed: ProbeTiming | null): void {
    if (!this.current(generation)) return;
    const w = this.worker!;
    w.queue = w.queue.filter((n) => n !== p.name);
    this.watch(generation);
    // A rate timed while training ran is wrong (both shared the processor): measured again later.
    if (timed && this.trainingSpans.some((s) => timed.from < s.to && timed.to > s.from)) return;
    this.record(p);
  }

  /** The measuring worker went through its list: done, or again for the probes that were discarded. */
  private answered(generation: number): void {
    if (!this.current(generation)) return;
    if (this.worker!.queue.length > 0) this.finish({ code: 'probe-crashed', detail: 'no answer for it' });
    else if (this.m.pending.length === 0) this.finish();
    else {
      this.close();
      this.launch();
    }
  }

  /** No answer within budget and grace: that backend is listed as slow, the others get a new worker. */
  private noAnswer(generation: number): void {
    if (!this.current(generation)) return;
    const slow = this.worker!.queue[0];
    this.close();
    if (slow) this.record({ name: slow, ok: false, failure: { code: 'probe-slow', ms: PROBE_BUDGET_MS } });
    if (this.m.pending.length === 0) this.finish();
    else this.launch();
  }

  private record(p: BackendProbe): void {
    const probes = [...this.m.probes.filter((q) => q.name !== p.name), p];
    this.m = { ...this.m, probes, pending: this.m.pending.filter((n) => n !== p.name) };
    this.changed();
  }

  /** The measuring worker crashed: the backends it did not answer for are listed with why. */
  private fail(generation: number, failure: BackendFailure): void {
    if (!this.current(generation)) return;
    this.finish(failure);
  }

  private finish(failure?: BackendFailure): void {
    this.close();
    const missing = this.m.pending.map((name): BackendProbe => ({ name, ok: false, failure }));
    this.m = { phase: 'done', probes: [...this.m.probes, ...missing], pending: [], source: 'measurement' };
    this.deps.onDone(this.m.probes, failure);
    this.changed();
  }

  private close(): void {
    if (!this.worker) return;
    this.generation++;
    if (this.worker.watchdog !== null) this.deps.timers.clearTimeout(this.worker.watchdog);
    this.worker.connection.terminate();
    this.worker = null;
  }
}
