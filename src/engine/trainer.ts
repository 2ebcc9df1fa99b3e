// The training service the worker exposes (TrainerApi): starts on a backend (backendChooser.ts), runs
// the loop in chunks, posts throttled snapshots, and pauses itself on NaN/Inf. The same class, in a
// second short-lived worker, times the backends for the page (measure(), backendProbe.ts).
// Pure TypeScript: it also runs under Node.
import {
  START_ORDER,
  type BackendName,
  type BackendPlan,
  type BackendProbe,
  type BackendReport,
  type HistoryPoint,
  type ProbeTiming,
  type Snapshot,
  type TrainerApi,
  type WeightsArtifacts,
  type WeightsImportResult,
  type WorkerStatus,
} from '../core/protocol';
import { needsNewRun, type TrainingSettings } from '../core/settings';
import { buildTfGan, type Player, type TfGan } from './tfGan';
import { initBackend } from './backends';
import { BackendChooser } from './backendChooser';
import { probeBackend } from './backendProbe';
import { Z_CELLS } from '../core/grid';
import { noiseQuantileEdges } from '../core/noise';
import { historyPoint, RunReader, X_CENTERS } from './runReading';
import { exportWeights, importWeights } from './weightsIo';
import { sleep, TaskQueue, yieldToEvents } from './taskQueue';

/**
 * Snapshots while running: at most this many a second. The page draws the latest per animation frame, and
 * frames come ~8 a second while training here (2 cores, software raster): more would be wasted work.
 */
const SNAPSHOT_HZ = 15;
/** Each uninterrupted run of training steps lasts about this long before the worker yields. */
const CHUNK_MS = 12;
/** Slow motion: one update, D's or G's, shown every this many ms (GAN Lab's slow motion). */
const SLOW_MOTION_MS = 400;
const now = (): number => performance.now();

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export interface TrainerOptions {
  /** Backends to consider for 'auto', in START_ORDER (Node has only cpu). */
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
  /** What the latest training call updated: the charts say which player just moved. */
  private lastUpdate: Snapshot['lastUpdate'] = 'both';
  /** Slow motion's place in the cycle of k D updates and one G update. */
  private slowPhase = 0;
  private lastSnapshotAt = -Infinity;
  private history: HistoryPoint[] = [];
  /** The step of the last history point sent: a paused snapshot repeats no point. */
  private lastHistoryStep = 0;
  private rate = { steps: 0, since: now(), value: 0 };
  private readonly queue = new TaskQueue();
  private readonly reader = new RunReader();
  private zEdges!: Float32Array;
  private readonly chooser: BackendChooser;
  private readonly snapshotInterval: number;

  constructor(options: TrainerOptions = {}) {
    this.chooser = new BackendChooser(options.backends ?? START_ORDER);
    this.snapshotInterval = 1000 / (options.snapshotHz ?? SNAPSHOT_HZ);
  }

  /** Runs `task` after every earlier task: the loop, settings changes and resets never interleave. */
  private exclusive<T>(task: () => Promise<T> | T): Promise<T> {
    return this.queue.run(task);
  }

  async init(
    settings: TrainingSettings,
    onSnapshot: (s: Snapshot) => void,
    onStatus: (s: WorkerStatus) => void,
    plan: BackendPlan | null = null,
  ): Promise<void> {
    this.onSnapshot = onSnapshot;
    this.onStatus = onStatus;
    this.settings = settings;
    this.chooser.plan = plan;
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
      else if (needsNewRun(prev, next)) await this.newRun();
      else this.gan?.update(next);
      if (!this.running) await this.postSnapshot();
    });
  }

  async setPlan(plan: BackendPlan): Promise<void> {
    await this.exclusive(() => {
      this.chooser.plan = plan;
    });
  }

  async measure(
    settings: TrainingSettings,
    backends: BackendName[],
    budgetMs: number,
    onProbe: (probe: BackendProbe, timed: ProbeTiming | null) => void,
  ): Promise<void> {
    await this.exclusive(async () => {
      // tfjs has one active backend per worker: probing would pull it from under a run.
      if (this.gan) throw new Error('measure() runs only in a worker that does not train');
      for (const name of backends) {
        const { probe, timed } = await probeBackend(name, settings, budgetMs);
        onProbe(probe, timed);
      }
    });
  }

  async exportWeights(): Promise<WeightsArtifacts | null> {
    return this.exclusive(() => (this.gan ? exportWeights(this.gan, this.settings, this.stepCount) : null));
  }

  async importWeights(json: string, bin: ArrayBuffer): Promise<WeightsImportResult> {
    return this.exclusive(async (): Promise<WeightsImportResult> => {
      if (!this.gan) return { ok: false, problem: { code: 'no-run' } };
      let result: WeightsImportResult;
      try {
        result = await importWeights(this.gan, this.settings, json, bin, this.stepCount);
      } catch (e) {
        return { ok: false, problem: { code: 'internal', detail: errorText(e) } };
      }
      // The run goes on from the loaded weights (playing or not); the charts show them at once.
      if (result.ok) {
        this.lastUpdate = 'both';
        await this.postSnapshot();
      }
      return result;
    });
  }

  async play(): Promise<void> {
    if (this.running || !this.gan) return;
    this.running = true;
    this.rate = { steps: 0, since: now(), value: this.rate.value };
    void this.loop();
  }

  async pause(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    // The last chunk may have run after the last snapshot: show where training really stopped. Answered
    // once that is done: nothing trains here any more (the page's measurement waits for it).
    await this.exclusive(() => this.postSnapshot()).catch((e) =>
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

  async stepPart(player: Player): Promise<void> {
    await this.exclusive(async () => {
      if (!this.gan) return;
      this.running = false;
      await this.trainPartAndShow(player);
    });
  }

  /** One update of one player, then a snapshot (the step buttons and slow motion). */
  private async trainPartAndShow(player: Player): Promise<void> {
    const gan = this.gan;
    if (!gan) return;
    try {
      gan.trainPart(player);
      if (player === 'g') {
        this.stepCount++;
        this.rate.steps++;
      }
      this.lastUpdate = player;
      await this.postSnapshot();
    } catch (e) {
      await this.recoverFromFault(e);
    }
  }

  /** Slow motion's next player: k D updates then one G update (only G's in optimal-D mode). */
  private nextSlowPlayer(): Player {
    const cycle = this.settings.optimalD ? 1 : this.settings.kD + 1;
    const player: Player = this.slowPhase % cycle === cycle - 1 ? 'g' : 'd';
    this.slowPhase = (this.slowPhase + 1) % cycle;
    return player;
  }

  async reset(settings: TrainingSettings): Promise<void> {
    this.running = false;
    await this.exclusive(async () => {
      const backendChanged = settings.backend !== this.settings.backend;
      this.settings = settings;
      this.zEdges = noiseQuantileEdges(settings.noise, Z_CELLS);
      if (backendChanged) await this.chooseBackend();
      else await this.newRun();
      await this.postSnapshot();
    });
  }

  /**
   * Step 0 of a new run with the current settings (same seed: the same run again); with 'auto', on the
   * plan's best backend when a measurement found one faster than the one training now.
   */
  private async newRun(): Promise<void> {
    if (!this.report) return;
    const best = this.report.how === 'auto' && this.settings.backend === 'auto' ? this.chooser.best() : undefined;
    if (best && best !== this.report.active) await this.chooseBackend();
    else this.rebuild(this.report.active);
  }

  /** Builds step 0 of a new run on `backend`, which must be tfjs's active backend. */
  private rebuild(backend: BackendName): void {
    this.disposeGan();
    this.runId++;
    this.stepCount = 0;
    this.history = [];
    this.lastHistoryStep = 0;
    this.lastSnapshotAt = -Infinity;
    this.gan = buildTfGan(backend, this.settings);
  }

  private disposeGan(): void {
    try {
      this.gan?.dispose();
    } catch {
      /* a lost backend took its tensors with it */
    }
    this.gan = null;
  }

  private async loop(): Promise<void> {
    if (this.loopActive) return;
    this.loopActive = true;
    try {
      while (this.running) {
        if (this.settings.slowMotion) {
          await this.exclusive(async () => {
            if (this.running && this.settings.slowMotion) await this.trainPartAndShow(this.nextSlowPlayer());
          });
          await sleep(SLOW_MOTION_MS);
          continue;
        }
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
      this.lastUpdate = 'both';
      this.slowPhase = 0;
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
    if (failed) this.chooser.failedInTraining(failed, e);
    this.disposeGan();
    this.onStatus({ kind: 'error', error: { code: 'backend-failed', backend: failed, detail } });
    try {
      await this.chooseBackend(failed);
      await this.postSnapshot();
    } catch (e2) {
      this.onStatus({ kind: 'error', error: { code: 'no-backend-left', backend: failed, detail, why: errorText(e2) } });
    }
  }

  private async postSnapshot(): Promise<void> {
    const gan = this.gan;
    if (!gan) return;
    const started = this.stepCount > 0;
    const reading = await this.reader.read(gan, this.settings, this.zEdges, started);
    if ('diverged' in reading) {
      this.running = false;
      this.onStatus({ kind: 'diverged', step: this.stepCount, where: reading.diverged });
      return;
    }
    const t = now();
    if (t - this.rate.since > 500) {
      this.rate = { steps: 0, since: t, value: (1000 * this.rate.steps) / (t - this.rate.since) };
    }
    if (this.stepCount > this.lastHistoryStep) this.history.push(historyPoint(this.stepCount, reading));
    const { analysis, batchHistogram, zxMapping, losses } = reading;
    const snapshot: Snapshot = {
      runId: this.runId,
      step: this.stepCount,
      analysis,
      batchHistogram,
      zxMapping,
      lossD: losses.lossD,
      lossG: losses.lossG,
      lossDReal: losses.lossDReal,
      lossDFake: losses.lossDFake,
      history: started ? this.history : [],
      lastUpdate: this.lastUpdate,
      stepsPerSecond: this.running ? this.rate.value : 0,
      running: this.running,
    };
    if (this.history.length) this.lastHistoryStep = this.history[this.history.length - 1].step;
    this.history = [];
    this.lastSnapshotAt = t;
    this.onSnapshot(snapshot);
  }

  /**
   * Starts a backend (backendChooser.ts) and builds step 0 on it, and says so: 'ready' with what the
   * choice rests on, or when none works an error (no run then: Play does nothing).
   */
  private async chooseBackend(skipPin?: BackendName | null): Promise<void> {
    this.disposeGan();
    this.report = null;
    const result = await this.chooser.choose(this.settings.backend, (name) => this.startOn(name), skipPin);
    if ('failures' in result) {
      this.onStatus({ kind: 'error', error: { code: 'no-backend', failures: result.failures } });
      return;
    }
    this.report = result;
    this.onStatus({ kind: 'ready', backend: result });
  }

  /** Makes `name` tfjs's backend and builds step 0 on it; throws (leaving no run) when it cannot. */
  private async startOn(name: BackendName): Promise<void> {
    this.onStatus({ kind: 'starting', phase: 'starting', backend: name });
    try {
      await initBackend(name);
      this.rebuild(name);
      // One evaluation proves that it computes (WebGL compiles its first shaders here).
      await this.gan!.evaluate(this.zEdges, X_CENTERS);
    } catch (e) {
      this.disposeGan();
      throw e;
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
    await this.exclusive(() => this.disposeGan());
  }
}
