// N GANs of one architecture trained as one (the experiments view and the convergence benchmark).
// PLACEHOLDER implementation: N single runs in a loop, with the interface the batched engine keeps.
// The real engine (leading model dimension, one optimizer update over [N, P]) replaces the class below.
import type { BackendName } from '../core/protocol';
import type { TrainingSettings } from '../core/settings';
import { buildTfGan, type TfGan } from './tfGan';

export interface BatchedGan {
  readonly backend: BackendName;
  /** The seed of each model: model i is the same run as a single run of `settings` with seed seeds[i]. */
  readonly seeds: readonly number[];
  /** n full steps of every model (k D updates + one G update each), queued without reading anything back. */
  trainSteps(n: number): void;
  /**
   * G of every model (the averaged G while EMA is on, as the playground shows it) at the z grid's edges,
   * read back: one array per model, in seeds' order.
   */
  generators(zEdges: Float32Array): Promise<Float32Array[]>;
  /** Every model's weights (gEma while EMA is on), in seeds' order: what a single run's parameters() gives. */
  parameters(): Promise<{ g: Float32Array; d: Float32Array; gEma?: Float32Array }[]>;
  dispose(): void;
}

class LoopedGans implements BatchedGan {
  private readonly gans: TfGan[];
  constructor(
    readonly backend: BackendName,
    settings: TrainingSettings,
    readonly seeds: readonly number[],
  ) {
    this.gans = seeds.map((seed) => buildTfGan(backend, { ...settings, seed }));
  }
  trainSteps(n: number): void {
    for (const g of this.gans) g.trainSteps(n);
  }
  async generators(zEdges: Float32Array): Promise<Float32Array[]> {
    const x = new Float32Array(1);
    return Promise.all(this.gans.map(async (g) => (await g.evaluate(zEdges, x)).g));
  }
  parameters() {
    return Promise.all(this.gans.map((g) => g.parameters()));
  }
  dispose(): void {
    for (const g of this.gans) g.dispose();
  }
}

/** Builds N GANs on `backend` (tfjs's active backend), model i seeded with seeds[i]. */
export function buildBatchedGan(
  backend: BackendName,
  settings: TrainingSettings,
  seeds: readonly number[],
): BatchedGan {
  return new LoopedGans(backend, settings, seeds);
}
