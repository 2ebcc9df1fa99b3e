// What the page reads of an experiment: made with the page, before the client's code has loaded.
import type { ExperimentSnapshot } from '../core/experiment';
import { createStore, type Store } from './store';

export interface ExperimentStores {
  /** The latest snapshot (null before the first Run). */
  snapshot: Store<ExperimentSnapshot | null>;
  /** Whether it trains, as the page asked (until the worker's snapshots say otherwise). */
  running: Store<boolean>;
}

export const createExperimentStores = (): ExperimentStores => ({
  snapshot: createStore<ExperimentSnapshot | null>(null),
  running: createStore(false),
});
