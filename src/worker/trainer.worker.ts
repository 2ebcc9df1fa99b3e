// The training worker: the only place a training step ever runs. The page also starts this script a
// second time, briefly, to measure the backends in the background (measure()): tfjs has one active
// backend per worker, so the measurement cannot run beside training in the same one.
import { configureWasm } from '../engine/backends';
import { Trainer } from '../engine/trainer';
import type { TrainerApi } from '../core/protocol';
import { exposeHandingOver } from './handOver';
import { wasmFiles } from './wasmAssets';

configureWasm(wasmFiles(self.location.href));

const api: TrainerApi = new Trainer();
exposeHandingOver(api);
