// Which backend the training worker runs on: the pinned one, else (and when the pin fails) the best of
// the page's measurement, else the first of START_ORDER that starts. Nothing is timed here: the page
// measures in the background. A backend that failed in this worker is not chosen again by 'auto'.
import {
  START_ORDER,
  type BackendFailure,
  type BackendName,
  type BackendPlan,
  type BackendProbe,
  type BackendReport,
} from '../core/protocol';
import type { BackendChoice } from '../core/settings';
import { backendFailureOf } from './backends';

/** None of the backends started: each one with why. */
export interface NoBackend {
  failures: { name: BackendName; failure: BackendFailure }[];
}

export class BackendChooser {
  /**
   * Backends that failed to start or failed while training (e.g. a lost WebGL context): not chosen
   * again by 'auto' in this worker. A pinned backend is still tried when the user pins it.
   */
  private readonly unusable = new Map<BackendName, BackendFailure>();
  /** The page's measurement (this load or remembered): 'auto' starts each new run on its best backend. */
  plan: BackendPlan | null = null;

  /** `backends`: the ones to consider for 'auto', in START_ORDER (Node has only cpu). */
  constructor(private readonly backends: readonly BackendName[]) {}

  /**
   * Starts the pinned backend, or with 'auto' (and when the pin fails) the first of the plan, then of
   * START_ORDER, that starts. `start` makes `name` tfjs's backend and builds step 0 on it, or throws.
   * Returns the report (what the choice rests on), or every failure when none works.
   * `skipPin`: the backend that just failed mid-run is not tried again.
   */
  async choose(
    choice: BackendChoice,
    start: (name: BackendName) => Promise<void>,
    skipPin?: BackendName | null,
  ): Promise<BackendReport | NoBackend> {
    let pinFailure: BackendFailure | undefined;
    if (choice !== 'auto') {
      pinFailure = skipPin === choice ? this.unusable.get(choice) : await this.tryStart(choice, start);
      if (!pinFailure) return { active: choice, how: 'pinned', probes: this.knownProbes(choice) };
    }
    for (const name of this.autoOrder()) {
      if (name === choice) continue;
      if (await this.tryStart(name, start)) continue;
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
      return report;
    }
    return { failures: [...this.unusable].map(([name, failure]) => ({ name, failure })) };
  }

  /** The backend a new 'auto' run starts on: the plan's best that has not failed here. */
  best(): BackendName | undefined {
    return this.autoOrder()[0];
  }

  /** `name` threw while training: 'auto' does not choose it again in this worker. */
  failedInTraining(name: BackendName, e: unknown): void {
    this.unusable.set(name, backendFailureOf(e, 'training'));
  }

  /** 'auto''s candidates: the plan's order, then START_ORDER; none that failed in this worker. */
  private autoOrder(): BackendName[] {
    const order = [...(this.plan?.order ?? []), ...START_ORDER];
    return order.filter(
      (name, i) => order.indexOf(name) === i && this.backends.includes(name) && !this.unusable.has(name),
    );
  }

  /** Runs `start(name)`; returns why it failed (also kept in `unusable`), or nothing. */
  private async tryStart(
    name: BackendName,
    start: (name: BackendName) => Promise<void>,
  ): Promise<BackendFailure | undefined> {
    try {
      await start(name);
      this.unusable.delete(name);
      return undefined;
    } catch (e) {
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
}
