// The page's line to a training worker: the worker's API (TrainerApi, src/core/protocol.ts) and the
// worker's life. The client (trainerClient.ts) talks to this interface; the real one is a module Web
// Worker behind comlink, the unit tests use an in-process fake (testing/fakeTrainer.ts).
import * as Comlink from 'comlink';
import type { TrainerApi } from '../core/protocol';

/** 'train': the worker that trains; 'measure': a short-lived one that only measures the backends. */
export type WorkerRole = 'train' | 'measure';

export interface TrainerConnection extends TrainerApi {
  /** Called once if the worker dies (an uncaught error, a message that cannot be decoded). */
  onCrash(listener: (detail: string) => void): void;
  terminate(): void;
}

/**
 * An argument as comlink must send it: a callback is proxied (it runs here when the worker calls it),
 * an ArrayBuffer is handed over (detached here), anything else is copied.
 */
function toWorker(arg: unknown): unknown {
  if (typeof arg === 'function') return Comlink.proxy(arg);
  if (arg instanceof ArrayBuffer) return Comlink.transfer(arg, [arg]);
  return arg;
}

/**
 * The API behind a comlink endpoint (a worker, a port): every method forwarded as it is named, its
 * arguments prepared by toWorker. Comlink's view has TrainerApi's very signatures (each method answers
 * with a promise).
 */
export function remoteTrainer(endpoint: Comlink.Endpoint): TrainerApi {
  const remote: TrainerApi = Comlink.wrap<TrainerApi>(endpoint);
  return new Proxy(remote, {
    get(target, key) {
      // Not a promise-like (so that `await` and Promise.resolve leave it alone), and no symbols.
      if (typeof key !== 'string' || key === 'then') return undefined;
      const method = Reflect.get(target, key) as (...args: unknown[]) => Promise<unknown>;
      return (...args: unknown[]) => method(...args.map(toWorker));
    },
  });
}

/** Starts a worker of src/worker/trainer.worker.ts and wraps it. */
export function connectWorker(role: WorkerRole = 'train'): TrainerConnection {
  const worker = new Worker(new URL('../worker/trainer.worker.ts', import.meta.url), {
    type: 'module',
    name: role === 'train' ? 'gan-trainer' : 'gan-backend-measurement',
  });
  const api = remoteTrainer(worker);
  const life: Pick<TrainerConnection, 'onCrash' | 'terminate'> = {
    onCrash(listener) {
      worker.addEventListener('error', (e) => {
        e.preventDefault();
        listener(e.message || 'an uncaught error in the worker script');
      });
      worker.addEventListener('messageerror', () => listener('a message could not be decoded'));
    },
    terminate: () => worker.terminate(),
  };
  return new Proxy(life, {
    get: (target, key) => (key in target ? Reflect.get(target, key) : Reflect.get(api, key)),
  }) as TrainerConnection;
}
