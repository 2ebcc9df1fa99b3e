// `node --import ./bench/resolve-extensionless.mjs --import tsx src/bench/jsAtStep.ts --seed 7 --steps 1000`:
// the exact JS of one seed of the default setup after `steps` steps, trained under Node as the
// benchmarks train it, on the single engine (the app worker's) and on the batched one (bench:convergence's).
// e2e/same-run.spec.ts compares it with the app's worker in the browser. Prints one `JS_AT_STEP` JSON line.
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import * as tf from '@tensorflow/tfjs-core';
import type { BackendName } from '../core/protocol';
import { DEFAULT_SETTINGS } from '../core/settings';
import { trainSeeds } from './seedRuns';

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};

async function main() {
  const seed = Number(arg('seed', '1'));
  const steps = Number(arg('steps', '1000'));
  const backend = arg('backend', 'wasm') as BackendName;
  await tf.setBackend(backend);
  await tf.ready();
  const options = { steps, checkEvery: steps, backend, models: 1 };
  const jsOn = async (engine: 'single' | 'batched') =>
    (await trainSeeds(DEFAULT_SETTINGS, [seed], { ...options, engine }))[0].checks[0].js;
  const result = {
    backend: tf.getBackend(),
    seed,
    steps,
    single: await jsOn('single'),
    batched: await jsOn('batched'),
  };
  console.log(`JS_AT_STEP ${JSON.stringify(result)}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
