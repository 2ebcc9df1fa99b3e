// The training service the worker exposes: picks a backend by measuring, runs the loop in chunks,
// posts throttled snapshots, and pauses itself on NaN/Inf. Pure TypeScript: it also runs under Node.
import type {
  BackendFailure,
  BackendName,
  BackendProbe,
  BackendReport,
  HistoryPoint,
  Snapshot,
  TrainerApi,
  WorkerStatus,
} from '../core/protocol';
import { needsNewRun, scopeKey, type TrainingSettings } from '../core/settings';
import { buildTfGan, createTfGan, type TfGan } from './tfGan';
import { BACKEND_NAMES, backendFailureOf, initBackend } from './backends';
import { binCenters, CHART_GRID, Z_CELLS } from '../core/grid';
import { noiseQuantileEdges } from '../core/noise';
import { targetDistribution } from '../core/distributions';
import { analyze } from '../core/analysis';
import { binnedDensity, histogramDensity } from '../core/density';

/** Snapshots while running: at most this many a second (the charts draw the latest on each frame). */
export const SNAPSHOT_HZ = 30;
/** Each uninterrupted run of training steps lasts about this long before the worker yields. */
const CHUNK_MS = 12;
/** Backend probe: measured steps after warm-up, for about this long per backend. */
const PROBE_MS = 300;

/** A backend whose first steps take longer than this is reported as (at most) 3 steps per that time. */
const PROBE_WARMUP_LIMIT_MS = 4000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Yields to the event loop without setTimeout's 4 ms clamp, so queued messages get handled. */
function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

const allFinite = (a: ArrayLike<number>): boolean => {
  for (let i = 0; i < a.length; i++) if (!Number.isFinite(a[i])) return false;
  return true;
};

export interface TrainerOptions {
  /** Backends to consider for 'auto' (Node has only cpu). */
  backends?: readonly BackendName[];
  snapshotHz?: number;
}

export class Trainer implements TrainerApi {
  private settings!: TrainingSettings;
  private gan: TfGan | null = null;
  private report: BackendReport | null = null;
  private onSnapshot: (s: Snapshot) => void = () => {};
  private onStatus: (s: WorkerStatus) => void = () => {};
  private running = false;
  private loopActive = false;
  private stepCount = 0;
  private runId = 0;
  private chunk = 5;
  private lastSnapshotAt = -Infinity;
  private history: HistoryPoint[] = [];
  /** The step of the last history point sent: a paused snapshot repeats no point. */
  private lastHistoryStep = 0;
  private rate = { steps: 0, since: now(), value: 0 };
  private queue: Promise<unknown> = Promise.resolve();
  private readonly xCenters = Float32Array.from(binCenters(CHART_GRID));
  private zEdges!: Float32Array;
  private readonly backends: readonly BackendName[];
  private readonly snapshotInterval: number;
  /** Backends that failed while training (e.g. a lost WebGL context): not chosen again by 'auto'. */
  private readonly broken = new Map<BackendName, BackendFailure>();

  constructor(options: TrainerOptions = {}) {
    this.backends = options.backends ?? BACKEND_NAMES;
    this.snapshotInterval = 1000 / (options.snapshotHz ?? SNAPSHOT_HZ);
  }

  /** Runs `task` after every earlier task: the loop, settings changes and resets never interleave. */
  private exclusive<T>(task: () => Promise<T> | T): Promise<T> {
    const result = this.queue.then(task);
    this.queue = result.catch(() => undefined);
    return result;
  }

  async init(
    settings: TrainingSettings,
    onSnapshot: (s: Snapshot) => void,
    onStatus: (s: WorkerStatus) => void,
  ): Promise<void> {
    this.onSnapshot = onSnapshot;
    this.onStatus = onStatus;
    this.settings = settings;
    this.zEdges = noiseQuantileEdges(settings.noise, Z_CELLS);
    await this.exclusive(async () => {
      await this.chooseBackend();
      await this.postSnapshot();
    });
  }

  async setSettings(next: TrainingSettings): Promise<void> {
    await this.exclusive(async () => {
      const prev = this.settings;
      this.settings = next;
      if (next.noise !== prev.noise) this.zEdges = noiseQuantileEdges(next.noise, Z_CELLS);
      if (next.backend !== prev.backend) await this.chooseBackend();
      else if (needsNewRun(prev, next)) this.rebuild();
      else this.gan?.update(next);
      if (!this.running) await this.postSnapshot();
    });
  }

  play(): void {
    if (this.running || !this.gan) return;
    this.running = true;
    this.rate = { steps: 0, since: now(), value: this.rate.value };
    void this.loop();
  }

  pause(): void {
    if (!this.running) return;
    this.running = false;
    // The last chunk may have run after the last snapshot: show where training really stopped.
    void this.exclusive(() => this.postSnapshot()).catch((e) =>
      this.onStatus({ kind: 'error', error: { code: 'internal', detail: errorText(e) } }),
    );
  }

  async step(): Promise<void> {
    await this.exclusive(async () => {
      if (!this.gan) return;
      this.running = false;
      await this.trainAndCheck(1, true);
    });
  }

  async reset(settings: TrainingSettings): Promise<void> {
    this.running = false;
    await this.exclusive(async () => {
      const backendChanged = settings.backend !== this.settings.backend;
      this.settings = settings;
      this.zEdges = noiseQuantileEdges(settings.noise, Z_CELLS);
      if (backendChanged) await this.chooseBackend();
      else this.rebuild();
      await this.postSnapshot();
    });
  }

  /** Step 0 of a new run with the current settings (same seed: the same run again). */
  private rebuild(): void {
    this.gan?.dispose();
    this.gan = null;
    if (!this.report) return;
    this.runId++;
    this.stepCount = 0;
    this.history = [];
    this.lastHistoryStep = 0;
    this.lastSnapshotAt = -Infinity;
    this.gan = buildTfGan(this.report.active, this.settings);
  }

  private async loop(): Promise<void> {
    if (this.loopActive) return;
    this.loopActive = true;
    try {
      while (this.running) {
        await this.exclusive(async () => {
          if (!this.running) return;
          const started = now();
          const due = started - this.lastSnapshotAt >= this.snapshotInterval;
          await this.trainAndCheck(this.chunk, due);
          // Size the next chunk so that one loop turn (training plus read-back) takes about CHUNK_MS.
          const took = Math.max(now() - started, 0.05);
          const target = Math.round((this.chunk * CHUNK_MS) / took);
          this.chunk = Math.min(2000, Math.max(1, Math.round(0.5 * this.chunk + 0.5 * target)));
        });
        await yieldToEvents();
      }
    } finally {
      this.loopActive = false;
    }
  }

  /** Trains n steps; with `snapshot`, reads back, checks for NaN/Inf and posts a snapshot. */
  private async trainAndCheck(n: number, snapshot: boolean): Promise<void> {
    const gan = this.gan;
    if (!gan) return;
    try {
      gan.trainSteps(n);
      this.stepCount += n;
      this.rate.steps += n;
      if (snapshot) await this.postSnapshot();
    } catch (e) {
      await this.recoverFromFault(e);
    }
  }

  /** A backend that throws mid-run (a lost WebGL context, an out-of-memory) is dropped for another. */
  private async recoverFromFault(e: unknown): Promise<void> {
    const failed = this.report?.active ?? null;
    this.running = false;
    const detail = errorText(e);
    if (failed) this.broken.set(failed, backendFailureOf(e, 'training'));
    try {
      this.gan?.dispose();
    } catch {
      /* the backend is gone; its tensors went with it */
    }
    this.gan = null;
    this.onStatus({ kind: 'error', error: { code: 'backend-failed', backend: failed, detail } });
    try {
      await this.chooseBackend();
      await this.postSnapshot();
    } catch (e2) {
      this.onStatus({ kind: 'error', error: { code: 'no-backend-left', backend: failed, detail, why: errorText(e2) } });
    }
  }

  private targetCache: { key: string; pData: Float64Array } | null = null;

  /** p_data on the grid, recomputed only when the target changes (it is most of a snapshot's maths). */
  private targetDensity(): Float64Array {
    const key = scopeKey(this.settings, 'target');
    if (this.targetCache?.key !== key)
      this.targetCache = { key, pData: binnedDensity(targetDistribution(this.settings), CHART_GRID) };
    return this.targetCache.pData;
  }

  private async postSnapshot(): Promise<void> {
    const gan = this.gan;
    if (!gan) return;
    const [{ g, d }, losses, fakes] = await Promise.all([
      gan.evaluate(this.zEdges, this.xCenters),
      gan.losses(),
      gan.latestFakes(),
    ]);
    const started = this.stepCount > 0;
    if (
      !allFinite(g) ||
      !allFinite(d) ||
      (started && (!Number.isFinite(losses.lossD) || !Number.isFinite(losses.lossG)))
    ) {
      this.running = false;
      const where = allFinite(g) && allFinite(d) ? 'losses' : 'weights';
      this.onStatus({ kind: 'diverged', step: this.stepCount, where });
      return;
    }
    const analysis = analyze({
      target: targetDistribution(this.settings),
      gAtZEdges: g,
      dAtCenters: d,
      grid: CHART_GRID,
      pData: this.targetDensity(),
    });
    const t = now();
    if (t - this.rate.since > 500) {
      this.rate = { steps: 0, since: t, value: (1000 * this.rate.steps) / (t - this.rate.since) };
    }
    if (this.stepCount > this.lastHistoryStep)
      this.history.push({
        step: this.stepCount,
        js: analysis.js,
        klForward: analysis.klForward.infinite ? Infinity : analysis.klForward.value,
        klReverse: analysis.klReverse.infinite ? Infinity : analysis.klReverse.value,
        lossD: losses.lossD,
        lossG: losses.lossG,
      });
    const snapshot: Snapshot = {
      runId: this.runId,
      step: this.stepCount,
      analysis,
      batchHistogram: histogramDensity(fakes, CHART_GRID),
      lossD: losses.lossD,
      lossG: losses.lossG,
      history: started ? this.history : [],
      stepsPerSecond: this.running ? this.rate.value : 0,
      running: this.running,
    };
    if (this.history.length) this.lastHistoryStep = this.history[this.history.length - 1].step;
    this.history = [];
    this.lastSnapshotAt = t;
    this.onSnapshot(snapshot);
  }

  /**
   * Measures each backend (or starts the pinned one), then builds the run on the winner. When none
   * works it says so in a status and leaves no run (Play then does nothing).
   */
  private async chooseBackend(): Promise<void> {
    this.gan?.dispose();
    this.gan = null;
    const choice = this.settings.backend;
    let report: BackendReport | null = null;
    let pinFailure: BackendFailure | undefined;
    if (choice !== 'auto') {
      this.onStatus({ kind: 'starting', phase: 'starting', backend: choice });
      const probe = await this.probe(choice);
      if (probe.ok) report = { active: choice, how: 'pinned', probes: [probe] };
      else pinFailure = probe.failure;
    }
    if (!report) {
      const probes = await this.measureAll();
      const best = probes.filter((p) => p.ok).sort((a, b) => (b.stepsPerSecond ?? 0) - (a.stepsPerSecond ?? 0))[0];
      if (!best) {
        const failures = probes.map((p) => ({
          name: p.name,
          failure: p.failure ?? { code: 'start-failed', detail: '' },
        }));
        this.report = null;
        this.onStatus({ kind: 'error', error: { code: 'no-backend', failures } });
        return;
      }
      report = { active: best.name, how: 'auto', probes };
      if (choice !== 'auto') {
        report.how = 'fallback';
        report.pinned = { name: choice, failure: pinFailure ?? { code: 'start-failed', detail: '' } };
      }
    }
    await initBackend(report.active);
    this.report = report;
    this.rebuild();
    this.onStatus({ kind: 'ready', backend: report });
  }

  private async measureAll(): Promise<BackendProbe[]> {
    const probes: BackendProbe[] = [];
    for (const name of this.backends) {
      const broken = this.broken.get(name);
      if (broken) {
        probes.push({ name, ok: false, failure: broken });
        continue;
      }
      this.onStatus({ kind: 'starting', phase: 'measuring', backend: name });
      probes.push(await this.probe(name));
    }
    return probes;
  }

  /** Times a few steps of the current settings on one backend; never throws. */
  private async probe(name: BackendName): Promise<BackendProbe> {
    let gan: TfGan | null = null;
    try {
      gan = await createTfGan(name, { ...this.settings });
      // The first steps compile WebGL shaders: not part of the measurement, but bounded, because a
      // software WebGL (SwiftShader) can take many seconds here and the page waits for the choice.
      const warmupStart = now();
      gan.trainSteps(3);
      const warm = await Promise.race([gan.losses().then(() => true), sleep(PROBE_WARMUP_LIMIT_MS).then(() => false)]);
      if (!warm) {
        const slow = gan;
        gan = null;
        void slow.losses().finally(() => slow.dispose()); // dispose once its queued work is done
        return { name, ok: true, stepsPerSecond: 3000 / (now() - warmupStart), warmupCappedMs: PROBE_WARMUP_LIMIT_MS };
      }
      const started = now();
      let steps = 0;
      while (now() - started < PROBE_MS) {
        gan.trainSteps(10);
        await gan.losses();
        steps += 10;
      }
      const stepsPerSecond = (1000 * steps) / (now() - started);
      return { name, ok: true, stepsPerSecond };
    } catch (e) {
      return { name, ok: false, failure: backendFailureOf(e, 'start') };
    } finally {
      try {
        gan?.dispose();
      } catch {
        /* ignore */
      }
    }
  }

  /** For tests and diagnostics. */
  get currentStep(): number {
    return this.stepCount;
  }
  async waitIdle(): Promise<void> {
    await this.exclusive(() => undefined);
  }

  /** Stops training and frees every tensor of the run (the benchmark runs many trainers in one worker). */
  async dispose(): Promise<void> {
    this.running = false;
    await this.exclusive(() => {
      this.gan?.dispose();
      this.gan = null;
    });
  }
}
