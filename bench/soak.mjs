// `npm run bench:soak` (after `vite build`): trains the real app in headless Chromium for a long time
// (SOAK_MINUTES, default 30) and samples, once a minute, the step, the steps/s readout, tfjs's tensor
// count and bytes in the worker (tfjs keeps its engine on the worker's global object as `_tfengine`),
// the worker's JS heap and the page's JS heap. Prints a table, whether each series stayed flat, and
// one `SOAK_JSON` line. A report, not a test: it takes half an hour.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, serve } from './browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = process.env.SOAK_DIST ? path.resolve(process.env.SOAK_DIST) : path.join(root, 'dist');
const executablePath = CHROMIUM_PATH;
const MINUTES = Number(process.env.SOAK_MINUTES || 30);
const SAMPLE_MS = Number(process.env.SOAK_SAMPLE_MS || 60_000);
const HASH = process.env.SOAK_HASH || '';

if (!fs.existsSync(path.join(dist, 'index.html'))) {
  console.error('soak: dist/index.html is missing: run `vite build` first (npm run bench:soak does).');
  process.exit(1);
}

const server = await serve(dist);
const base = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({
  executablePath,
  args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
});
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
const errors = [];
page.on('pageerror', (e) => errors.push(e.message));
await page.goto(base + HASH);
const play = page.getByRole('button', { name: 'Play' });
await play.waitFor();
await page.waitForFunction(() => !document.querySelector('[data-testid=button-play]')?.disabled, null, {
  timeout: 180_000,
});
// Wait for the background measurement of the other backends to end (its short-lived worker runs the
// same script as the training worker), so that only the training worker is left to sample.
await page.waitForSelector('[data-testid=backend-line]:not([data-measuring="true"]):not([data-measuring="paused"])', {
  timeout: 180_000,
});
await page.waitForTimeout(1000);
const backend = await page.getByTestId('readout-backend').textContent();
await play.click();

const trainer = () => page.workers().find((w) => /trainer/i.test(w.url()));

/** The training worker's JS heap, through the DevTools protocol (workers have no performance.memory). */
async function workerHeapReader() {
  const cdp = await browser.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  // The training worker is named 'gan-trainer'; the short-lived backend-measurement worker runs the same script.
  const target = targetInfos.find((t) => t.type === 'worker' && t.title === 'gan-trainer');
  if (!target) return async () => null;
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  const waiting = new Map();
  let nextId = 1;
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    if (e.sessionId !== sessionId) return;
    const m = JSON.parse(e.message);
    waiting.get(m.id)?.(m.result);
    waiting.delete(m.id);
  });
  return async () => {
    const id = nextId++;
    const answer = new Promise((resolve) => waiting.set(id, resolve));
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' }),
    });
    const result = await Promise.race([answer, new Promise((resolve) => setTimeout(() => resolve(null), 5000))]);
    return result?.usedSize ?? null;
  };
}
const workerHeap = await workerHeapReader().catch((e) => {
  console.log(`worker heap: not readable (${e.message})`);
  return async () => null;
});
const number = async (id) => Number((await page.getByTestId(id).textContent())?.replace('−', '-'));
const samples = [];
const started = Date.now();
for (;;) {
  const worker = trainer();
  const inWorker = worker
    ? await worker.evaluate(() => {
        const engine = globalThis._tfengine;
        return {
          tensors: engine?.state?.numTensors ?? null,
          bytes: engine?.state?.numBytes ?? null,
        };
      })
    : { tensors: null, bytes: null };
  inWorker.heap = await workerHeap();
  const pageHeap = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? null);
  const sample = {
    minute: (Date.now() - started) / 60_000,
    step: await number('readout-step'),
    stepsPerSecond: await number('readout-steps-per-second'),
    ...inWorker,
    pageHeap,
  };
  samples.push(sample);
  console.log(
    `${sample.minute.toFixed(1).padStart(5)} min  step ${String(sample.step).padStart(8)}  ${String(sample.stepsPerSecond).padStart(5)} steps/s  tensors ${sample.tensors}  tfjs ${(sample.bytes / 1e3).toFixed(1)} kB  worker heap ${(sample.heap / 1e6).toFixed(2)} MB  page heap ${(sample.pageHeap / 1e6).toFixed(2)} MB`,
  );
  if (Date.now() - started >= MINUTES * 60_000) break;
  await page.waitForTimeout(SAMPLE_MS);
}
await browser.close();
server.close();

/** Growth from the first third to the last third of the run (medians), as a share of the first. */
function growth(key) {
  const values = samples.map((s) => s[key]).filter((v) => typeof v === 'number');
  if (values.length < 3) return null;
  const third = Math.max(1, Math.floor(values.length / 3));
  const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  const first = median(values.slice(0, third)),
    last = median(values.slice(-third));
  return {
    first,
    last,
    growth: first ? (last - first) / first : null,
    min: Math.min(...values),
    max: Math.max(...values),
  };
}
const summary = {
  backend,
  minutes: MINUTES,
  steps: samples.at(-1)?.step,
  tensors: growth('tensors'),
  tfjsBytes: growth('bytes'),
  workerHeap: growth('heap'),
  pageHeap: growth('pageHeap'),
  pageErrors: errors,
};
for (const key of ['tensors', 'tfjsBytes', 'workerHeap', 'pageHeap']) {
  const g = summary[key];
  console.log(
    g
      ? `${key}: first third ${g.first}, last third ${g.last} (${g.growth === null ? '–' : `${(100 * g.growth).toFixed(1)}%`}), range ${g.min}–${g.max}`
      : `${key}: not measured`,
  );
}
console.log(`SOAK_JSON ${JSON.stringify({ summary, samples })}`);
