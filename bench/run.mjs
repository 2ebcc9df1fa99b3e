// `npm run bench` (after `vite build`): serves dist/ on 127.0.0.1, opens dist/bench.html in the
// system's Chromium (headless, software WebGL), waits for window.__benchResult, then prints a table
// and exactly one machine-readable line starting with `BENCH_JSON `.
// Also measures the gzipped size of the app's main-thread and worker bundles from dist/.
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = process.env.BENCH_DIST ? path.resolve(process.env.BENCH_DIST) : path.join(root, 'dist');
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_MS || 15 * 60_000);
const query = process.env.BENCH_QUERY || ''; // e.g. "?engines=reference,wasm&rounds=1"

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}

if (!fs.existsSync(path.join(dist, 'bench.html'))) fail('dist/bench.html is missing: run `vite build` first (npm run bench does).');
if (!fs.existsSync(executablePath)) {
  fail(`no Chromium at ${executablePath}. Install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH); this script never downloads a browser.`);
}

// ---------- bundle sizes (from dist/, no browser needed) ----------

const gzipBytes = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
const rawBytes = (file) => fs.statSync(file).size;
const kB = (bytes) => bytes / 1000;

/** Relative JS imports that load with a module (static `import`/`export … from`, not `import()`). */
function staticImports(file) {
  const code = fs.readFileSync(file, 'utf8');
  const found = new Set();
  const re = /(?:^|[^.\w$])(?:import|export)\s*(?:\{[^}]*\}|\*\s*as\s*[\w$]+|\*|[\w$]+(?:\s*,\s*(?:\{[^}]*\}|\*\s*as\s*[\w$]+))?)?\s*(?:from\s*)?["']([^"']+\.js)["']/g;
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
  const css = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+\.css)"/g)].map((m) => path.resolve(path.dirname(htmlFile), m[1]));
  return { js: refs.map((r) => path.resolve(path.dirname(htmlFile), r.replace(/^\//, './'))), css };
}

function bundleSizes() {
  const assets = path.join(dist, 'assets');
  const allJs = fs.existsSync(assets) ? fs.readdirSync(assets).filter((f) => f.endsWith('.js')).map((f) => path.join(assets, f)) : [];
  const indexHtml = path.join(dist, 'index.html');
  if (!fs.existsSync(indexHtml)) return { error: 'dist/index.html is missing' };
  const { js: entryJs, css } = htmlEntries(indexHtml);
  const main = closure(entryJs);
  // Worker chunks are named after their source file (vite: assets/<name>-<hash>.js); the app's are the
  // ones whose file name appears in the main-thread code (the bench's own worker does not).
  const mainText = main.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
  const workerEntries = allJs.filter((f) => /worker/i.test(path.basename(f)) && !main.includes(f) && mainText.includes(path.basename(f)));
  const workers = closure(workerEntries).filter((f) => !main.includes(f));
  const workerText = workers.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
  const wasm = (fs.existsSync(assets) ? fs.readdirSync(assets) : []).filter((f) => f.endsWith('.wasm') && (workerText.includes(f) || mainText.includes(f)));
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
    wasmBinaries: wasm.map((f) => ({ file: `assets/${f}`, rawKB: +kB(rawBytes(path.join(assets, f))).toFixed(1), gzipKB: +kB(gzipBytes(path.join(assets, f))).toFixed(1) })),
  };
}

// ---------- static server ----------

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
};

function serve() {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let file = path.normalize(path.join(dist, decodeURIComponent(url.pathname)));
    if (!file.startsWith(dist)) { res.writeHead(403).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    fs.readFile(file, (err, data) => {
      if (err) { res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found'); return; }
      res.writeHead(200, { 'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
      res.end(data);
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// ---------- run ----------

const loadBefore = os.loadavg()[0];
const { chromium } = await import('playwright-core');
const server = await serve();
const port = server.address().port;
const browser = await chromium.launch({
  executablePath,
  args: ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--enable-unsafe-swiftshader', '--use-angle=swiftshader'],
});
const chromiumVersion = browser.version();
let result;
try {
  const page = await browser.newPage();
  page.on('console', (msg) => { if (msg.text().startsWith('[bench]')) console.log(msg.text()); else if (msg.type() === 'error') console.log(`[page error] ${msg.text()}`); });
  page.on('pageerror', (e) => console.log(`[page exception] ${e.message}`));
  await page.goto(`http://127.0.0.1:${port}/bench.html${query}`);
  await page.waitForFunction(() => window.__benchResult !== undefined, null, { timeout: TIMEOUT_MS, polling: 500 });
  result = await page.evaluate(() => window.__benchResult);
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
const LABEL = { reference: 'hand-written Float32Array (no tfjs)', webgl: 'tfjs WebGL', wasm: 'tfjs WASM', cpu: 'tfjs CPU' };
const batches = result.config.batches;

console.log('');
console.log(`Machine: ${machine.cpu}, ${machine.cores} cores (hardwareConcurrency ${machine.hardwareConcurrency}), ${machine.os}, ${machine.totalMemGB} GB`);
console.log(`Node ${machine.node}, Chromium ${machine.chromium} (headless, SwiftShader WebGL); 1-min load average ${machine.loadAvg1m[0]} before, ${machine.loadAvg1m[1]} after`);
console.log(`Settings: DEFAULT_SETTINGS (G, D 1→16→16→1 tanh, Adam, k = 1); ${result.config.rounds} interleaved rounds, medians; ~${result.config.trainMs} ms per run after ${result.config.warmupSteps} warm-up steps, ${result.config.stepsPerCall} steps per call, one sync at the end.`);
console.log(`Snapshot = evaluate(): G on ${result.zCount} z edges + D on ${result.xCount} x centres, read back (median of ${result.config.snapshotRepeats}, then of rounds).`);
console.log('');
const header = [pad('engine', 38), ...batches.map((b) => lpad(`steps/s @${b}`, 15)), lpad('snapshot ms', 12), '  runs (steps/s per round) / warm-up ms'];
console.log(header.join(''));
console.log('-'.repeat(header.join('').length + 20));
for (const e of result.engines) {
  if (!e.ok && Object.values(e.stepsPerSecond).every((v) => v === null)) {
    console.log(`${pad(LABEL[e.engine] ?? e.engine, 38)}FAILED: ${e.error}`);
    continue;
  }
  const runs = batches.map((b) => `@${b}: ${e.stepsPerSecondRuns[b].map((v) => v.toFixed(0)).join('/')} (warm-up ${fmt(e.warmupMs[b])})`).join('; ');
  console.log([pad(LABEL[e.engine] ?? e.engine, 38), ...batches.map((b) => lpad(fmt(e.stepsPerSecond[b]), 15)), lpad(fmt(e.snapshotMs, 2), 12), `  ${runs}`].join(''));
  if (!e.ok) console.log(`${pad('', 38)}(then failed: ${e.error})`);
}
console.log('');
if (bundles.error) console.log(`Bundle sizes: ${bundles.error}`);
else {
  console.log(`Main-thread JS (index.html entry + static imports): ${bundles.mainThreadJs.gzipKB} kB gzipped (${bundles.mainThreadJs.rawKB} kB raw): ${bundles.mainThreadJs.files.join(', ')}`);
  console.log(`Main-thread CSS: ${bundles.mainThreadCss.gzipKB} kB gzipped (${bundles.mainThreadCss.rawKB} kB raw)`);
  console.log(`Worker JS: ${bundles.workerJs.gzipKB} kB gzipped (${bundles.workerJs.rawKB} kB raw): ${bundles.workerJs.files.join(', ') || '(none found)'}`);
  for (const w of bundles.wasmBinaries) console.log(`  ${w.file}: ${w.gzipKB} kB gzipped (${w.rawKB} kB raw; fetched only by the WASM backend)`);
}
if (result.leaks.length) console.log(`Tensor leaks: ${result.leaks.join('; ')}`);
console.log('TODO (lead): secondsToJs001 and mainThreadLongTasks need the whole app; reported as null.');
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
  // TODO(lead): need the whole app running; filled in later.
  secondsToJs001: null,
  mainThreadLongTasks: null,
};
console.log(`BENCH_JSON ${JSON.stringify(json)}`);
process.exit(result.ok ? 0 : 1);
