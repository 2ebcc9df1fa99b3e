// The training worker: the only place a training step ever runs.
import * as Comlink from 'comlink';
import { configureWasm } from '../engine/backends';
import { Trainer } from '../engine/trainer';
import type { Snapshot, TrainerApi, WorkerStatus } from '../core/protocol';
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
  ] as ArrayBuffer[]);
  return Comlink.transfer(s, [...buffers]);
}

const api: TrainerApi = {
  init: (settings: Settings, onSnapshot: (s: Snapshot) => void, onStatus: (s: WorkerStatus) => void) =>
    trainer.init(settings, (s) => onSnapshot(transferable(s)), onStatus),
  setSettings: (s) => trainer.setSettings(s),
  play: () => trainer.play(),
  pause: () => trainer.pause(),
  step: () => trainer.step(),
  reset: (s) => trainer.reset(s),
};

Comlink.expose(api);
