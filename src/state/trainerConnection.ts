// The page's line to the training worker. The client (trainerClient.ts) talks to this interface; the
// real one is a module Web Worker behind comlink, the unit tests use an in-process fake.
import * as Comlink from 'comlink';
import type { Snapshot, TrainerApi, WorkerStatus } from '../core/protocol';
import type { TrainingSettings } from '../core/settings';

export interface TrainerConnection {
  init(
    settings: TrainingSettings,
    onSnapshot: (s: Snapshot) => void,
    onStatus: (s: WorkerStatus) => void,
  ): Promise<void>;
  setSettings(settings: TrainingSettings): Promise<void>;
  play(): Promise<void>;
  pause(): Promise<void>;
  step(): Promise<void>;
  reset(settings: TrainingSettings): Promise<void>;
  /** Called once if the worker dies (an uncaught error, a message that cannot be decoded). */
  onCrash(listener: (detail: string) => void): void;
  terminate(): void;
}

/** Starts the training worker (src/worker/trainer.worker.ts) and wraps it. */
export function connectWorker(): TrainerConnection {
  const worker = new Worker(new URL('../worker/trainer.worker.ts', import.meta.url), {
    type: 'module',
    name: 'gan-trainer',
  });
  const api = Comlink.wrap<TrainerApi>(worker);
  return {
    init: (settings, onSnapshot, onStatus) => api.init(settings, Comlink.proxy(onSnapshot), Comlink.proxy(onStatus)),
    setSettings: (s) => api.setSettings(s),
    play: () => api.play(),
    pause: () => api.pause(),
    step: () => api.step(),
    reset: (s) => api.reset(s),
    onCrash(listener) {
      worker.addEventListener('error', (e) => {
        e.preventDefault();
        listener(e.message || 'an uncaught error in the worker script');
      });
      worker.addEventListener('messageerror', () => listener('a message could not be decoded'));
    },
    terminate: () => worker.terminate(),
  };
}
