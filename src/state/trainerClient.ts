// The main thread's side of the training worker: starts it, forwards settings and commands, hands its
// snapshots to the charts (snapshotFeed.ts: the latest per frame, every history point), and restarts
// the worker when it crashes so the page recovers without a reload.
// Backends: the worker starts at once on the backend quickest to start (or on the best one remembered
// on this device); once it is ready, the backends are measured in the background while nothing trains
// (backgroundMeasurement.ts), and a faster one is used at once if the run is untrained, else from the
// next run.
import {
  START_ORDER,
  type BackendFailure,
  type BackendPlan,
  type BackendProbe,
  type BackendReport,
  type Snapshot,
  type WeightsArtifacts,
  type WeightsImportResult,
  type WorkerStatus,
} from '../core/protocol';
import { trainingSettings, type Settings } from '../core/settings';
import { displayReport, failedInWorker, fasterBackend, planFrom } from './backendChoice';
import type { BackendMemory } from './backendMemory';
import { BackgroundMeasurement, globalTimers, type Timers } from './backgroundMeasurement';
import type { FrameScheduler } from './frame';
import { workerCrashNoticeText } from './messages';
import type { Notices } from './notices';
import { SettingsForwarder } from './settingsForwarder';
import { SnapshotFeed } from './snapshotFeed';
import { createStore, type Store } from './store';
import type { TrainerConnection, WorkerRole } from './trainerConnection';
import { errorText } from './errorText';

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
  /** The wall clock (Date.now): when training ran, against when a probe was timed. */
  clock: () => number;
  /** The background measurement's timers (default: the global ones). */
  timers?: Timers;
  /** The last measurement on this device (localStorage in the browser). */
  memory: BackendMemory;
}

/** More crashes than this within CRASH_WINDOW_MS stop the automatic restarts. */
const MAX_CRASHES = 3;
const CRASH_WINDOW_MS = 30_000;

const STARTING: TransportState = {
  status: { kind: 'starting', phase: 'worker' },
  backend: null,
  running: false,
  ready: false,
};

export class TrainerClient {
  private readonly feed: SnapshotFeed;
  readonly snapshot: SnapshotFeed['snapshot'];
  readonly history: SnapshotFeed['history'];
  readonly transport = createStore<TransportState>(STARTING);

  private connection: TrainerConnection | null = null;
  /** Bumped on every (re)start; callbacks and rejections from older workers are ignored. */
  private generation = 0;
  private initDone: Promise<void> = Promise.resolve();
  private crashes: number[] = [];

  private readonly settingsOut: SettingsForwarder;
  /** Play/pause calls not yet answered: while > 0 the button shows what the user asked for. */
  private pendingTransport = 0;
  /** Step calls not yet answered: the run may be past step 0 before a snapshot says so. */
  private pendingSteps = 0;
  private unsubscribe: (() => void) | null = null;

  /** The worker's own backend report (transport.backend is it merged with the measurement). */
  private workerReport: BackendReport | null = null;
  readonly measurement: BackgroundMeasurement;
  /** What the worker is told to prefer: the measurement of this load, or the remembered one. */
  private plan: BackendPlan | null = null;
  /** Background measurements started in this page load: one, or two when the remembered best failed. */
  private measureStarts = 0;
  /** A switch to a faster backend was sent (as a Reset of the untrained run) and not reported yet. */
  private switching = false;
  /** Weights were loaded into the current run (or are on their way): at step 0 it is not untrained. */
  private weightsLoaded = false;

  constructor(private readonly deps: TrainerClientDeps) {
    this.feed = new SnapshotFeed(deps.frame);
    this.snapshot = this.feed.snapshot;
    this.history = this.feed.history;
    this.settingsOut = new SettingsForwarder(deps.frame, (s) => void this.call((c) => c.setSettings(s)));
    this.measurement = new BackgroundMeasurement({
      connect: () => deps.connect('measure'),
      settings: () => trainingSettings(deps.settings.get()),
      timers: deps.timers ?? globalTimers,
      clock: deps.clock,
      onChange: () => this.refreshBackendView(),
      onDone: (probes, failure) => this.measured(probes, failure),
    });
  }

  /** Starts the worker and forwards every settings change to it from now on. */
  start(): void {
    this.unsubscribe ??= this.deps.settings.subscribe(() => this.settingsOut.offer(this.deps.settings.get()));
    if (!this.plan) {
      const remembered = this.deps.memory.read();
      if (remembered) {
        this.plan = planFrom(remembered, 'memory');
        this.measurement.restore(remembered);
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
    this.feed.clear();
    this.transport.set(STARTING);
    connection.onCrash((detail) => this.crash(gen, detail));

    const settings = trainingSettings(this.deps.settings.get());
    this.settingsOut.given(settings);
    const onSnapshot = (s: Snapshot) => {
      if (gen === this.generation) this.receive(s);
    };
    const onStatus = (s: WorkerStatus) => {
      if (gen === this.generation) this.receiveStatus(s);
    };
    this.initDone = connection.init(settings, onSnapshot, onStatus, this.plan).then(
      () => {
        if (gen !== this.generation) return;
        // Play can be pressed now; the backends are measured in the background until it is (the
        // header says so from the same update that enables Play).
        this.maybeMeasure();
        this.setTransport({ ready: true });
        // Settings changed while the worker was starting: send the newest.
        this.settingsOut.offer(this.deps.settings.get());
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
    this.measurement.dispose();
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.feed.dispose();
    this.settingsOut.dispose();
    this.connection?.terminate();
    this.connection = null;
  }

  // ---- data from the worker ----

  private receive(s: Snapshot): void {
    if (this.feed.receive(s)) {
      // A new run (Reset, new seed, new architecture) starts clean: a divergence belongs to the old one.
      this.clearDivergence();
      this.weightsLoaded = false;
    }
    if (this.pendingTransport === 0 && s.running !== this.transport.get().running)
      this.setTransport({ running: s.running });
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
    if (s.kind === 'diverged' || s.kind === 'error') {
      patch.running = false;
      this.feed.stopped(); // no last snapshot comes: the history held back is drawn now
    }
    this.setTransport(patch);
  }

  // ---- backends: the background measurement ----

  private backendView(): BackendReport | null {
    if (!this.workerReport) return null;
    return displayReport(this.workerReport, this.measurement.state, {
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
    const m = this.measurement.state;
    if (!report || m.phase === 'running' || m.phase === 'paused' || this.measureStarts >= 2) return;
    const staleMemory =
      m.source === 'memory' &&
      report.chosenBy === 'memory' &&
      this.plan !== null &&
      this.plan.order.length > 0 &&
      this.plan.order[0] !== report.active;
    if (m.phase === 'none' || staleMemory) {
      this.measureStarts++;
      // The active backend first: the others are compared with it, measured in the same conditions.
      this.measurement.start([report.active, ...START_ORDER.filter((n) => n !== report.active)]);
    }
  }

  /** The measurement is over (`failure`: for every backend it did not answer for); use it, and remember a whole one. */
  private measured(probes: BackendProbe[], failure?: BackendFailure): void {
    // A measurement cut short by a crash is not remembered: the next load tries again.
    if (!failure) this.deps.memory.write(probes);
    const plan = planFrom(probes, 'measurement');
    this.plan = plan;
    void this.call((c) => c.setPlan(plan));
    this.maybeSwitch();
  }

  /** The measurement runs only while nothing trains: from Play until the worker has answered Pause. */
  private followTraining(): void {
    this.measurement.setTraining(this.transport.get().running || this.pendingTransport > 0);
  }

  /**
   * With 'auto', a measured backend faster than the active one replaces it at once if the run is
   * still at step 0 (the same seed gives the same run: nothing is lost); otherwise the header says it
   * will be used from the next run, and the worker (which has the plan) starts that run on it.
   */
  private maybeSwitch(): void {
    const report = this.workerReport;
    if (!report || report.how !== 'auto' || this.deps.settings.get().backend !== 'auto') return;
    const faster = fasterBackend(this.measurement.state.probes, report.active, failedInWorker(report, this.plan));
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
      this.feed.latest !== null &&
      this.feed.latest.step === 0
    );
  }

  private setTransport(patch: Partial<TransportState>): void {
    this.transport.set({ ...this.transport.get(), ...patch });
    this.followTraining();
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
    // Counted first: until the worker answers, it may still be training (the measurement waits).
    this.pendingTransport++;
    // A diverged run stays paused until Reset; the worker decides, the banner explains.
    this.setTransport({ running: run });
    void this.call((c) => (run ? c.play() : c.pause())).finally(() => {
      // From now on the worker's snapshots say whether it runs (e.g. it refuses to play a diverged run).
      this.pendingTransport = Math.max(0, this.pendingTransport - 1);
      this.followTraining();
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
    const settings = trainingSettings(this.deps.settings.get());
    this.settingsOut.given(settings);
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
    this.settingsOut.flush();
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
}
