// The page's side of an experiment: starts the experiment worker on the first Run, keeps its latest
// snapshot, and runs it from the settings (A = the playground's training settings, B = A with the
// variant's overrides, N seeds, the steps). A change of setup while nothing trains takes the experiment
// back to step 0. The playground's own run and the experiment never train at once (two cores).
import type { ExperimentSetup, ExperimentSnapshot } from '../core/experiment';
import { variantSettings } from '../core/experimentVariant';
import type { BackendName } from '../core/protocol';
import { trainingSettings, type Settings } from '../core/settings';
import { connectExperimentWorker, type ExperimentConnection } from './experimentConnection';
import { createExperimentStores, type ExperimentStores } from './experimentStores';
import type { Store } from './store';

export interface ExperimentClientDeps {
  /** Default: the real experiment worker. */
  connect?: () => ExperimentConnection;
  settings: Store<Settings>;
  /** The backend the playground trains on (its report), else 'auto'. */
  backend: () => BackendName | 'auto';
  /** Pauses the playground's own run if it plays. */
  pausePlayground: () => void;
}

/** The experiment's setup from the settings. */
function experimentSetup(s: Settings, backend: BackendName | 'auto'): ExperimentSetup {
  const a = trainingSettings(s);
  return { a, b: variantSettings(a, s.variantB), seeds: s.experimentSeeds, steps: s.experimentSteps, backend };
}

/**
 * What a change of setup is compared by: not the backend (the same runs, elsewhere), nor the playground's
 * own seed (the experiment trains seeds 1..N whatever it is).
 */
const setupKey = (s: ExperimentSetup): string =>
  JSON.stringify([{ ...s.a, seed: 0 }, { ...s.b, seed: 0 }, s.seeds, s.steps]);

export class ExperimentClient {
  readonly snapshot: ExperimentStores['snapshot'];
  readonly running: ExperimentStores['running'];
  private connection: ExperimentConnection | null = null;
  private ready: Promise<void> = Promise.resolve();
  /** The setup the worker was last configured with. */
  private configured: string | null = null;
  /** Play/pause calls not yet answered: meanwhile `running` is what the page asked for. */
  private pending = 0;
  /** Settings change within keepingResults(): the results stay until the next Run or change of setup. */
  private holding = false;
  private kept: string | null = null;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly deps: ExperimentClientDeps,
    stores: ExperimentStores = createExperimentStores(),
  ) {
    this.snapshot = stores.snapshot;
    this.running = stores.running;
    this.unsubscribe = deps.settings.subscribe(() => this.followSetup());
  }

  private setup(): ExperimentSetup {
    return experimentSetup(this.deps.settings.get(), this.deps.backend());
  }

  /** The worker, started on first use. */
  private worker(): ExperimentConnection {
    if (!this.connection) {
      const c = (this.deps.connect ?? connectExperimentWorker)();
      this.connection = c;
      this.ready = c.init((s) => this.received(s));
    }
    return this.connection;
  }

  private received(s: ExperimentSnapshot): void {
    this.snapshot.set(s);
    if (this.pending === 0) this.running.set(s.running);
  }

  /** Sends `setup` unless the worker already has it (or `force`: Reset). */
  private async configure(setup: ExperimentSetup, force: boolean): Promise<void> {
    const key = setupKey(setup);
    if (!force && key === this.configured) return;
    this.configured = key;
    const c = this.worker();
    await this.ready;
    await c.configure(setup);
  }

  /** Trains from where it is (from step 0 after a change of setup, or once it has finished). */
  run(): void {
    this.deps.pausePlayground();
    const setup = this.setup();
    const done = this.snapshot.get();
    const finished = done !== null && done.step >= done.steps && setupKey(setup) === this.configured;
    this.transport(true, () => this.configure(setup, finished).then(() => this.connection!.play()));
  }

  pause(): void {
    if (!this.connection) return;
    this.transport(false, () => this.connection!.pause());
  }

  /** Step 0 of the current setup (paused). */
  reset(): void {
    this.transport(false, async () => {
      if (this.connection) await this.connection.pause();
      await this.configure(this.setup(), true);
    });
  }

  private transport(run: boolean, call: () => Promise<void>): void {
    this.pending++;
    this.running.set(run);
    // Until the worker answers, its snapshots may be older than the request; after, they say what it does.
    void call()
      .catch(() => this.running.set(false))
      .finally(() => {
        this.pending = Math.max(0, this.pending - 1);
      });
  }

  /**
   * Runs `change` (a change of the settings) keeping the experiment's results on screen: a seed opened
   * in the playground changes the settings, and the class still wants to see the counts when it comes
   * back. The next Run trains the new setup from step 0.
   */
  keepingResults(change: () => void): void {
    this.holding = true;
    try {
      change();
    } finally {
      this.holding = false;
      this.kept = setupKey(this.setup());
    }
  }

  /** A new setup while nothing trains: back to step 0 (only once the worker exists). */
  private followSetup(): void {
    if (!this.connection || this.running.get() || this.holding) return;
    const setup = this.setup();
    const key = setupKey(setup);
    // The setup of keepingResults() is no new change (the view, the language… may change meanwhile).
    if (key !== this.configured && key !== this.kept) void this.configure(setup, false);
  }

  dispose(): void {
    this.unsubscribe();
    this.connection?.terminate();
    this.connection = null;
  }
}
