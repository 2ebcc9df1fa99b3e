// The main thread's side of the training worker: starts it, forwards settings and commands, keeps
// only the latest snapshot (drawn on the next animation frame), collects the history of every
// snapshot, and restarts the worker when it crashes so the page recovers without a reload.
// Backends: the worker starts at once on the backend quickest to start (or on the best one remembered
// on this device); once it is ready, a second short-lived worker measures every backend in the
// background, and a faster one is used at once if the run is untrained, else from the next run.
import {
  START_ORDER,
  type BackendFailure,
  type BackendName,
  type BackendPlan,
  type BackendProbe,
  type BackendReport,
  type HistoryPoint,
  type Snapshot,
  type WeightsArtifacts,
  type WeightsImportResult,
  type WorkerStatus,
} from '../core/protocol';
import { changedScopes, trainingSettings, type Settings, type TrainingSettings } from '../core/settings';
import {
  displayReport,
  failedInWorker,
  fasterBackend,
  NOT_MEASURED,
  planFrom,
  type Measurement,
} from './backendChoice';
import type { BackendMemory } from './backendMemory';
import type { FrameScheduler } from './frame';
import { HistoryBuffer } from './historyBuffer';
import { workerCrashNoticeText } from './messages';
import type { Notices } from './notices';
import { createStore, type Store } from './store';
import type { TrainerConnection, WorkerRole } from './trainerConnection';

export interface HistoryView {
  runId: number;
  /** Mutated in place by the client; `version` changes whenever it does. */
  points: readonly HistoryPoint[];
  version: number;
}

export interface TransportState {
  /** What the worker said (or is about to say) about itself. */
  status: WorkerStatus;
  /**
   * The last backend report, kept across later statuses (diverged, error), merged with the background
   * measurement (its rates, `measuring`, `next`): what the header shows.
   */
  backend: BackendReport | null;
  running: boolean;
  /** False until the worker has answered init. */
  ready: boolean;
}

export interface TrainerClientDeps {
  connect: (role: WorkerRole) => TrainerConnection;
  settings: Store<Settings>;
  notices: Notices;
  frame: FrameScheduler;
  now: () => number;
  /** The last measurement on this device (localStorage in the browser). */
  memory: BackendMemory;
}

/** More crashes than this within CRASH_WINDOW_MS stop the automatic restarts. */
const MAX_CRASHES = 3;
const CRASH_WINDOW_MS = 30_000;
/**
 * The background measurement gives up on the backends it has not answered for after this long
 * (WebGL on a software renderer takes seconds; a hung GPU process must not keep it alive forever).
 */
export const MEASURE_TIMEOUT_MS = 90_000;

const errorText = (e: unknown): string => {
  if (e instanceof Error) return e.message || e.name;
  if (typeof e === 'string') return e;
  if (e && typeof e === 'object' && 'message' in e) return String((e as { message: unknown }).message);
  return 'unknown error';
};

const STARTING: TransportState = {
  status: { kind: 'starting', phase: 'worker' },
  backend: null,
  running: false,
  ready: false,
};

export class TrainerClient {
  readonly snapshot = createStore<Snapshot | null>(null);
  readonly history = createStore<HistoryView>({ runId: -1, points: [], version: 0 });
  readonly transport = createStore<TransportState>(STARTING);

  private connection: TrainerConnection | null = null;
  /** Bumped on every (re)start; callbacks and rejections from older workers are ignored. */
  private generation = 0;
  private initDone: Promise<void> = Promise.resolve();
  private crashes: number[] = [];

  private latest: Snapshot | null = null;
  private frame: (() => void) | null = null;
  private readonly buffer = new HistoryBuffer();
  private historyVersion = 0;
  private historyDirty = false;

  private pendingSettings: TrainingSettings | null = null;
  private settingsFrame: (() => void) | null = null;
  private lastSent: TrainingSettings | null = null;
  /** Play/pause calls not yet answered: while > 0 the button shows what the user asked for. */
  private pendingTransport = 0;
  /** Step calls not yet answered: the run may be past step 0 before a snapshot says so. */
  private pendingSteps = 0;
  private unsubscribe: (() => void) | null = null;

  /** The worker's own backend report (transport.backend is it merged with the measurement). */
  private workerReport: BackendReport | null = null;
  private measurement: Measurement = NOT_MEASURED;
  /** What the worker is told to prefer: the measurement of this load, or the remembered one. */
  private plan: BackendPlan | null = null;
  /** Background measurements started in this page load: one, or two when the remembered best failed. */
  private measureStarts = 0;
  private measurer: { connection: TrainerConnection; generation: number; timer: ReturnType<typeof setTimeout> } | null =
    null;
  private measureGeneration = 0;
  /** A switch to a faster backend was sent (as a Reset of the untrained run) and not reported yet. */
  private switching = false;
  /** Weights were loaded into the current run (or are on their way): at step 0 it is not untrained. */
  private weightsLoaded = false;

  constructor(private readonly deps: TrainerClientDeps) {}

  /** Starts the worker and forwards every settings change to it from now on. */
  start(): void {
    this.unsubscribe ??= this.deps.settings.subscribe(() => this.sendSettings(this.deps.settings.get()));
    if (!this.plan) {
      const remembered = this.deps.memory.read();
      if (remembered) {
        this.plan = planFrom(remembered, 'memory');
        this.measurement = { phase: 'done', probes: remembered, pending: [], source: 'memory' };
      }
    }
    this.connect();
  }

  private connect(): void {
    this.generation++;
    const gen = this.generation;
    const connection = this.deps.connect('train');
    this.connection = connection;
    this.pendingTransport = 0;
    this.pendingSteps = 0;
    this.weightsLoaded = false;
    this.switching = false;
    this.workerReport = null;
    this.latest = null;
    this.resetHistory(-1);
    this.snapshot.set(null);
    this.transport.set(STARTING);
    connection.onCrash((detail) => this.crash(gen, detail));

    const settings = trainingSettings(this.deps.settings.get());
    this.lastSent = settings;
    const onSnapshot = (s: Snapshot) => {
      if (gen === this.generation) this.receive(s);
    };
    const onStatus = (s: WorkerStatus) => {
      if (gen === this.generation) this.receiveStatus(s);
    };
    this.initDone = connection.init(settings, onSnapshot, onStatus, this.plan).then(
      () => {
        if (gen !== this.generation) return;
        // Play can be pressed now; the backends are measured beside it (the header says so from the
        // same update that enables Play).
        this.maybeMeasure();
        this.setTransport({ ready: true });
        // Settings changed while the worker was starting: send the newest.
        this.sendSettings(this.deps.settings.get());
      },
      (e) => this.crash(gen, errorText(e)),
    );
  }

  /** Runs a call on the current worker after init; a rejection counts as a crash. */
  private call<T>(fn: (c: TrainerConnection) => Promise<T>): Promise<T | undefined> {
    const gen = this.generation;
    return this.initDone.then(() => {
      if (gen !== this.generation || !this.connection) return undefined;
      return fn(this.connection).catch((e) => {
        this.crash(gen, errorText(e));
        return undefined;
      });
    });
  }

  private crash(gen: number, detail: string): void {
    if (gen !== this.generation) return;
    console.error('Training worker crashed:', detail);
    this.connection?.terminate();
    this.connection = null;
    const now = this.deps.now();
    this.crashes = [...this.crashes.filter((t) => now - t < CRASH_WINDOW_MS), now];
    if (this.crashes.length > MAX_CRASHES) {
      this.generation++;
      this.setTransport({
        status: { kind: 'error', error: { code: 'worker-crashing', detail } },
        running: false,
        ready: false,
      });
      return;
    }
    this.deps.notices.add(workerCrashNoticeText(detail), 'error');
    this.connect();
  }

  /** Manual restart after repeated crashes. */
  restart(): void {
    this.crashes = [];
    this.connection?.terminate();
    this.connect();
  }

  dispose(): void {
    this.generation++;
    this.stopMeasuring();
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.frame?.();
    this.settingsFrame?.();
    this.connection?.terminate();
    this.connection = null;
  }

  // ---- data from the worker ----

  private receive(s: Snapshot): void {
    if (s.runId !== this.buffer.runId) {
      this.resetHistory(s.runId);
      // A new run (Reset, new seed, new architecture) starts clean: a divergence belongs to the old one.
      this.clearDivergence();
      this.weightsLoaded = false;
    }
    if (s.history.length > 0) {
      this.buffer.append(s.history);
      this.historyDirty = true;
    }
    this.latest = s;
    if (this.pendingTransport === 0 && s.running !== this.transport.get().running)
      this.setTransport({ running: s.running });
    if (!this.frame) this.frame = this.deps.frame(() => this.flush(), 100);
  }

  private flush(): void {
    this.frame = null;
    this.snapshot.set(this.latest);
    if (this.historyDirty) {
      this.historyDirty = false;
      this.history.set({ runId: this.buffer.runId, points: this.buffer.all, version: ++this.historyVersion });
    }
  }

  private resetHistory(runId: number): void {
    this.buffer.reset(runId);
    this.historyDirty = true;
  }

  private clearDivergence(): void {
    const t = this.transport.get();
    if (t.status.kind === 'diverged' && t.backend) this.setTransport({ status: { kind: 'ready', backend: t.backend } });
  }

  private receiveStatus(s: WorkerStatus): void {
    const patch: Partial<TransportState> = { status: s };
    if (s.kind === 'ready') {
      this.workerReport = s.backend;
      this.switching = false;
      // Ready after init answered (messages may come in either order), or a later 'ready' (another
      // backend after a pin or a failure): measure if that is still due, before Play is enabled.
      if (this.transport.get().ready) this.maybeMeasure();
      patch.backend = this.backendView();
    }
    if (s.kind === 'diverged' || s.kind === 'error') patch.running = false;
    this.setTransport(patch);
  }

  // ---- backends: the background measurement ----

  private backendView(): BackendReport | null {
    if (!this.workerReport) return null;
    return displayReport(this.workerReport, this.measurement, {
      choice: this.deps.settings.get().backend,
      plan: this.plan,
      switching: this.switching,
    });
  }

  private refreshBackendView(): void {
    if (this.workerReport) this.setTransport({ backend: this.backendView() });
  }

  /**
   * Starts the background measurement unless one ran (or is running) in this page load or a fresh one
   * is remembered; measures again once if the remembered best backend did not start.
   */
  private maybeMeasure(): void {
    const report = this.workerReport;
    if (!report || this.measurer || this.measureStarts >= 2) return;
    const staleMemory =
      this.measurement.source === 'memory' &&
      report.chosenBy === 'memory' &&
      this.plan !== null &&
      this.plan.order.length > 0 &&
      this.plan.order[0] !== report.active;
    if (this.measurement.phase === 'none' || staleMemory) this.startMeasuring(report.active);
  }

  private startMeasuring(active: BackendName): void {
    this.measureStarts++;
    const generation = ++this.measureGeneration;
    // The active backend first: the others are compared with it, measured in the same conditions.
    const names = [active, ...START_ORDER.filter((n) => n !== active)];
    const connection = this.deps.connect('measure');
    const timer = setTimeout(
      () => this.endMeasuring(generation, { code: 'probe-timeout', ms: MEASURE_TIMEOUT_MS }),
      MEASURE_TIMEOUT_MS,
    );
    this.measurer = { connection, generation, timer };
    this.measurement = { phase: 'running', probes: [], pending: names, source: 'measurement' };
    this.refreshBackendView();
    connection.onCrash((detail) => this.endMeasuring(generation, { code: 'probe-crashed', detail }));
    const onProbe = (p: BackendProbe) => {
      if (generation !== this.measureGeneration || this.measurement.phase !== 'running') return;
      const probes = [...this.measurement.probes.filter((q) => q.name !== p.name), p];
      const pending = this.measurement.pending.filter((n) => n !== p.name);
      this.measurement = { ...this.measurement, probes, pending };
      this.refreshBackendView();
    };
    connection.measure(trainingSettings(this.deps.settings.get()), names, onProbe).then(
      (probes) => {
        for (const p of probes) onProbe(p);
        this.endMeasuring(generation);
      },
      (e) => this.endMeasuring(generation, { code: 'probe-crashed', detail: errorText(e) }),
    );
  }

  private stopMeasuring(): void {
    if (!this.measurer) return;
    clearTimeout(this.measurer.timer);
    this.measurer.connection.terminate();
    this.measurer = null;
  }

  /** The measurement is over (`failure`: for every backend it did not answer for); use and remember it. */
  private endMeasuring(generation: number, failure?: BackendFailure): void {
    if (generation !== this.measureGeneration || this.measurement.phase !== 'running') return;
    this.stopMeasuring();
    const missing = this.measurement.pending.map((name): BackendProbe => ({ name, ok: false, failure }));
    const probes = [...this.measurement.probes, ...missing];
    this.measurement = { phase: 'done', probes, pending: [], source: 'measurement' };
    // A measurement cut short by a crash or a timeout is not remembered: the next load tries again.
    if (!failure) this.deps.memory.write(probes);
    const plan = planFrom(probes, 'measurement');
    this.plan = plan;
    void this.call((c) => c.setPlan(plan));
    this.maybeSwitch();
    this.refreshBackendView();
  }

  /**
   * With 'auto', a measured backend faster than the active one replaces it at once if the run is
   * still at step 0 (the same seed gives the same run: nothing is lost); otherwise the header says it
   * will be used from the next run, and the worker (which has the plan) starts that run on it.
   */
  private maybeSwitch(): void {
    const report = this.workerReport;
    if (!report || report.how !== 'auto' || this.deps.settings.get().backend !== 'auto') return;
    const faster = fasterBackend(this.measurement.probes, report.active, failedInWorker(report, this.plan));
    if (faster && this.untrained()) {
      this.switching = true;
      this.reset();
    }
  }

  /** Nothing has trained in the current run, and nothing that trains is on its way to the worker. */
  private untrained(): boolean {
    const t = this.transport.get();
    return (
      t.ready &&
      t.status.kind === 'ready' &&
      !t.running &&
      this.pendingTransport === 0 &&
      this.pendingSteps === 0 &&
      !this.weightsLoaded &&
      this.latest !== null &&
      this.latest.step === 0
    );
  }

  private setTransport(patch: Partial<TransportState>): void {
    this.transport.set({ ...this.transport.get(), ...patch });
  }

  // ---- commands ----

  play(): void {
    if (this.transport.get().status.kind === 'error' && !this.connection) return;
    this.sendTransport(true);
  }

  pause(): void {
    this.sendTransport(false);
  }

  toggle(): void {
    if (this.transport.get().running) this.pause();
    else this.play();
  }

  private sendTransport(run: boolean): void {
    this.setTransport({ running: run });
    // A diverged run stays paused until Reset; the worker decides, the banner explains.
    this.pendingTransport++;
    void this.call((c) => (run ? c.play() : c.pause())).finally(() => {
      // From now on the worker's snapshots say whether it runs (e.g. it refuses to play a diverged run).
      this.pendingTransport = Math.max(0, this.pendingTransport - 1);
    });
  }

  /** One full step, or with `player` one update of D only or of G only (GAN Lab's stepping). */
  step(player?: 'd' | 'g'): void {
    if (this.transport.get().running) return;
    this.pendingSteps++;
    void this.call((c) => (player ? c.stepPart(player) : c.step())).finally(() => {
      this.pendingSteps = Math.max(0, this.pendingSteps - 1);
    });
  }

  reset(): void {
    this.flushSettingsNow(false);
    const settings = trainingSettings(this.deps.settings.get());
    this.lastSent = settings;
    this.clearDivergence();
    void this.call((c) => c.reset(settings));
  }

  /** The trained weights as tfjs artifacts; null when there is no run (or the worker restarted meanwhile). */
  async exportWeights(): Promise<WeightsArtifacts | null> {
    return (await this.call((c) => c.exportWeights())) ?? null;
  }

  /**
   * Loads weights into the run. Settings changed just before are sent first, so the worker checks the
   * file against the networks the page shows.
   */
  async importWeights(json: string, bin: ArrayBuffer): Promise<WeightsImportResult> {
    this.flushSettingsNow(true);
    // A run with loaded weights is not replaced by a faster backend's fresh run at step 0 (maybeSwitch).
    const before = this.weightsLoaded;
    this.weightsLoaded = true;
    const result = (await this.call((c) => c.importWeights(json, bin))) ?? {
      ok: false as const,
      problem: { code: 'no-run' as const },
    };
    if (!result.ok) this.weightsLoaded = before;
    return result;
  }

  /** Forwards settings to the worker, at most once per animation frame; display-only changes never go. */
  private sendSettings(s: Settings): void {
    const next = trainingSettings(s);
    if (this.lastSent && changedScopes(this.lastSent, next).size === 0) {
      this.pendingSettings = null;
      return;
    }
    this.pendingSettings = next;
    this.settingsFrame ??= this.deps.frame(() => this.flushSettingsNow(true), 50);
  }

  private flushSettingsNow(send: boolean): void {
    this.settingsFrame?.();
    this.settingsFrame = null;
    const s = this.pendingSettings;
    this.pendingSettings = null;
    if (!send || !s) return;
    this.lastSent = s;
    void this.call((c) => c.setSettings(s));
  }
}
