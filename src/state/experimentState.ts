// The Experiments view's part of the page's state: its stores exist from the start (the view reads
// them), while the client that drives the experiment worker (experimentClient.ts) loads on the first
// action, so neither its code nor the worker's is part of the first screen.
import type { Arm } from '../core/experiment';
import type { Settings } from '../core/settings';
import type { ExperimentClient, ExperimentClientDeps } from './experimentClient';
import { createExperimentStores, type ExperimentStores } from './experimentStores';

export interface ExperimentState extends ExperimentStores {
  run(): void;
  pause(): void;
  reset(): void;
  /** Opens one seed of an arm in the playground: its settings, that seed, step 0, paused. */
  openSeed(arm: Arm, seed: number): void;
}

export function createExperimentState(
  deps: ExperimentClientDeps & {
    /** Sets the settings of a seed opened in the playground (and the view). */
    patchSettings: (patch: Partial<Settings>) => void;
    /** The playground's run back to step 0, paused. */
    restartRun: () => void;
  },
): ExperimentState & { dispose(): void } {
  const stores = createExperimentStores();
  let client: ExperimentClient | null = null;
  let loading: Promise<ExperimentClient> | null = null;
  let disposed = false;
  const withClient = (action: (c: ExperimentClient) => void) => {
    loading ??= import('./experimentClient').then((m) => (client = new m.ExperimentClient(deps, stores)));
    void loading.then((c) => {
      if (!disposed) action(c);
    });
  };
  return {
    ...stores,
    run: () => withClient((c) => c.run()),
    pause: () => withClient((c) => c.pause()),
    reset: () => withClient((c) => c.reset()),
    openSeed(arm, seed) {
      const s = stores.snapshot.get();
      if (!s || !client) return;
      if (stores.running.get()) client.pause();
      const patch = { ...s[arm].settings, seed, view: 'playground' as const };
      client.keepingResults(() => deps.patchSettings(patch));
      deps.restartRun();
    },
    dispose() {
      disposed = true;
      client?.dispose();
    },
  };
}
