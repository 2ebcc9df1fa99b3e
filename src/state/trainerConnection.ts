// The page's line to a training worker. The client (trainerClient.ts) talks to this interface; the
// real one is a module Web Worker behind comlink, the unit tests use an in-process fake.
import * as Comlink from 'comlink';
import type {
  BackendName,
  BackendPlan,
  BackendProbe,
  Snapshot,
  TrainerApi,
  WeightsArtifacts,
  WeightsImportResult,
  WorkerStatus,
} from '../core/protocol';
import type { TrainingSettings } from '../core/settings';

/** 'train': the worker that trains; 'measure': a short-lived one that only measures the backends. */
export type WorkerRole = 'train' | 'measure';

export interface TrainerConnection {
  init(
    settings: TrainingSettings,
    onSnapshot: (s: Snapshot) => void,
    onStatus: (s: WorkerStatus) => void,
    plan: BackendPlan | null,
  ): Promise<void>;
  setSettings(settings: TrainingSettings): Promise<void>;
  play(): Promise<void>;
  pause(): Promise<void>;
  step(): Promise<void>;
  stepPart(player: 'd' | 'g'): Promise<void>;
  reset(settings: TrainingSettings): Promise<void>;
  setPlan(plan: BackendPlan): Promise<void>;
  /** Probe-only (a 'measure' worker): times each backend in turn, reporting each as it is done. */
  measure(
    settings: TrainingSettings,
    backends: BackendName[],
    onProbe: (p: BackendProbe) => void,
  ): Promise<BackendProbe[]>;
  /** The trained weights as tfjs artifacts (null: no run yet). */
  exportWeights(): Promise<WeightsArtifacts | null>;
  /** Loads weights into the run; `bin` is handed over to the worker (detached here). */
  importWeights(json: string, bin: ArrayBuffer): Promise<WeightsImportResult>;
  /** Called once if the worker dies (an uncaught error, a message that cannot be decoded). */
  onCrash(listener: (detail: string) => void): void;
  terminate(): void;
}

/** Starts a worker of src/worker/trainer.worker.ts and wraps it. */
export function connectWorker(role: WorkerRole = 'train'): TrainerConnection {
  const worker = new Worker(new URL('../worker/trainer.worker.ts', import.meta.url), {
    type: 'module',
    name: role === 'train' ? 'gan-trainer' : 'gan-backend-measurement',
  });
  const api = Comlink.wrap<TrainerApi>(worker);
  return {
    init: (settings, onSnapshot, onStatus, plan) =>
      api.init(settings, Comlink.proxy(onSnapshot), Comlink.proxy(onStatus), plan),
    setSettings: (s) => api.setSettings(s),
    play: () => api.play(),
    pause: () => api.pause(),
    step: () => api.step(),
    stepPart: (player) => api.stepPart(player),
    reset: (s) => api.reset(s),
    setPlan: (plan) => api.setPlan(plan),
    measure: (settings, backends, onProbe) => api.measure(settings, backends, Comlink.proxy(onProbe)),
    exportWeights: () => api.exportWeights(),
    importWeights: (json, bin) => api.importWeights(json, Comlink.transfer(bin, [bin])),
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
