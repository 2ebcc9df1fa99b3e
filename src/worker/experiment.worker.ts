// The experiment worker: arms A and B of an experiment train here (engine/experimentRunner.ts), beside
// the playground's own worker, which pauses meanwhile (the page sees to it).
import { configureWasm } from '../engine/backends';
import { ExperimentRunner } from '../engine/experimentRunner';
import type { ExperimentApi } from '../core/experiment';
import { exposeHandingOver } from './handOver';
import { wasmFiles } from './wasmAssets';

configureWasm(wasmFiles(self.location.href));

const api: ExperimentApi = new ExperimentRunner();
exposeHandingOver(api);
