// The main thread's side of the training worker: starts it, forwards settings and commands, keeps
// only the latest snapshot (drawn on the next animation frame), collects the history of every
// snapshot, and restarts the worker when it crashes so the page recovers without a reload.
import * as Comlink from 'comlink';
import type { BackendReport, HistoryPoint, Snapshot, TrainerApi, WorkerStatus } from '../core/protocol';
import type { Settings } from '../core/settings';
import { onNextFrame } from './frame';
import { addNotice } from './notices';
import { settingsStore } from './settingsStore';
import { createStore } from './store';

/** History is downsampled by 2 (and later points are taken every `stride`) beyond this many points. */
export const HISTORY_LIMIT = 4000;

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

export const snapshotStore = createStore<Snapshot | null>(null);
export const historyStore = createStore<HistoryView>({ runId: -1, points: [], version: 0 });
export const transportStore = createStore<TransportState>({
  status: { kind: 'starting', message: 'Starting the training worker…' },
  backend: null,
  running: false,
  ready: false,
});

function createWorker(): Worker {
  return new Worker(new URL('../worker/trainer.worker.ts', import.meta.url), { type: 'module', name: 'gan-trainer' });
}

const errorText = (e: unknown): string => {
  if (e instanceof Error) return e.message || e.name;
  if (typeof e === 'string') return e;
  if (e && typeof e === 'object' && 'message' in e) return String((e as { message: unknown }).message);
  return 'unknown error';
};

class TrainerClient {
  private worker: Worker | null = null;
  private api: Comlink.Remote<TrainerApi> | null = null;
  /** Bumped on every (re)start; callbacks and rejections from older workers are ignored. */
  private generation = 0;
  private initDone: Promise<void> = Promise.resolve();
  private crashes: number[] = [];

  private latest: Snapshot | null = null;
  private frame: (() => void) | null = null;
  private history: HistoryPoint[] = [];
  private historyRunId = -1;
  private stride = 1;
  private strideCount = 0;
  private historyVersion = 0;
  private historyDirty = false;

  private pendingSettings: Settings | null = null;
  private settingsFrame: (() => void) | null = null;
  private lastSent: Settings | null = null;
  /** Play/pause calls not yet answered: while > 0 the button shows what the user asked for. */
  private pendingTransport = 0;

  start(): void {
    this.generation++;
    const gen = this.generation;
    const worker = createWorker();
    this.worker = worker;
    const api = Comlink.wrap<TrainerApi>(worker);
    this.api = api;
    this.pendingTransport = 0;
    this.latest = null;
    this.resetHistory(-1);
    snapshotStore.set(null);
    this.setTransport({
      status: { kind: 'starting', message: 'Starting the training worker…' },
      backend: null,
      running: false,
      ready: false,
    });

    worker.addEventListener('error', (e) => {
      e.preventDefault();
      this.crash(gen, e.message || 'an uncaught error in the worker script');
    });
    worker.addEventListener('messageerror', () => this.crash(gen, 'a message could not be decoded'));

    const settings = settingsStore.get();
    this.lastSent = settings;
    const onSnapshot = (s: Snapshot) => {
      if (gen === this.generation) this.receive(s);
    };
    const onStatus = (s: WorkerStatus) => {
      if (gen === this.generation) this.receiveStatus(s);
    };
    this.initDone = api.init(settings, Comlink.proxy(onSnapshot), Comlink.proxy(onStatus)).then(
      () => {
        if (gen !== this.generation) return;
        this.setTransport({ ready: true });
        // Settings changed while the worker was starting: send the newest.
        if (settingsStore.get() !== this.lastSent) this.sendSettings(settingsStore.get());
      },
      (e) => this.crash(gen, errorText(e)),
    );
  }

  /** Runs a call on the current worker after init; a rejection counts as a crash. */
  private call<T>(fn: (api: Comlink.Remote<TrainerApi>) => Promise<T>): Promise<T | undefined> {
    const gen = this.generation;
    return this.initDone.then(() => {
      if (gen !== this.generation || !this.api) return undefined;
      return fn(this.api).catch((e) => {
        this.crash(gen, errorText(e));
        return undefined;
      });
    });
  }

  private crash(gen: number, message: string): void {
    if (gen !== this.generation) return;
    console.error('Training worker crashed:', message);
    this.worker?.terminate();
    this.worker = null;
    this.api = null;
    const now = performance.now();
    this.crashes = [...this.crashes.filter((t) => now - t < 30_000), now];
    if (this.crashes.length > 3) {
      this.generation++;
      this.setTransport({
        status: {
          kind: 'error',
          message: `The training worker keeps crashing (${message}). Restart it, or reload the page.`,
        },
        running: false,
        ready: false,
      });
      return;
    }
    addNotice(`The training worker crashed: ${message}; restarted it (step count reset).`, 'error');
    this.start();
  }

  /** Manual restart after repeated crashes. */
  restart(): void {
    this.crashes = [];
    this.worker?.terminate();
    this.start();
  }

  // ---- data from the worker ----

  private receive(s: Snapshot): void {
    if (s.runId !== this.historyRunId) {
      this.resetHistory(s.runId);
      // A new run (Reset, new seed, new architecture) starts clean: a divergence belongs to the old one.
      const t = transportStore.get();
      if (t.status.kind === 'diverged' && t.backend)
        this.setTransport({ status: { kind: 'ready', backend: t.backend } });
    }
    if (s.history.length > 0) this.appendHistory(s.history);
    this.latest = s;
    if (this.pendingTransport === 0 && s.running !== transportStore.get().running)
      this.setTransport({ running: s.running });
    if (!this.frame) this.frame = onNextFrame(() => this.flush(), 100);
  }

  private flush(): void {
    this.frame = null;
    snapshotStore.set(this.latest);
    if (this.historyDirty) {
      this.historyDirty = false;
      historyStore.set({ runId: this.historyRunId, points: this.history, version: ++this.historyVersion });
    }
  }

  private resetHistory(runId: number): void {
    this.history = [];
    this.historyRunId = runId;
    this.stride = 1;
    this.strideCount = 0;
    this.historyDirty = true;
  }

  private appendHistory(points: readonly HistoryPoint[]): void {
    for (const p of points) {
      // Drop points that are not after the last one (a reset that kept the runId).
      const last = this.history[this.history.length - 1];
      if (last && p.step <= last.step) {
        if (p.step < last.step) this.resetHistory(this.historyRunId);
        else continue;
      }
      if (this.strideCount++ % this.stride !== 0) continue;
      this.history.push(p);
      if (this.history.length > HISTORY_LIMIT) {
        this.history = this.history.filter((_, i) => i % 2 === 0);
        this.stride *= 2;
        this.strideCount = 1;
      }
    }
    this.historyDirty = true;
  }

  private receiveStatus(s: WorkerStatus): void {
    const patch: Partial<TransportState> = { status: s };
    if (s.kind === 'ready') patch.backend = s.backend;
    if (s.kind === 'diverged' || s.kind === 'error') patch.running = false;
    this.setTransport(patch);
  }

  private setTransport(patch: Partial<TransportState>): void {
    transportStore.set({ ...transportStore.get(), ...patch });
  }

  // ---- commands ----

  play(): void {
    if (transportStore.get().status.kind === 'error' && !this.api) return;
    this.transport(true);
  }

  pause(): void {
    this.transport(false);
  }

  toggle(): void {
    if (transportStore.get().running) this.pause();
    else this.play();
  }

  private transport(run: boolean): void {
    this.setTransport({ running: run });
    // A diverged run stays paused until Reset; the worker decides, the banner explains.
    this.pendingTransport++;
    void this.call((api) => (run ? api.play() : api.pause()) as Promise<void>).finally(() => {
      // From now on the worker's snapshots say whether it runs (e.g. it refuses to play a diverged run).
      this.pendingTransport = Math.max(0, this.pendingTransport - 1);
    });
  }

  step(): void {
    if (transportStore.get().running) return;
    void this.call((api) => api.step());
  }

  reset(): void {
    this.flushSettingsNow(false);
    const settings = settingsStore.get();
    this.lastSent = settings;
    const t = transportStore.get();
    if (t.status.kind === 'diverged' && t.backend) this.setTransport({ status: { kind: 'ready', backend: t.backend } });
    void this.call((api) => api.reset(settings));
  }

  /** Forwards settings to the worker, at most once per animation frame. */
  sendSettings(s: Settings): void {
    this.pendingSettings = s;
    if (!this.settingsFrame) this.settingsFrame = onNextFrame(() => this.flushSettingsNow(true), 50);
  }

  private flushSettingsNow(send: boolean): void {
    this.settingsFrame?.();
    this.settingsFrame = null;
    const s = this.pendingSettings;
    this.pendingSettings = null;
    if (!send || !s || s === this.lastSent) return;
    this.lastSent = s;
    void this.call((api) => api.setSettings(s));
  }
}

export const trainer = new TrainerClient();

/** Starts the worker and wires the settings store to it. Call once. */
export function startTrainer(): void {
  trainer.start();
  settingsStore.subscribe(() => trainer.sendSettings(settingsStore.get()));
}
