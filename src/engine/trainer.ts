// The training service the worker exposes: picks a backend by measuring, runs the loop in chunks,
// posts throttled snapshots, and pauses itself on NaN/Inf. Pure TypeScript: it also runs under Node.
import type {
  BackendName,
  BackendProbe,
  BackendReport,
  HistoryPoint,
  Snapshot,
  TrainerApi,
  WorkerStatus,
} from '../core/protocol';
import type { Settings } from '../core/settings';
import { buildTfGan, createTfGan, needsRebuild, type TfGan } from './tfGan';
import { BACKEND_LABELS, BACKEND_NAMES, initBackend } from './backends';
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
  private settings!: Settings;
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
  private readonly broken = new Map<BackendName, string>();

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
    settings: Settings,
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

  async setSettings(next: Settings): Promise<void> {
    await this.exclusive(async () => {
      const prev = this.settings;
      this.settings = next;
      if (next.noise !== prev.noise) this.zEdges = noiseQuantileEdges(next.noise, Z_CELLS);
      if (next.backend !== prev.backend) await this.chooseBackend();
      else if (needsRebuild(prev, next)) this.rebuild();
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
      this.onStatus({ kind: 'error', message: errorText(e) }),
    );
  }

  async step(): Promise<void> {
    await this.exclusive(async () => {
      if (!this.gan) return;
      this.running = false;
      await this.trainAndCheck(1, true);
    });
  }

  async reset(settings: Settings): Promise<void> {
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
    const failed = this.report?.active;
    this.running = false;
    const message = `Training failed on ${failed ? BACKEND_LABELS[failed] : 'the backend'}: ${errorText(e)}.`;
    if (failed) this.broken.set(failed, errorText(e));
    try {
      this.gan?.dispose();
    } catch {
      /* the backend is gone; its tensors went with it */
    }
    this.gan = null;
    this.onStatus({ kind: 'error', message: `${message} Switching to another backend; the run restarts at step 0.` });
    try {
      await this.chooseBackend();
      await this.postSnapshot();
    } catch (e2) {
      this.onStatus({ kind: 'error', message: `${message} No other backend works: ${errorText(e2)}` });
    }
  }

  private targetCache: { key: string; pData: Float64Array } | null = null;

  /** p_data on the grid, recomputed only when the target changes (it is most of a snapshot's maths). */
  private targetDensity(): Float64Array {
    const s = this.settings;
    const key = JSON.stringify([
      s.targetKind,
      s.components,
      s.mean0,
      s.std0,
      s.weight0,
      s.mean1,
      s.std1,
      s.weight1,
      s.mean2,
      s.std2,
      s.weight2,
      s.uniformLow,
      s.uniformHigh,
    ]);
    if (this.targetCache?.key !== key)
      this.targetCache = { key, pData: binnedDensity(targetDistribution(s), CHART_GRID) };
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
      this.onStatus({
        kind: 'diverged',
        step: this.stepCount,
        message: `Training diverged at step ${this.stepCount}: NaN or ∞ in the ${allFinite(g) && allFinite(d) ? 'losses' : 'weights'}. It was paused; press Reset, perhaps with a smaller learning rate.`,
      });
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

  /** Measures each backend (or starts the pinned one), then builds the run on the winner. */
  private async chooseBackend(): Promise<void> {
    this.gan?.dispose();
    this.gan = null;
    const choice = this.settings.backend;
    let report: BackendReport;
    if (choice !== 'auto') {
      try {
        this.onStatus({ kind: 'starting', message: `Starting ${BACKEND_LABELS[choice]}…` });
        const probe = await this.probe(choice);
        if (!probe.ok) throw new Error(probe.error);
        report = {
          active: choice,
          how: 'pinned',
          probes: [probe],
          summary: `pinned → ${BACKEND_LABELS[choice]}: ${Math.round(probe.stepsPerSecond ?? 0)} steps/s`,
        };
      } catch (e) {
        report = await this.measureAll(
          `${BACKEND_LABELS[choice]} was chosen but failed (${errorText(e)}); fell back to `,
        );
        report.how = 'fallback';
      }
    } else {
      report = await this.measureAll('auto → ');
    }
    await initBackend(report.active);
    this.report = report;
    this.rebuild();
    this.onStatus({ kind: 'ready', backend: report });
  }

  private async measureAll(prefix: string): Promise<BackendReport> {
    const probes: BackendProbe[] = [];
    for (const name of this.backends) {
      const broken = this.broken.get(name);
      if (broken) {
        probes.push({ name, ok: false, error: `failed during training: ${broken}` });
        continue;
      }
      this.onStatus({ kind: 'starting', message: `Measuring ${BACKEND_LABELS[name]}…` });
      probes.push(await this.probe(name));
    }
    const working = probes.filter((p) => p.ok).sort((a, b) => (b.stepsPerSecond ?? 0) - (a.stepsPerSecond ?? 0));
    if (working.length === 0)
      throw new Error(`no backend works: ${probes.map((p) => `${BACKEND_LABELS[p.name]}: ${p.error}`).join('; ')}`);
    const best = working[0];
    const others = probes
      .filter((p) => p !== best)
      .map((p) =>
        p.ok
          ? `${BACKEND_LABELS[p.name]} ${p.error ? '≤' : ''}${Math.round(p.stepsPerSecond ?? 0)}`
          : `${BACKEND_LABELS[p.name]} failed: ${p.error}`,
      );
    const summary = `${prefix}${BACKEND_LABELS[best.name]}: ${Math.round(best.stepsPerSecond ?? 0)} steps/s${others.length ? ` vs ${others.join(', ')}` : ''}`;
    return { active: best.name, how: 'auto', probes, summary };
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
        return {
          name,
          ok: true,
          stepsPerSecond: 3000 / (now() - warmupStart),
          error: `warm-up took over ${PROBE_WARMUP_LIMIT_MS / 1000} s; rate is an upper bound`,
        };
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
      return { name, ok: false, error: errorText(e) };
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
}
