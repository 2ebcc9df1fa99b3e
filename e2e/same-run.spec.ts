// Same seed, same run: the app's worker (WASM in the browser) and the benchmarks (WASM under Node,
// src/bench/seedRuns.ts) train the default setup to the same JS at step 1,000, so every "k of N
// seeds" the README and the lessons state (measured under Node) is a claim about the app.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { button, expect, openApp, readNumber, test } from './fixtures';

const SEED = 7;
const STEPS = 1000;

/** JS at step 1,000 under Node, on the single engine (the worker's) and the batched one (bench:convergence's). */
async function nodeJs(): Promise<{ backend: string; single: number; batched: number }> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      '--import',
      './bench/resolve-extensionless.mjs',
      '--import',
      'tsx',
      'src/bench/jsAtStep.ts',
      '--seed',
      String(SEED),
      '--steps',
      String(STEPS),
    ],
    { timeout: 120_000 },
  );
  const line = stdout.split('\n').find((l) => l.startsWith('JS_AT_STEP '));
  if (!line) throw new Error(`no JS_AT_STEP line in: ${stdout}`);
  return JSON.parse(line.slice('JS_AT_STEP '.length));
}

test('seed 7, default settings: the worker on WASM and the benchmark under Node reach the same JS at step 1,000', async ({
  page,
}) => {
  const node = nodeJs();
  await openApp(page, `#be=wasm&seed=${SEED}`);
  await expect(page.getByTestId('readout-backend')).toHaveText('wasm');
  // One step per press, as a student stepping through; the worker queues them in order.
  await page.locator('body').focus();
  for (let i = 0; i < STEPS; i++) await page.keyboard.press('s');
  await expect.poll(() => readNumber(page, 'step'), { timeout: 120_000 }).toBe(STEPS);

  await page.getByLabel('Export or load: training history, settings, weights', { exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    button(page, 'Download the training history as CSV').click(),
  ]);
  const lines = (await readFile((await download.path())!, 'utf8')).trimEnd().split('\r\n');
  const header = lines[0].split(',');
  const rows = lines.slice(1).map((l) => l.split(',').map(Number));
  // Every step is in the history (one point per step), so step 1,000 is exactly there.
  expect(rows.map((r) => r[0])).toEqual(Array.from({ length: STEPS }, (_, i) => i + 1));
  const browserJs = rows[STEPS - 1][header.indexOf('js_nats')];

  const { backend, single, batched } = await node;
  expect(backend).toBe('wasm');
  console.log(`seed ${SEED}, step ${STEPS}: JS worker ${browserJs}, Node single ${single}, Node batched ${batched}`);
  expect(browserJs).toBeGreaterThan(0);
  // Not a number that stayed at its start: JS at step 0 is > 0.3 on the default target.
  expect(browserJs).toBeLessThan(0.3);
  // Measured: the single engine equal to 4e-16 (the same kernels in the same order). The batched engine
  // (bench:convergence, bench:lessons) rounds a batched product unlike a plain one on WASM, and 1,000
  // steps of a GAN amplify that: 5e-7 relative with the nets before issue 16, 2.6e-3 with the tanh G. So a
  // batched count can differ from the app's on a seed that sits at a threshold; `--engine single` is exact.
  expect(Math.abs(browserJs - single) / single).toBeLessThan(1e-9);
  expect(Math.abs(browserJs - batched) / batched).toBeLessThan(2e-2);
});
