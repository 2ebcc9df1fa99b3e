// The training worker: the only place a training step ever runs. The page also starts this script a
// second time, briefly, to measure the backends in the background (measure()): tfjs has one active
// backend per worker, so the measurement cannot run beside training in the same one.
import * as Comlink from 'comlink';
import { configureWasm } from '../engine/backends';
import { Trainer } from '../engine/trainer';
import type { BackendPlan, Snapshot, TrainerApi, WorkerStatus } from '../core/protocol';
import type { Settings } from '../core/settings';
import { wasmFiles } from './wasmAssets';

configureWasm(wasmFiles(self.location.href));

const trainer = new Trainer();

// Snapshots carry a few Float64Arrays: hand their buffers over instead of copying them.
function transferable(s: Snapshot): Snapshot {
  const a = s.analysis;
  const buffers = new Set([
    a.pData.buffer,
    a.pModel.buffer,
    a.d.buffer,
    a.dStar.buffer,
    s.batchHistogram.buffer,
    s.zxMapping.z.buffer,
    s.zxMapping.x.buffer,
  ] as ArrayBuffer[]);
  return Comlink.transfer(s, [...buffers]);
}

const api: TrainerApi = {
  init: (
    settings: Settings,
    onSnapshot: (s: Snapshot) => void,
    onStatus: (s: WorkerStatus) => void,
    plan?: BackendPlan | null,
  ) => trainer.init(settings, (s) => onSnapshot(transferable(s)), onStatus, plan),
  setSettings: (s) => trainer.setSettings(s),
  play: () => trainer.play(),
  pause: () => trainer.pause(),
  step: () => trainer.step(),
  stepPart: (player) => trainer.stepPart(player),
  reset: (s) => trainer.reset(s),
  setPlan: (plan) => trainer.setPlan(plan),
  measure: (settings, backends, onProbe) => trainer.measure(settings, backends, onProbe),
  // The .bin's bytes are handed over, not copied.
  exportWeights: async () => {
    const a = await trainer.exportWeights();
    return a ? Comlink.transfer(a, [a.bin]) : null;
  },
  importWeights: (json, bin) => trainer.importWeights(json, bin),
};

Comlink.expose(api);
