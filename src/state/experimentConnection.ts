// The page's line to the experiment worker (src/worker/experiment.worker.ts): its API behind comlink and
// the worker's life. The client (experimentClient.ts) talks to this interface; unit tests pass a fake.
import * as Comlink from 'comlink';
import type { ExperimentApi } from '../core/experiment';

export interface ExperimentConnection extends ExperimentApi {
  terminate(): void;
}

/** Starts the experiment worker and wraps it: a callback passed to it is proxied, so it runs here. */
export function connectExperimentWorker(): ExperimentConnection {
  const worker = new Worker(new URL('../worker/experiment.worker.ts', import.meta.url), {
    type: 'module',
    name: 'gan-experiment',
  });
  const remote = Comlink.wrap<ExperimentApi>(worker);
  return {
    init: (onSnapshot) => remote.init(Comlink.proxy(onSnapshot)),
    configure: (setup) => remote.configure(setup),
    play: () => remote.play(),
    pause: () => remote.pause(),
    terminate: () => worker.terminate(),
  };
}
