// The experiment service the experiment worker exposes (ExperimentApi): arms A and B, each N GANs in one
// batch (batchedGan.ts), trained side by side in short chunks, every model's G read every
// EXPERIMENT_CHECK_EVERY steps and turned into a SeedReading, snapshots thinned to SNAPSHOT_HZ.
// Pure TypeScript: it also runs under Node (the unit test, on the CPU backend).
import {
  ARMS,
  EXPERIMENT_CHECK_EVERY,
  JS_THRESHOLD,
  type Arm,
  type ArmReading,
  type ExperimentApi,
  type ExperimentSetup,
  type ExperimentSnapshot,
  type SeedReading,
} from '../core/experiment';
import { seedNumbers, seedOutcome } from '../core/experimentOutcome';
import { START_ORDER, type BackendName } from '../core/protocol';
import type { TrainingSettings } from '../core/settings';
import { binnedDensity } from '../core/density';
import { targetDistribution, type Distribution1D } from '../core/distributions';
import { CHART_GRID, Z_CELLS } from '../core/grid';
import { noiseQuantileEdges } from '../core/noise';
import { buildBatchedGan, type BatchedGan } from './batchedGan';
import { initBackend } from './backends';
import { TaskQueue, yieldToEvents } from './taskQueue';

/** Snapshots while running: at most this many a second (the page redraws its small charts at most as often). */
const SNAPSHOT_HZ = 10;
/** Each uninterrupted run of training lasts about this long before the worker yields to messages. */
const CHUNK_MS = 12;
/** 'auto' tries these in order: the batched engine gains most from WebGL's large kernels. */
const AUTO_ORDER: readonly BackendName[] = ['webgl', 'wasm', 'cpu'];
const now = (): number => performance.now();
const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** One arm while it trains: its batch, its target and every seed's history of JS. */
interface ArmRun {
  settings: TrainingSettings;
  gan: BatchedGan;
  target: Distribution1D;
  pData: Float64Array;
  zEdges: Float32Array;
  readings: SeedReading[];
  histories: number[][];
}

export interface ExperimentRunnerOptions {
  /** Backends this runner may use, e.g. ['cpu'] under Node (default: every one). */
  backends?: readonly BackendName[];
  snapshotHz?: number;
}

/** An arm's settings as the experiment trains them: never the optimal-D mode, never slow motion. */
const armSettings = (s: TrainingSettings): TrainingSettings => ({ ...s, optimalD: false, slowMotion: false });

export class ExperimentRunner implements ExperimentApi {
  private onSnapshot: (s: ExperimentSnapshot) => void = () => {};
  private setup: ExperimentSetup | null = null;
  private arms: Record<Arm, ArmRun> | null = null;
  private backend: BackendName | null = null;
  private error: string | null = null;
  private stepCount = 0;
  private running = false;
  private loopActive = false;
  private chunk = 1;
  private lastSnapshotAt = -Infinity;
  private rate = { steps: 0, since: now(), value: 0 };
  private readonly queue = new TaskQueue();
  private readonly allowed: readonly BackendName[];
  private readonly snapshotInterval: number;

  constructor(options: ExperimentRunnerOptions = {}) {
    this.allowed = options.backends ?? START_ORDER;
    this.snapshotInterval = 1000 / (options.snapshotHz ?? SNAPSHOT_HZ);
  }

  private exclusive<T>(task: () => Promise<T> | T): Promise<T> {
    return this.queue.run(task);
  }

  async init(onSnapshot: (s: ExperimentSnapshot) => void): Promise<void> {
    this.onSnapshot = onSnapshot;
  }

  async configure(setup: ExperimentSetup): Promise<void> {
    this.running = false;
    await this.exclusive(async () => {
      this.disposeArms();
      this.setup = { ...setup, a: armSettings(setup.a), b: armSettings(setup.b) };
      this.stepCount = 0;
      this.error = null;
      this.chunk = 1;
      this.rate = { steps: 0, since: now(), value: 0 };
      try {
        await this.startBackend(setup.backend);
        this.arms = { a: this.buildArm(this.setup.a), b: this.buildArm(this.setup.b) };
        await this.check(false);
      } catch (e) {
        this.disposeArms();
        this.error = errorText(e);
      }
      this.post();
    });
  }

  async play(): Promise<void> {
    if (this.running) return;
    // Nothing to train (it failed to start, or it is at the end): say so, the page shows Run again.
    if (!this.arms || !this.setup || this.stepCount >= this.setup.steps) return this.exclusive(() => this.post());
    this.running = true;
    this.rate = { steps: 0, since: now(), value: this.rate.value };
    void this.loop();
  }

  async pause(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    await this.exclusive(() => this.stopped());
  }

  /** The backend asked for ('auto': the first of AUTO_ORDER that starts); throws when none does. */
  private async startBackend(wanted: BackendName | 'auto'): Promise<void> {
    const order = (wanted === 'auto' ? AUTO_ORDER : [wanted]).filter((b) => this.allowed.includes(b));
    // Started already: 'auto' keeps whatever started (WebGL's shaders take seconds to compile again).
    if (this.backend && (wanted === 'auto' || wanted === this.backend)) return;
    const failures: string[] = [];
    for (const name of order) {
      try {
        await initBackend(name);
        this.backend = name;
        return;
      } catch (e) {
        failures.push(errorText(e));
      }
    }
    this.backend = null;
    throw new Error(failures.join('; ') || `no backend among ${order.join(', ')}`);
  }

  private buildArm(settings: TrainingSettings): ArmRun {
    const seeds = Array.from({ length: this.setup!.seeds }, (_, i) => i + 1);
    const target = targetDistribution(settings);
    return {
      settings,
      gan: buildBatchedGan(this.backend!, settings, seeds),
      target,
      pData: binnedDensity(target, CHART_GRID),
      zEdges: noiseQuantileEdges(settings.noise, Z_CELLS),
      readings: [],
      histories: seeds.map(() => []),
    };
  }

  private disposeArms(): void {
    for (const arm of ARMS) {
      try {
        this.arms?.[arm].gan.dispose();
      } catch {
        /* a lost backend took its tensors with it */
      }
    }
    this.arms = null;
  }

  private async loop(): Promise<void> {
    if (this.loopActive) return;
    this.loopActive = true;
    try {
      while (this.running) {
        await this.exclusive(() => this.trainChunk());
        await yieldToEvents();
      }
    } finally {
      this.loopActive = false;
    }
  }

  /** One chunk of both arms (never past the next check or the end), then a check and a snapshot when due. */
  private async trainChunk(): Promise<void> {
    const arms = this.arms;
    if (!this.running || !arms || !this.setup) return;
    const started = now();
    const nextCheck = (Math.floor(this.stepCount / EXPERIMENT_CHECK_EVERY) + 1) * EXPERIMENT_CHECK_EVERY;
    const n = Math.max(1, Math.min(this.chunk, nextCheck - this.stepCount, this.setup.steps - this.stepCount));
    try {
      for (const arm of ARMS) arms[arm].gan.trainSteps(n);
      this.stepCount += n;
      this.rate.steps += n * 2 * this.setup.seeds;
      if (this.stepCount % EXPERIMENT_CHECK_EVERY === 0) await this.check(true);
    } catch (e) {
      // A backend that fails mid-run stops the experiment; the page says why (play() itself never throws).
      this.error = errorText(e);
      this.running = false;
    }
    // Size the next chunk so that one chunk takes about CHUNK_MS (a check's read-back included).
    const took = Math.max(now() - started, 0.05);
    const target = Math.round((n * CHUNK_MS) / took);
    this.chunk = Math.min(EXPERIMENT_CHECK_EVERY, Math.max(1, Math.round(0.5 * this.chunk + 0.5 * target)));
    if (this.stepCount >= this.setup.steps) this.running = false;
    if (!this.running) await this.stopped();
    else if (now() - this.lastSnapshotAt >= this.snapshotInterval) this.post();
  }

  /** Where training stopped: a last reading when it stopped between checks, and one snapshot. */
  private async stopped(): Promise<void> {
    try {
      if (this.arms && this.stepCount % EXPERIMENT_CHECK_EVERY !== 0) await this.check(false);
    } catch (e) {
      this.error = errorText(e);
    }
    this.post();
  }

  /** Reads every model's G; `record` adds the JS to each seed's history (a check every EXPERIMENT_CHECK_EVERY). */
  private async check(record: boolean): Promise<void> {
    const arms = this.arms;
    if (!arms) return;
    for (const arm of ARMS) {
      const run = arms[arm];
      const gs = await run.gan.generators(run.zEdges);
      run.readings = gs.map((g, i) => {
        const numbers = seedNumbers(g, run.pData, run.target);
        const history = run.histories[i];
        const before = run.readings[i];
        // Diverged stays diverged (its weights are NaN); the first step below the threshold is kept.
        const diverged = before?.outcome === 'diverged';
        const js = diverged ? NaN : numbers.js;
        if (record) history.push(js);
        const reachedAt = before?.reachedAt ?? (record && js < JS_THRESHOLD ? this.stepCount : null);
        return {
          seed: run.gan.seeds[i],
          ...numbers,
          js,
          outcome: seedOutcome({ js, modeShares: numbers.modeShares }),
          reachedAt,
          jsHistory: Float32Array.from(history),
        };
      });
    }
  }

  /** Sends a snapshot. Its arrays are copies: the worker hands their buffers over to the page. */
  private post(): void {
    const setup = this.setup;
    if (!setup) return;
    const t = now();
    if (t - this.rate.since > 500) {
      this.rate = { steps: 0, since: t, value: (1000 * this.rate.steps) / (t - this.rate.since) };
    }
    const arm = (a: Arm): ArmReading => ({
      settings: setup[a],
      seeds: (this.arms?.[a].readings ?? []).map((r) => ({
        ...r,
        modeShares: [...r.modeShares],
        density: r.density.slice(),
        jsHistory: r.jsHistory.slice(),
      })),
    });
    this.lastSnapshotAt = t;
    this.onSnapshot({
      step: this.stepCount,
      steps: setup.steps,
      running: this.running,
      rate: this.running ? this.rate.value : 0,
      backend: this.backend,
      a: arm('a'),
      b: arm('b'),
      error: this.error,
    });
  }

  /** For tests. */
  get currentStep(): number {
    return this.stepCount;
  }
  async waitIdle(): Promise<void> {
    await this.exclusive(() => undefined);
  }

  async dispose(): Promise<void> {
    this.running = false;
    await this.exclusive(() => this.disposeArms());
  }
}
