// `npm run bench` (after `vite build`): serves dist/ on 127.0.0.1 and, in the system's Chromium (headless,
// software WebGL), measures
//   1. engines (bench.html, its own worker): steps/s of each backend and of the hand-written Float32Array
//      GAN (the ceiling) at batch 128 and 512, the cost of one snapshot, and the time from Play until the
//      default setup reaches JS < 0.01 with the app's own Trainer;
//   2. start-up (startup.mjs, the real app dist/index.html): time from navigation until Play is enabled
//      (first visits in fresh browser contexts, reloads that remember the backend measurement; medians),
//      until the background measurement is done, the long tasks meanwhile and in 15 s of training;
//   3. the first-visit training rate (firstVisitRate.mjs): steps/s in the first 30 s after Play on a first
//      visit, then once the measurement is done, their ratio and the ratio to the ceiling at batch 128;
//   4. the main thread's load while training in each view (viewLoad.mjs): busy % of one core (CDP
//      Performance.getMetrics) and long tasks;
//   5. the size of every JS and CSS chunk and which load up front (bundles.mjs, no browser);
//   6. (in bench.html, after 1) the batched engine: model-steps/s of N = 1, 4, 8, 16, 32 GANs trained as one
//      on each tfjs backend, and the ratio to one GAN's steps/s there (issue 15's target: 16 ≥ 6×);
//      `npm run bench -- --only batched` measures this part alone;
// then prints the tables, the targets of issue 13 (targets.mjs), and exactly one machine-readable line
// starting with `BENCH_JSON `. `uptime` before and after: the machine is shared.
//
// Environment (all optional):
//   BENCH_DIST=path                 the build to measure (default dist/; e.g. another checkout's dist)
//   BENCH_QUERY="?engines=reference,wasm&rounds=1&seeds=1"   bench.html's options (engines, batches,
//                                   rounds, ms, seeds, maxSeconds, convergenceBackend)
//   BENCH_SKIP_ENGINES=1            skip 1 (then no ceiling for the first-visit ratio)
//   BENCH_SKIP_APP=1                skip 2, 3 and 4 (everything in the real app)
//   BENCH_SKIP_STARTUP=1            skip 2;  BENCH_APP_LOADS (3), BENCH_APP_TRAIN_MS (15000),
//                                   BENCH_APP_READY_TIMEOUT_MS (180000), BENCH_APP_MEASURE_TIMEOUT_MS (90000)
//   BENCH_SKIP_RATE=1               skip 3;  BENCH_RATE_FIRST_MS (30000), BENCH_RATE_STEADY_MS (15000),
//                                   BENCH_RATE_MEASURE_TIMEOUT_MS (120000: the wait for the measurement)
//   BENCH_VIEWS=playground,formulas the views for 4 (default all five; "none" skips 4);
//                                   BENCH_VIEW_MS (10000, the window), BENCH_VIEW_SETTLE_MS (3000)
//   BENCH_TIMEOUT_MS                how long bench.html may take (default 15 min)
//   CHROMIUM_PATH                   the browser (default /usr/bin/chromium; never downloaded)
//   bench.html also takes batched=1,4,16 (the N of 6; batched= skips it) and only=batched
// Exit status 1 if a part failed (not if a target is missed).
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchJson } from './benchJson.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH, serve } from './browser.mjs';
import { bundleSizes } from './bundles.mjs';
import { measureFirstVisitRate } from './firstVisitRate.mjs';
import { printBatched, printBundles, printEngines, printMachine } from './report.mjs';
import { printFirstVisitRate, printStartup, printTargets, printViewLoad } from './reportApp.mjs';
import { measureStartup } from './startup.mjs';
import { checkTargets, TARGETS } from './targets.mjs';
import { ALL_VIEWS, measureViewLoad } from './viewLoad.mjs';

const env = { ...process.env };
// `--only batched`: bench.html's batched section alone (no engine timings, no time to JS, no app).
const ONLY_BATCHED = process.argv.slice(2).join(' ') === '--only batched';
if (process.argv.length > 2 && !ONLY_BATCHED) {
  console.error(`bench: unknown arguments ${process.argv.slice(2).join(' ')} (the one option is --only batched)`);
  process.exit(1);
}
if (ONLY_BATCHED) {
  env.BENCH_SKIP_APP = '1';
  const q = env.BENCH_QUERY || '';
  env.BENCH_QUERY = `${q}${q.startsWith('?') ? '&' : '?'}only=batched`;
}
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = env.BENCH_DIST ? path.resolve(env.BENCH_DIST) : path.join(root, 'dist');
const num = (name, fallback) => Number(env[name] || fallback);
const READY_TIMEOUT_MS = num('BENCH_APP_READY_TIMEOUT_MS', 180_000);
const SKIP_APP = !!env.BENCH_SKIP_APP;
const FIRST_MS = num('BENCH_RATE_FIRST_MS', 30_000);
const VIEWS = (env.BENCH_VIEWS || ALL_VIEWS.join(','))
  .split(',')
  .map((v) => v.trim())
  .filter((v) => v && v !== 'none');

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}

if (!fs.existsSync(path.join(dist, 'index.html')))
  fail(`${dist}/index.html is missing: run \`vite build\` first (npm run bench does).`);
if (!env.BENCH_SKIP_ENGINES && !fs.existsSync(path.join(dist, 'bench.html')))
  fail(`${dist}/bench.html is missing: run \`vite build\` first (npm run bench does).`);
if (!fs.existsSync(CHROMIUM_PATH)) {
  fail(
    `no Chromium at ${CHROMIUM_PATH}. Install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH); this script never downloads a browser.`,
  );
}

const uptimeNow = () => {
  try {
    return execSync('uptime', { encoding: 'utf8' }).trim();
  } catch {
    return `load average ${os
      .loadavg()
      .map((v) => v.toFixed(2))
      .join(', ')}`;
  }
};

/** bench.html: window.__benchResult once its worker is done. */
async function measureEngines(browser, port) {
  const page = await browser.newPage();
  page.on('console', (msg) => {
    if (msg.text().startsWith('[bench]')) console.log(msg.text());
    else if (msg.type() === 'error') console.log(`[page error] ${msg.text()}`);
  });
  page.on('pageerror', (e) => console.log(`[page exception] ${e.message}`));
  await page.goto(`http://127.0.0.1:${port}/bench.html${env.BENCH_QUERY || ''}`);
  await page.waitForFunction(() => window.__benchResult !== undefined, null, {
    timeout: num('BENCH_TIMEOUT_MS', 15 * 60_000),
    polling: 500,
  });
  const result = await page.evaluate(() => window.__benchResult);
  await page.close();
  return result;
}

// ---------- run ----------

const uptime = { before: uptimeNow(), after: null };
const loadBefore = os.loadavg()[0];
console.log(`[bench] ${dist}; uptime before: ${uptime.before}`);
const { chromium } = await import('playwright-core');
const server = await serve(dist);
const port = server.address().port;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const chromiumVersion = browser.version();
let engines = null;
let startup = null;
let rate = null;
let views = null;
try {
  if (!env.BENCH_SKIP_ENGINES) engines = await measureEngines(browser, port);
  if (!SKIP_APP && !env.BENCH_SKIP_STARTUP) {
    const opts = {
      loads: num('BENCH_APP_LOADS', 3),
      readyTimeoutMs: READY_TIMEOUT_MS,
      measureTimeoutMs: num('BENCH_APP_MEASURE_TIMEOUT_MS', 90_000),
      trainMs: num('BENCH_APP_TRAIN_MS', 15_000),
    };
    console.log(
      `[app] opening dist/index.html ${opts.loads} times in fresh contexts and reloading it ${opts.loads} times: time to Play (up to ${READY_TIMEOUT_MS / 1000} s each) and to the end of the backend measurement; then training ${opts.trainMs / 1000} s`,
    );
    startup = await measureStartup(browser, port, opts);
    console.log(
      startup.error
        ? `[app] failed: ${startup.error}`
        : `[app] Play enabled after ${startup.firstVisit.medianPlayReadyMs} ms (median of first visits), ${startup.rememberedVisit.medianPlayReadyMs} ms (reloads); ${startup.steps} steps on ${startup.backend} in ${opts.trainMs / 1000} s of training`,
    );
  }
  if (!SKIP_APP && !env.BENCH_SKIP_RATE) {
    rate = await measureFirstVisitRate(browser, port, {
      readyTimeoutMs: READY_TIMEOUT_MS,
      firstMs: FIRST_MS,
      steadyMs: num('BENCH_RATE_STEADY_MS', 15_000),
      measureTimeoutMs: num('BENCH_RATE_MEASURE_TIMEOUT_MS', 120_000),
    });
    if (rate.error) console.log(`[rate] failed: ${rate.error}`);
  }
  if (!SKIP_APP && VIEWS.length) {
    const unknown = VIEWS.filter((v) => !ALL_VIEWS.includes(v));
    if (unknown.length) console.log(`[views] unknown view(s) ${unknown.join(', ')}: trying their tabs anyway`);
    views = await measureViewLoad(browser, port, {
      views: VIEWS,
      readyTimeoutMs: READY_TIMEOUT_MS,
      measureTimeoutMs: num('BENCH_RATE_MEASURE_TIMEOUT_MS', 120_000),
      settleMs: num('BENCH_VIEW_SETTLE_MS', 3_000),
      windowMs: num('BENCH_VIEW_MS', 10_000),
    });
    if (views.error) console.log(`[views] failed: ${views.error}`);
  }
} finally {
  await browser.close();
  server.close();
}
uptime.after = uptimeNow();

const cpus = os.cpus();
const machine = {
  cpu: cpus[0]?.model?.trim() ?? 'unknown',
  cores: cpus.length,
  hardwareConcurrency: engines?.hardwareConcurrency ?? null,
  os: `${os.type()} ${os.release()} ${os.arch()}`,
  totalMemGB: +(os.totalmem() / 2 ** 30).toFixed(1),
  // 1-minute load average before and after: on a shared machine, numbers taken under load are noisy.
  loadAvg1m: [+loadBefore.toFixed(2), +os.loadavg()[0].toFixed(2)],
  node: process.version,
  chromium: chromiumVersion,
  userAgent: engines?.userAgent ?? null,
};
const bundles = bundleSizes(dist);
const targets = checkTargets({ engines, rate, views, bundles });

printMachine(machine, uptime);
console.log(`Build: ${dist}`);
if (ONLY_BATCHED) printBatched(engines);
else {
  if (engines) printEngines(engines);
  else console.log('Engines: not measured (BENCH_SKIP_ENGINES).');
  if (engines) printBatched(engines);
  printBundles(bundles, TARGETS.initialJsGzipKB);
  printStartup(startup, engines?.convergence?.backend);
  printFirstVisitRate(rate, targets);
  printViewLoad(views, targets);
}
printTargets(targets, FIRST_MS);
console.log('');
console.log(
  `BENCH_JSON ${JSON.stringify(benchJson({ engines, machine, uptime, bundles, startup, rate, views, targets }))}`,
);
const failed = (engines && !engines.ok) || startup?.error || rate?.error || views?.error;
process.exit(failed ? 1 : 0);
