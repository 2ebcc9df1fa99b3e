// `npm run bench` (after `vite build`): serves dist/ on 127.0.0.1, opens dist/bench.html in the
// system's Chromium (headless, software WebGL), waits for window.__benchResult (steps/s, snapshot cost,
// time to JS < 0.01 on the app's Trainer), then opens the real app (dist/index.html): the time from
// navigation until Play is enabled (3 first visits in fresh browser contexts and 3 reloads that find the
// backend measurement remembered; medians), the time until the background backend measurement is done,
// the main thread's long tasks in each window, then presses Play and counts the long tasks while
// training; prints a table and exactly one machine-readable
// line starting with `BENCH_JSON `. Also measures the gzipped size of the app's main-thread and worker
// bundles from dist/.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH, serve } from './browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = process.env.BENCH_DIST ? path.resolve(process.env.BENCH_DIST) : path.join(root, 'dist');
const executablePath = CHROMIUM_PATH;
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_MS || 15 * 60_000);
const query = process.env.BENCH_QUERY || ''; // e.g. "?engines=reference,wasm&rounds=1&seeds=1"
// The app run: how long to wait for Play (older builds measured every backend first; WebGL compiles its
// shaders on SwiftShader, which can take a minute on a loaded 2-core machine) and how long to let it train.
const APP_READY_TIMEOUT_MS = Number(process.env.BENCH_APP_READY_TIMEOUT_MS || 180_000);
const APP_TRAIN_MS = Number(process.env.BENCH_APP_TRAIN_MS || 15_000);
const SKIP_APP = !!process.env.BENCH_SKIP_APP;
const LONG_TASK_MS = 50;

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}

if (!fs.existsSync(path.join(dist, 'bench.html')))
  fail('dist/bench.html is missing: run `vite build` first (npm run bench does).');
if (!fs.existsSync(executablePath)) {
  fail(
    `no Chromium at ${executablePath}. Install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH); this script never downloads a browser.`,
  );
}

// ---------- bundle sizes (from dist/, no browser needed) ----------

const gzipBytes = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
const rawBytes = (file) => fs.statSync(file).size;
const kB = (bytes) => bytes / 1000;

/** Relative JS imports that load with a module (static `import`/`export … from`, not `import()`). */
function staticImports(file) {
  const code = fs.readFileSync(file, 'utf8');
  const found = new Set();
  const re =
    /(?:^|[^.\w$])(?:import|export)\s*(?:\{[^}]*\}|\*\s*as\s*[\w$]+|\*|[\w$]+(?:\s*,\s*(?:\{[^}]*\}|\*\s*as\s*[\w$]+))?)?\s*(?:from\s*)?["']([^"']+\.js)["']/g;
  for (const m of code.matchAll(re)) {
    if (/^(?:[a-z]+:)?\/\//i.test(m[1])) continue;
    found.add(path.resolve(path.dirname(file), m[1]));
  }
  return [...found];
}

function closure(entries) {
  const seen = new Set();
  const stack = [...entries];
  while (stack.length) {
    const f = stack.pop();
    if (seen.has(f) || !fs.existsSync(f)) continue;
    seen.add(f);
    stack.push(...staticImports(f));
  }
  return [...seen];
}

/** The JS files an HTML page loads up front: its module scripts and modulepreloads, plus their static imports. */
function htmlEntries(htmlFile) {
  const html = fs.readFileSync(htmlFile, 'utf8');
  const refs = [
    ...[...html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.js)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<link\b[^>]*href="([^"]+\.js)"[^>]*rel="modulepreload"/g)].map((m) => m[1]),
  ];
  const css = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+\.css)"/g)].map((m) =>
    path.resolve(path.dirname(htmlFile), m[1]),
  );
  return { js: refs.map((r) => path.resolve(path.dirname(htmlFile), r.replace(/^\//, './'))), css };
}

function bundleSizes() {
  const assets = path.join(dist, 'assets');
  const allJs = fs.existsSync(assets)
    ? fs
        .readdirSync(assets)
        .filter((f) => f.endsWith('.js'))
        .map((f) => path.join(assets, f))
    : [];
  const indexHtml = path.join(dist, 'index.html');
  if (!fs.existsSync(indexHtml)) return { error: 'dist/index.html is missing' };
  const { js: entryJs, css } = htmlEntries(indexHtml);
  const main = closure(entryJs);
  // Worker chunks are named after their source file (vite: assets/<name>-<hash>.js); the app's are the
  // ones whose file name appears in the main-thread code (the bench's own worker does not).
  const mainText = main.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
  const workerEntries = allJs.filter(
    (f) => /worker/i.test(path.basename(f)) && !main.includes(f) && mainText.includes(path.basename(f)),
  );
  const workers = closure(workerEntries).filter((f) => !main.includes(f));
  const workerText = workers.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
  const wasm = (fs.existsSync(assets) ? fs.readdirSync(assets) : []).filter(
    (f) => f.endsWith('.wasm') && (workerText.includes(f) || mainText.includes(f)),
  );
  const describe = (files) => ({
    files: files.map((f) => path.relative(dist, f)).sort(),
    rawKB: +kB(files.reduce((s, f) => s + rawBytes(f), 0)).toFixed(1),
    gzipKB: +kB(files.reduce((s, f) => s + gzipBytes(f), 0)).toFixed(1),
  });
  return {
    mainThreadJs: describe(main),
    mainThreadCss: describe(css.filter((f) => fs.existsSync(f))),
    workerJs: describe(workers),
    // Fetched only when the WASM backend starts, and then only the one variant the browser supports.
    wasmBinaries: wasm.map((f) => ({
      file: `assets/${f}`,
      rawKB: +kB(rawBytes(path.join(assets, f))).toFixed(1),
      gzipKB: +kB(gzipBytes(path.join(assets, f))).toFixed(1),
    })),
  };
}

// ---------- static server ----------

// ---------- the real app: start-up time and main-thread long tasks ----------

/** Loads per kind of start-up: the median of this many is reported. */
const APP_LOADS = Number(process.env.BENCH_APP_LOADS || 3);
/** How long to wait for the background backend measurement after Play is enabled. */
const APP_MEASURE_TIMEOUT_MS = Number(process.env.BENCH_APP_MEASURE_TIMEOUT_MS || 90_000);

/**
 * Installed before any of the page's scripts: a buffered 'longtask' observer, and a MutationObserver
 * that stamps the moment the Play button first becomes enabled (performance.now(), i.e. ms after
 * navigation start) and the moment the backend line stops saying it is measuring.
 */
function installProbes() {
  window.__longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        window.__longTasks.push({ startTime: e.startTime, duration: e.duration, name: e.name });
    }).observe({ type: 'longtask', buffered: true });
    window.__longTaskObserver = 'ok';
  } catch (e) {
    window.__longTaskObserver = String(e);
  }
  window.__playReadyAt = null;
  window.__measuredAt = null;
  const check = () => {
    const play = document.querySelector('[data-testid="button-play"]');
    if (window.__playReadyAt === null && play && !play.disabled) window.__playReadyAt = performance.now();
    const line = document.querySelector('[data-testid="backend-line"]');
    // Builds without the attribute measure before Play is enabled: measured = ready.
    const measuring = line ? line.getAttribute('data-measuring') : null;
    if (window.__playReadyAt !== null && window.__measuredAt === null && measuring !== 'true')
      window.__measuredAt = performance.now();
  };
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['disabled', 'data-measuring'],
  });
}

const summarizeTasks = (ts, windowMs) => ({
  windowMs: Math.round(windowMs),
  count: ts.length,
  longestMs: ts.length ? Math.round(Math.max(...ts.map((t) => t.duration))) : 0,
  totalMs: Math.round(ts.reduce((sum, t) => sum + t.duration, 0)),
  // Start time (ms after navigation) and duration of each, for finding them in a trace.
  tasks: ts.map((t) => [Math.round(t.startTime), Math.round(t.duration)]),
});

const median = (xs) => {
  const s = xs.filter((v) => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function watchErrors(page, errors) {
  page.on('pageerror', (e) => errors.push(`${e.name}: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('crash', () => errors.push('the page crashed'));
}

const textOf = async (page, testId) =>
  (
    (await page
      .getByTestId(testId)
      .textContent({ timeout: 5_000 })
      .catch(() => null)) ?? ''
  ).trim();

/**
 * One load of the app in `page` (navigation or reload): the ms from navigation start until Play is
 * enabled, until the background measurement is done, the long tasks in each window and the header.
 */
async function loadOnce(page, port, reload) {
  if (reload) await page.reload();
  else await page.goto(`http://127.0.0.1:${port}/index.html`);
  await page
    .waitForFunction(() => window.__playReadyAt !== null, null, { timeout: APP_READY_TIMEOUT_MS, polling: 50 })
    .catch(async () => {
      throw new Error(
        `Play was not enabled within ${APP_READY_TIMEOUT_MS / 1000} s (backend readout: “${await textOf(page, 'readout-backend')}”)`,
      );
    });
  const atReady = {
    backend: await textOf(page, 'readout-backend'),
    summary: await textOf(page, 'backend-summary'),
  };
  const measuredOk = await page
    .waitForFunction(() => window.__measuredAt !== null, null, { timeout: APP_MEASURE_TIMEOUT_MS, polling: 100 })
    .then(() => true)
    .catch(() => false);
  const probe = await page.evaluate(() => ({
    playReadyAt: window.__playReadyAt,
    measuredAt: window.__measuredAt,
    now: performance.now(),
    observer: window.__longTaskObserver,
    tasks: window.__longTasks,
  }));
  const tasks = probe.tasks.filter((t) => t.duration > LONG_TASK_MS);
  const measuredAt = measuredOk ? probe.measuredAt : probe.now;
  return {
    playReadyMs: Math.round(probe.playReadyAt),
    measuredMs: measuredOk ? Math.round(probe.measuredAt) : null,
    observer: probe.observer,
    startup: summarizeTasks(
      tasks.filter((t) => t.startTime < probe.playReadyAt),
      probe.playReadyAt,
    ),
    measuring: summarizeTasks(
      tasks.filter((t) => t.startTime >= probe.playReadyAt && t.startTime < measuredAt),
      measuredAt - probe.playReadyAt,
    ),
    atReady,
    atMeasured: {
      backend: await textOf(page, 'readout-backend'),
      summary: await textOf(page, 'backend-summary'),
    },
  };
}

const summarizeLoads = (loads) => ({
  playReadyMs: loads.map((l) => l.playReadyMs),
  medianPlayReadyMs: median(loads.map((l) => l.playReadyMs)),
  measuredMs: loads.map((l) => l.measuredMs),
  medianMeasuredMs: median(loads.map((l) => l.measuredMs)),
  startupLongTasks: loads.map((l) => [l.startup.count, l.startup.longestMs]),
  measuringLongTasks: loads.map((l) => [l.measuring.count, l.measuring.longestMs]),
  loads,
});

/**
 * Start-up: APP_LOADS first visits (a fresh browser context each: nothing remembered), then APP_LOADS
 * reloads of the last one (the measurement of the previous load is remembered). Then presses Play in
 * the last page, lets it train APP_TRAIN_MS and counts the long tasks while training.
 */
async function measureApp(browser, port) {
  const errors = [];
  const contexts = [];
  const newPage = async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    watchErrors(page, errors);
    await page.addInitScript(installProbes);
    return page;
  };
  try {
    const first = [];
    let page = null;
    for (let i = 0; i < APP_LOADS; i++) {
      if (page) await page.context().close();
      page = await newPage();
      first.push(await loadOnce(page, port, false));
      console.log(
        `[app] first visit ${i + 1}: Play enabled ${first[i].playReadyMs} ms after navigation; measured after ${first[i].measuredMs ?? '–'} ms: ${first[i].atMeasured.summary}`,
      );
    }
    const remembered = [];
    for (let i = 0; i < APP_LOADS; i++) {
      remembered.push(await loadOnce(page, port, true));
      console.log(
        `[app] reload ${i + 1}: Play enabled ${remembered[i].playReadyMs} ms after navigation: ${remembered[i].atReady.summary}`,
      );
    }

    // Training in the last page.
    const play = page.getByRole('button', { name: 'Play', exact: true });
    const clickAt = await page.evaluate(() => performance.now());
    await play.click();
    await page.waitForTimeout(APP_TRAIN_MS);
    const endAt = await page.evaluate(() => performance.now());
    const stepText = await textOf(page, 'readout-step');
    const backend = await textOf(page, 'readout-backend');
    const stepsPerSecondText = await textOf(page, 'readout-steps-per-second');
    const jsText = await textOf(page, 'readout-js');
    const backendSummary = await textOf(page, 'backend-summary');
    const stillRunning = await page
      .getByRole('button', { name: 'Pause', exact: true })
      .isVisible()
      .catch(() => false);
    const tasks = (await page.evaluate(() => window.__longTasks)).filter(
      (t) => t.duration > LONG_TASK_MS && t.startTime >= clickAt,
    );
    const num = (t) => {
      const v = parseFloat(t.replace('−', '-').replace(/,/g, ''));
      return Number.isFinite(v) ? v : null;
    };
    const firstSummary = summarizeLoads(first);
    return {
      thresholdMs: LONG_TASK_MS,
      observer: first[0]?.observer,
      firstVisit: firstSummary,
      rememberedVisit: summarizeLoads(remembered),
      // As before: seconds to Play and the start-up long tasks, of the first first-visit load.
      readySeconds: +(first[0].playReadyMs / 1000).toFixed(2),
      startup: first[0].startup,
      trainMs: APP_TRAIN_MS,
      training: summarizeTasks(tasks, endAt - clickAt),
      backend,
      backendSummary,
      steps: num(stepText),
      stepsText: stepText,
      stepsPerSecondReadout: num(stepsPerSecondText),
      jsReadout: jsText,
      stillRunning,
      errors,
    };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e), errors };
  } finally {
    for (const c of contexts) await c.close().catch(() => {});
  }
}

// ---------- run ----------

const loadBefore = os.loadavg()[0];
const { chromium } = await import('playwright-core');
const server = await serve(dist);
const port = server.address().port;
const browser = await chromium.launch({
  executablePath,
  args: CHROMIUM_ARGS,
});
const chromiumVersion = browser.version();
let result;
let app = null;
try {
  const page = await browser.newPage();
  page.on('console', (msg) => {
    if (msg.text().startsWith('[bench]')) console.log(msg.text());
    else if (msg.type() === 'error') console.log(`[page error] ${msg.text()}`);
  });
  page.on('pageerror', (e) => console.log(`[page exception] ${e.message}`));
  await page.goto(`http://127.0.0.1:${port}/bench.html${query}`);
  await page.waitForFunction(() => window.__benchResult !== undefined, null, { timeout: TIMEOUT_MS, polling: 500 });
  result = await page.evaluate(() => window.__benchResult);
  await page.close();
  if (!SKIP_APP) {
    console.log(
      `[app] opening dist/index.html ${APP_LOADS} times in fresh contexts and reloading it ${APP_LOADS} times: time to Play (up to ${APP_READY_TIMEOUT_MS / 1000} s each) and to the end of the backend measurement; then training ${APP_TRAIN_MS / 1000} s`,
    );
    app = await measureApp(browser, port);
    console.log(
      app.error
        ? `[app] failed: ${app.error}`
        : `[app] Play enabled after ${app.firstVisit.medianPlayReadyMs} ms (median of first visits), ${app.rememberedVisit.medianPlayReadyMs} ms (reloads); ${app.steps} steps on ${app.backend} in ${APP_TRAIN_MS / 1000} s of training`,
    );
  }
} finally {
  await browser.close();
  server.close();
}

const cpus = os.cpus();
const machine = {
  cpu: cpus[0]?.model?.trim() ?? 'unknown',
  cores: cpus.length,
  hardwareConcurrency: result.hardwareConcurrency,
  os: `${os.type()} ${os.release()} ${os.arch()}`,
  totalMemGB: +(os.totalmem() / 2 ** 30).toFixed(1),
  // 1-minute load average before and after: on a shared machine, numbers taken under load are noisy.
  loadAvg1m: [+loadBefore.toFixed(2), +os.loadavg()[0].toFixed(2)],
  node: process.version,
  chromium: chromiumVersion,
  userAgent: result.userAgent,
};
const bundles = bundleSizes();

// ---------- report ----------

const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
const fmt = (v, digits = 0) => (v === null || v === undefined || Number.isNaN(v) ? '–' : v.toFixed(digits));
const LABEL = {
  reference: 'hand-written Float32Array (no tfjs)',
  webgl: 'tfjs WebGL',
  wasm: 'tfjs WASM',
  cpu: 'tfjs CPU',
};
const batches = result.config.batches;

console.log('');
console.log(
  `Machine: ${machine.cpu}, ${machine.cores} cores (hardwareConcurrency ${machine.hardwareConcurrency}), ${machine.os}, ${machine.totalMemGB} GB`,
);
console.log(
  `Node ${machine.node}, Chromium ${machine.chromium} (headless, SwiftShader WebGL); 1-min load average ${machine.loadAvg1m[0]} before, ${machine.loadAvg1m[1]} after`,
);
const d = result.defaults;
const net = (hidden, depth, act) => `1→${Array(depth).fill(hidden).join('→')}→1 ${act}`;
const defaultsText = d
  ? `G ${net(d.gHidden, d.gDepth, d.gActivation)}, D ${net(d.dHidden, d.dDepth, d.dActivation)}, ${d.optimizer} (lrD ${d.lrD}, lrG ${d.lrG}, β1 ${d.beta1}), batch ${d.batchSize}, k = ${d.kD}, ${d.generatorLoss}`
  : 'unknown';
console.log(
  `Settings: DEFAULT_SETTINGS (${defaultsText}); ${result.config.rounds} interleaved rounds, medians; ~${result.config.trainMs} ms per run after ${result.config.warmupSteps} warm-up steps, ${result.config.stepsPerCall} steps per call, one sync at the end.`,
);
console.log(
  `Snapshot = evaluate(): G on ${result.zCount} z edges + D on ${result.xCount} x centres, read back (median of ${result.config.snapshotRepeats}, then of rounds).`,
);
console.log('');
const header = [
  pad('engine', 38),
  ...batches.map((b) => lpad(`steps/s @${b}`, 15)),
  lpad('snapshot ms', 12),
  '  runs (steps/s per round) / warm-up ms',
];
console.log(header.join(''));
console.log('-'.repeat(header.join('').length + 20));
for (const e of result.engines) {
  if (!e.ok && Object.values(e.stepsPerSecond).every((v) => v === null)) {
    console.log(`${pad(LABEL[e.engine] ?? e.engine, 38)}FAILED: ${e.error}`);
    continue;
  }
  const runs = batches
    .map((b) => `@${b}: ${e.stepsPerSecondRuns[b].map((v) => v.toFixed(0)).join('/')} (warm-up ${fmt(e.warmupMs[b])})`)
    .join('; ');
  console.log(
    [
      pad(LABEL[e.engine] ?? e.engine, 38),
      ...batches.map((b) => lpad(fmt(e.stepsPerSecond[b]), 15)),
      lpad(fmt(e.snapshotMs, 2), 12),
      `  ${runs}`,
    ].join(''),
  );
  if (!e.ok) console.log(`${pad('', 38)}(then failed: ${e.error})`);
}
console.log('');
if (bundles.error) console.log(`Bundle sizes: ${bundles.error}`);
else {
  console.log(
    `Main-thread JS (index.html entry + static imports): ${bundles.mainThreadJs.gzipKB} kB gzipped (${bundles.mainThreadJs.rawKB} kB raw): ${bundles.mainThreadJs.files.join(', ')}`,
  );
  console.log(`Main-thread CSS: ${bundles.mainThreadCss.gzipKB} kB gzipped (${bundles.mainThreadCss.rawKB} kB raw)`);
  console.log(
    `Worker JS: ${bundles.workerJs.gzipKB} kB gzipped (${bundles.workerJs.rawKB} kB raw): ${bundles.workerJs.files.join(', ') || '(none found)'}`,
  );
  for (const w of bundles.wasmBinaries)
    console.log(`  ${w.file}: ${w.gzipKB} kB gzipped (${w.rawKB} kB raw; fetched only by the WASM backend)`);
}
if (result.leaks.length) console.log(`Tensor leaks: ${result.leaks.join('; ')}`);

// Time to JS < 0.01 nats (the app's Trainer in the bench worker, default settings, several seeds).
const conv = result.convergence;
const sec = (v) => (v === null || v === undefined ? '–' : `${v.toFixed(2)} s`);
if (!conv) console.log('Time to JS < 0.01: not measured (seeds=0).');
else {
  console.log(
    `Time to JS < ${conv.threshold} nats (DEFAULT_SETTINGS, seeds ${conv.runs.map((r) => r.seed).join(', ') || '–'}), on ${conv.backend ?? '–'}: ${conv.backendReason}.`,
  );
  console.log(
    `  Each seed: the app's Trainer pinned to that backend (its own chunk sizing and throttled snapshots, each analyzed as in the app); seconds from play() to the first snapshot with JS below the threshold, at most ${conv.maxSeconds} s; steps/s as the snapshots report it (median); init = backend start + build + step-0 snapshot, not counted.`,
  );
  console.log(
    `  ${pad('seed', 6)}${lpad('seconds', 10)}${lpad('steps', 9)}${lpad('snapshots', 11)}${lpad('steps/s', 9)}${lpad('init ms', 9)}${lpad('initial JS', 12)}${lpad('min JS (at step)', 22)}${lpad('final JS', 10)}`,
  );
  for (const r of conv.runs) {
    console.log(
      `  ${pad(r.seed, 6)}${lpad(r.reached ? r.seconds.toFixed(2) : `> ${conv.maxSeconds}`, 10)}${lpad(r.reached ? r.steps : `(${r.totalSteps})`, 9)}${lpad(r.snapshots, 11)}${lpad(fmt(r.stepsPerSecond), 9)}${lpad(fmt(r.initMs), 9)}${lpad(fmt(r.initialJs, 4), 12)}${lpad(`${fmt(r.minJs, 4)} (${r.minJsStep})`, 22)}${lpad(fmt(r.finalJs, 4), 10)}${r.error ? `  error: ${r.error}` : ''}`,
    );
  }
  if (conv.runs.some((r) => !r.reached))
    console.log(`  (a seed that did not get there shows "> ${conv.maxSeconds}" and its total steps in parentheses)`);
  console.log(
    `  median: ${conv.medianSeconds === null ? `– (not reached in ${conv.maxSeconds} s by the median seed)` : `${sec(conv.medianSeconds)}, ${conv.medianSteps} steps`}${conv.error ? `; error: ${conv.error}` : ''}`,
  );
}
console.log('');

// The real app: time to Play and main-thread long tasks.
if (!app) console.log('App: not measured (BENCH_SKIP_APP).');
else if (app.error)
  console.log(`App: FAILED: ${app.error}${app.errors.length ? ` (page errors: ${app.errors.join(' | ')})` : ''}`);
else {
  const ms = (v) => (v === null || v === undefined ? '–' : `${v}`);
  const row = (label, v) =>
    `  ${pad(label, 44)}${lpad(v.playReadyMs.map(ms).join(' / '), 20)}${lpad(ms(v.medianPlayReadyMs), 8)}${lpad(v.measuredMs.map(ms).join(' / '), 24)}${lpad(ms(v.medianMeasuredMs), 8)}  ${lpad(v.startupLongTasks.map(([n, l]) => `${n} (${l})`).join(' / '), 30)}  ${lpad(v.measuringLongTasks.map(([n, l]) => `${n} (${l})`).join(' / '), 30)}`;
  console.log(
    `App (dist/index.html): ms from navigation until Play is enabled, and until the background backend measurement is done (${APP_LOADS} loads each, median); main-thread long tasks (> ${app.thresholdMs} ms) as count (longest ms) per load, before Play is enabled and while measuring:`,
  );
  console.log(
    `  ${pad('', 44)}${lpad('Play enabled', 20)}${lpad('median', 8)}${lpad('measured', 24)}${lpad('median', 8)}  ${lpad('long tasks → Play', 30)}  ${lpad('while measuring', 30)}`,
  );
  console.log(row('first visit (fresh browser context each)', app.firstVisit));
  console.log(row('reload (measurement remembered)', app.rememberedVisit));
  const f = app.firstVisit.loads.at(-1);
  console.log(`  header when Play was enabled (first visit): ${f.atReady.summary}`);
  console.log(`  header once measured (first visit):         ${f.atMeasured.summary}`);
  console.log(`  header when Play was enabled (reload):      ${app.rememberedVisit.loads.at(-1).atReady.summary}`);
  const line = (label, s) => `  ${pad(label, 44)}${lpad(s.count, 6)}${lpad(s.longestMs, 13)}${lpad(s.totalMs, 11)}`;
  console.log(
    `Main-thread long tasks (> ${app.thresholdMs} ms, PerformanceObserver 'longtask' ${app.observer === 'ok' ? 'installed before the page scripts' : `FAILED: ${app.observer}`}):`,
  );
  console.log(`  ${pad('', 44)}${lpad('count', 6)}${lpad('longest ms', 13)}${lpad('total ms', 11)}`);
  console.log(line(`start-up, first visit 1 (load → Play, ${app.readySeconds} s)`, app.startup));
  console.log(line(`training (${(app.training.windowMs / 1000).toFixed(1)} s after clicking Play)`, app.training));
  console.log(
    `  backend: ${app.backend} (${app.backendSummary}); step ${app.stepsText} after ${app.trainMs / 1000} s of training (${app.steps !== null ? ((1000 * app.steps) / app.training.windowMs).toFixed(0) : '–'} steps/s incl. ramp-up; readout ${app.stepsPerSecondReadout ?? '–'} steps/s), JS readout ${app.jsReadout || '–'}${app.stillRunning ? '' : '; NOT running at the end'}`,
  );
  if (conv?.backend && app.backend && conv.backend !== app.backend)
    console.log(`  note: the app chose ${app.backend}; the time-to-JS runs used ${conv.backend}.`);
  if (app.errors.length) console.log(`  page errors: ${app.errors.join(' | ')}`);
}
console.log('');

const json = {
  ok: result.ok,
  ...(result.error ? { error: result.error } : {}),
  machine,
  config: result.config,
  stepsPerSecond: Object.fromEntries(result.engines.map((e) => [e.engine, e.stepsPerSecond])),
  stepsPerSecondRuns: Object.fromEntries(result.engines.map((e) => [e.engine, e.stepsPerSecondRuns])),
  warmupMs: Object.fromEntries(result.engines.map((e) => [e.engine, e.warmupMs])),
  snapshotMs: Object.fromEntries(result.engines.map((e) => [e.engine, e.snapshotMs])),
  failures: Object.fromEntries(result.engines.filter((e) => !e.ok).map((e) => [e.engine, e.error])),
  leaks: result.leaks,
  bundles,
  secondsToJs001: conv
    ? {
        median: conv.medianSeconds,
        medianSteps: conv.medianSteps,
        backend: conv.backend,
        backendReason: conv.backendReason,
        threshold: conv.threshold,
        maxSeconds: conv.maxSeconds,
        runs: conv.runs.map((r) => ({
          seed: r.seed,
          reached: r.reached,
          seconds: r.seconds === null ? null : +r.seconds.toFixed(3),
          steps: r.steps,
          elapsedSeconds: +r.elapsedSeconds.toFixed(3),
          totalSteps: r.totalSteps,
          snapshots: r.snapshots,
          stepsPerSecond: r.stepsPerSecond === null ? null : Math.round(r.stepsPerSecond),
          initialJs: +r.initialJs.toFixed(5),
          minJs: +r.minJs.toFixed(5),
          minJsStep: r.minJsStep,
          finalJs: +r.finalJs.toFixed(5),
          initMs: Math.round(r.initMs),
          ...(r.error ? { error: r.error } : {}),
        })),
        ...(conv.error ? { error: conv.error } : {}),
      }
    : null,
  mainThreadLongTasks: app,
};
console.log(`BENCH_JSON ${JSON.stringify(json)}`);
process.exit(result.ok && !app?.error ? 0 : 1);
