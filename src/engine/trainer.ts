// The training service the worker exposes: starts on the backend quickest to start (or the measured best
// the page hands it), runs the loop in chunks, posts throttled snapshots, and pauses itself on NaN/Inf.
// The same class, in a second short-lived worker, measures the backends for the page (measure()).
// Pure TypeScript: it also runs under Node.
import {
  START_ORDER,
  type BackendFailure,
  type BackendName,
  type BackendPlan,
  type BackendProbe,
  type BackendReport,
  type HistoryPoint,
  type Snapshot,
  type TrainerApi,
  type WeightsArtifacts,
  type WeightsImportResult,
  type WorkerStatus,
} from '../core/protocol';
import { needsNewRun, scopeKey, type TrainingSettings } from '../core/settings';
import { buildTfGan, createTfGan, type Player, type TfGan } from './tfGan';
import { backendFailureOf, initBackend } from './backends';
import { binCenters, CHART_GRID, Z_CELLS } from '../core/grid';
import { noiseQuantileEdges } from '../core/noise';
import { targetDistribution } from '../core/distributions';
import { analyze } from '../core/analysis';
import { binnedDensity, histogramDensity } from '../core/density';
import { exportWeights, importWeights } from './weightsIo';

/** Snapshots while running: at most this many a second (the charts draw the latest on each frame). */
export const SNAPSHOT_HZ = 30;
/** Each uninterrupted run of training steps lasts about this long before the worker yields. */
const CHUNK_MS = 12;
/** Slow motion: one update, D's or G's, shown every this many ms (GAN Lab's slow motion). */
export const SLOW_MOTION_MS = 400;
/** Backend probe: measured steps after warm-up, for about this long per backend. */
const PROBE_MS = 300;

/**
 * A backend whose first steps take longer than this is reported as (at most) 3 steps per that time. The
 * probe runs in the background (measure()), so this only bounds how long the probe worker lives.
 */
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

/** The z → x mapping view's 41 lines: every 100th of the 4,001 z-edges and G there (Snapshot.zxMapping). */
function mappingSubsample(zEdges: Float32Array, g: Float32Array): Snapshot['zxMapping'] {
  const lines = 41,
    every = (zEdges.length - 1) / (lines - 1);
  const z = Float64Array.from({ length: lines }, (_, i) => zEdges[Math.round(i * every)]);
  return { z, x: Float64Array.from({ length: lines }, (_, i) => g[Math.round(i * every)]) };
}

export interface TrainerOptions {
  /** Backends to consider for 'auto', in START_ORDER (Node has only cpu). */
  backends?: readonly BackendName[];
  snapshotHz?: number;
}

/**
 * Times a few steps of `settings` on one backend; never throws. Switches tfjs's active backend: only
 * for a worker that is not training (Trainer.measure).
 */
export async function probeBackend(name: BackendName, settings: TrainingSettings): Promise<BackendProbe> {
  let gan: TfGan | null = null;
  try {
    gan = await createTfGan(name, { ...settings });
    // The first steps compile WebGL shaders: not part of the measurement, but bounded, because a
    // software WebGL (SwiftShader) can take many seconds here (docs/engine.md §4).
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
  private queue: Promise<unknown> = Promise.resolve();
  private readonly xCenters = Float32Array.from(binCenters(CHART_GRID));
  private zEdges!: Float32Array;
  private readonly backends: readonly BackendName[];
  private readonly snapshotInterval: number;
  /**
   * Backends that failed to start or failed while training (e.g. a lost WebGL context): not chosen
   * again by 'auto' in this worker. A pinned backend is still tried when the user pins it.
   */
  private readonly unusable = new Map<BackendName, BackendFailure>();
  /** The page's measurement (this load or remembered): 'auto' starts each new run on its best backend. */
  private plan: BackendPlan | null = null;

  constructor(options: TrainerOptions = {}) {
    this.backends = options.backends ?? START_ORDER;
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
    plan: BackendPlan | null = null,
  ): Promise<void> {
    this.onSnapshot = onSnapshot;
    this.onStatus = onStatus;
    this.settings = settings;
    this.plan = plan;
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
      this.plan = plan;
    });
  }

  async measure(
    settings: TrainingSettings,
    backends: BackendName[],
    onProbe: (p: BackendProbe) => void,
  ): Promise<BackendProbe[]> {
    return this.exclusive(async () => {
      // tfjs has one active backend per worker: probing would pull it from under a run.
      if (this.gan) throw new Error('measure() runs only in a worker that does not train');
      const probes: BackendProbe[] = [];
      for (const name of backends) {
        const probe = await probeBackend(name, settings);
        probes.push(probe);
        onProbe(probe);
      }
      return probes;
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
        result = importWeights(this.gan, this.settings, json, bin, this.stepCount);
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
    const best = this.report.how === 'auto' && this.settings.backend === 'auto' ? this.autoOrder()[0] : undefined;
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
    if (failed) this.unusable.set(failed, backendFailureOf(e, 'training'));
    this.disposeGan();
    this.onStatus({ kind: 'error', error: { code: 'backend-failed', backend: failed, detail } });
    try {
      await this.chooseBackend(failed);
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
      objective: this.settings.objective,
      optimalD: this.settings.optimalD,
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
        w1: analysis.w1,
        lossD: losses.lossD,
        lossG: losses.lossG,
      });
    const snapshot: Snapshot = {
      runId: this.runId,
      step: this.stepCount,
      analysis,
      batchHistogram: histogramDensity(fakes, CHART_GRID),
      zxMapping: mappingSubsample(this.zEdges, g),
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
   * Starts the pinned backend, or with 'auto' (and when the pin fails) the first backend of the plan,
   * then of START_ORDER, that starts: nothing is timed here, the page measures in the background. The
   * report says what the choice rests on. When none works it says so in a status and leaves no run
   * (Play then does nothing). `skipPin`: the backend that just failed mid-run is not tried again.
   */
  private async chooseBackend(skipPin?: BackendName | null): Promise<void> {
    this.disposeGan();
    this.report = null;
    const choice = this.settings.backend;
    let pinFailure: BackendFailure | undefined;
    if (choice !== 'auto') {
      pinFailure = skipPin === choice ? this.unusable.get(choice) : await this.startOn(choice);
      if (!pinFailure) {
        this.ready({ active: choice, how: 'pinned', probes: this.knownProbes(choice) });
        return;
      }
    }
    for (const name of this.autoOrder()) {
      if (name === choice) continue;
      if (await this.startOn(name)) continue;
      const report: BackendReport = {
        active: name,
        how: 'auto',
        chosenBy: !this.plan ? 'start-order' : this.plan.source === 'memory' ? 'memory' : 'measurement',
        probes: this.knownProbes(name),
      };
      if (choice !== 'auto') {
        report.how = 'fallback';
        report.pinned = { name: choice, failure: pinFailure ?? { code: 'start-failed', detail: '' } };
      }
      this.ready(report);
      return;
    }
    const failures = [...this.unusable].map(([name, failure]) => ({ name, failure }));
    this.onStatus({ kind: 'error', error: { code: 'no-backend', failures } });
  }

  /** 'auto''s candidates: the plan's order, then START_ORDER; none that failed in this worker. */
  private autoOrder(): BackendName[] {
    const order = [...(this.plan?.order ?? []), ...START_ORDER];
    return order.filter(
      (name, i) => order.indexOf(name) === i && this.backends.includes(name) && !this.unusable.has(name),
    );
  }

  /** Starts `name` and builds step 0 on it; returns why it failed (also kept in `unusable`), or nothing. */
  private async startOn(name: BackendName): Promise<BackendFailure | undefined> {
    this.onStatus({ kind: 'starting', phase: 'starting', backend: name });
    try {
      await initBackend(name);
      this.rebuild(name);
      // One evaluation proves that it computes (WebGL compiles its first shaders here).
      await this.gan!.evaluate(this.zEdges, this.xCenters);
      this.unusable.delete(name);
      return undefined;
    } catch (e) {
      this.disposeGan();
      const failure = backendFailureOf(e, 'start');
      this.unusable.set(name, failure);
      return failure;
    }
  }

  /** The report's list: the plan's measurement, what failed in this worker, and the active backend. */
  private knownProbes(active: BackendName): BackendProbe[] {
    const probes = new Map<BackendName, BackendProbe>();
    for (const p of this.plan?.probes ?? []) probes.set(p.name, p);
    for (const [name, failure] of this.unusable) probes.set(name, { name, ok: false, failure });
    const measured = probes.get(active);
    probes.set(active, measured?.ok ? measured : { name: active, ok: true });
    return [...probes.values()];
  }

  private ready(report: BackendReport): void {
    this.report = report;
    this.onStatus({ kind: 'ready', backend: report });
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
