// The main thread's side of the training worker: starts it, forwards settings and commands, keeps
// only the latest snapshot (drawn on the next animation frame), collects the history of every
// snapshot, and restarts the worker when it crashes so the page recovers without a reload.
import type { BackendReport, HistoryPoint, Snapshot, WorkerStatus } from '../core/protocol';
import { changedScopes, trainingSettings, type Settings, type TrainingSettings } from '../core/settings';
import type { FrameScheduler } from './frame';
import { HistoryBuffer } from './historyBuffer';
import { workerCrashNoticeText } from './messages';
import type { Notices } from './notices';
import { createStore, type Store } from './store';
import type { TrainerConnection } from './trainerConnection';

export interface HistoryView {
  runId: number;
  /** Mutated in place by the client; `version` changes whenever it does. */
  points: readonly HistoryPoint[];
  version: number;
}

export interface TransportState {
  /** What the worker said (or is about to say) about itself. */
  status: WorkerStatus;
  /** The last backend report, kept across later statuses (diverged, error). */
  backend: BackendReport | null;
  running: boolean;
  /** False until the worker has answered init. */
  ready: boolean;
}

export interface TrainerClientDeps {
  connect: () => TrainerConnection;
  settings: Store<Settings>;
  notices: Notices;
  frame: FrameScheduler;
  now: () => number;
}

/** More crashes than this within CRASH_WINDOW_MS stop the automatic restarts. */
const MAX_CRASHES = 3;
const CRASH_WINDOW_MS = 30_000;

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
  private unsubscribe: (() => void) | null = null;

  constructor(private readonly deps: TrainerClientDeps) {}

  /** Starts the worker and forwards every settings change to it from now on. */
  start(): void {
    this.unsubscribe ??= this.deps.settings.subscribe(() => this.sendSettings(this.deps.settings.get()));
    this.connect();
  }

  private connect(): void {
    this.generation++;
    const gen = this.generation;
    const connection = this.deps.connect();
    this.connection = connection;
    this.pendingTransport = 0;
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
    this.initDone = connection.init(settings, onSnapshot, onStatus).then(
      () => {
        if (gen !== this.generation) return;
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
    if (s.kind === 'ready') patch.backend = s.backend;
    if (s.kind === 'diverged' || s.kind === 'error') patch.running = false;
    this.setTransport(patch);
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

  step(): void {
    if (this.transport.get().running) return;
    void this.call((c) => c.step());
  }

  reset(): void {
    this.flushSettingsNow(false);
    const settings = trainingSettings(this.deps.settings.get());
    this.lastSent = settings;
    this.clearDivergence();
    void this.call((c) => c.reset(settings));
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
