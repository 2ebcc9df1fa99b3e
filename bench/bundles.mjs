// The size of every JS and CSS chunk in dist/assets (gzip -9, as a server would send it) and when each
// loads, read from the build itself (no browser):
//   initial  the app's main thread before anything is clicked: index.html's module scripts, its
//            modulepreloads and stylesheets, and their static imports ("initial JS" is the JS of these);
//   worker   the training worker's script and its static imports (started with the page, off the main thread);
//   lazy     loaded on demand by the main thread (a dynamic import(): a view, a menu, a language; with its CSS);
//   lazy (worker)  loaded on demand by the worker (a tfjs backend's WASM binary: only the variant in use);
//   bench    only the benchmark page (bench.html) uses it.
// "Uses" is followed through static imports, and through every other mention of an asset's file name in
// a chunk (dynamic imports, Vite's preload lists of JS and CSS, `new URL(…)` for workers and WASM):
// hashed names do not occur by chance.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const gzipBytes = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
const kB = (bytes) => +(bytes / 1000).toFixed(1);

/** Relative JS imports that load with a module (static `import`/`export … from`, not `import()`). */
function staticImports(file, text) {
  const found = new Set();
  const re =
    /(?:^|[^.\w$])(?:import|export)\s*(?:\{[^}]*\}|\*\s*as\s*[\w$]+|\*|[\w$]+(?:\s*,\s*(?:\{[^}]*\}|\*\s*as\s*[\w$]+))?)?\s*(?:from\s*)?["']([^"']+\.js)["']/g;
  for (const m of text.matchAll(re)) {
    if (/^(?:[a-z]+:)?\/\//i.test(m[1])) continue;
    found.add(path.resolve(path.dirname(file), m[1]));
  }
  return [...found];
}

/** The JS and CSS an HTML page loads up front: module scripts, modulepreloads, stylesheets. */
function htmlEntries(htmlFile) {
  const html = fs.readFileSync(htmlFile, 'utf8');
  const attr = (tag, name) => new RegExp(`\\b${name}="([^"]+)"`).exec(tag)?.[1];
  const refs = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
    const src = attr(tag, 'src') ?? attr(tag, 'href');
    if (!src || /^(?:[a-z]+:)?\/\//i.test(src)) continue;
    const isScript = tag.startsWith('<script') && /\.js$/.test(src);
    const isPreload = /rel="modulepreload"/.test(tag) && /\.js$/.test(src);
    const isStyle = /rel="stylesheet"/.test(tag) && /\.css$/.test(src);
    if (isScript || isPreload || isStyle) refs.push(path.resolve(path.dirname(htmlFile), src.replace(/^\//, './')));
  }
  return refs.filter((f) => fs.existsSync(f));
}

/** Every chunk of `dist` with its sizes and when it loads; plus the totals the bench reports. */
export function bundleSizes(dist) {
  const assets = path.join(dist, 'assets');
  const indexHtml = path.join(dist, 'index.html');
  if (!fs.existsSync(indexHtml) || !fs.existsSync(assets))
    return { error: 'dist/index.html or dist/assets is missing' };
  const files = fs
    .readdirSync(assets)
    .filter((f) => /\.(js|css|wasm)$/.test(f))
    .map((f) => path.join(assets, f));
  const text = new Map(files.filter((f) => !f.endsWith('.wasm')).map((f) => [f, fs.readFileSync(f, 'utf8')]));
  const statics = (f) => (f.endsWith('.js') ? staticImports(f, text.get(f)).filter((g) => text.has(g)) : []);
  const mentions = (f) => (text.has(f) ? files.filter((g) => g !== f && text.get(f).includes(path.basename(g))) : []);
  const closure = (roots) => {
    const seen = new Set();
    const stack = [...roots];
    while (stack.length) {
      const f = stack.pop();
      if (seen.has(f)) continue;
      seen.add(f);
      stack.push(...statics(f));
    }
    return seen;
  };
  const isWorkerEntry = (f) => /worker/i.test(path.basename(f)) && f.endsWith('.js');

  const initial = closure(htmlEntries(indexHtml));
  // The main thread's reach: what it mentions, except workers (their own thread), and what those mention.
  const kind = new Map([...initial].map((f) => [f, 'initial']));
  const workerRoots = new Set();
  const grow = (from, as) => {
    const stack = [...from];
    while (stack.length) {
      const f = stack.pop();
      for (const g of [...statics(f), ...mentions(f)]) {
        if (kind.has(g)) continue;
        if (as === 'lazy' && isWorkerEntry(g)) {
          workerRoots.add(g);
          continue;
        }
        kind.set(g, as);
        stack.push(g);
      }
    }
  };
  grow(initial, 'lazy');
  const workerStart = closure(workerRoots);
  // A chunk the worker imports at start stays 'initial' if the main thread loads it up front too.
  for (const f of workerStart) if (kind.get(f) !== 'initial') kind.set(f, 'worker');
  grow(workerStart, 'lazy (worker)');
  const benchHtml = path.join(dist, 'bench.html');
  if (fs.existsSync(benchHtml)) {
    const benchStart = closure(htmlEntries(benchHtml));
    for (const f of benchStart) if (!kind.has(f)) kind.set(f, 'bench');
    grow(
      [...benchStart].filter((f) => kind.get(f) === 'bench'),
      'bench',
    );
  }

  const ORDER = ['initial', 'worker', 'lazy', 'lazy (worker)', 'bench', 'unused'];
  const sized = files
    .filter((f) => !f.endsWith('.wasm') || kind.has(f))
    .map((f) => ({
      file: path.relative(dist, f),
      type: path.extname(f).slice(1),
      load: kind.get(f) ?? 'unused',
      gzipBytes: gzipBytes(f),
      rawBytes: fs.statSync(f).size,
    }))
    .sort(
      (a, b) =>
        ORDER.indexOf(a.load) - ORDER.indexOf(b.load) || a.type.localeCompare(b.type) || b.gzipBytes - a.gzipBytes,
    );
  const total = (load, type) => {
    const list = sized.filter((c) => c.load === load && c.type === type);
    return {
      files: list.map((c) => c.file),
      rawKB: kB(list.reduce((s, c) => s + c.rawBytes, 0)),
      gzipKB: kB(list.reduce((s, c) => s + c.gzipBytes, 0)),
    };
  };
  const chunks = sized.map(({ gzipBytes: gz, rawBytes: raw, ...c }) => ({ ...c, gzipKB: kB(gz), rawKB: kB(raw) }));
  const fonts = fs.readdirSync(assets).filter((f) => f.endsWith('.woff2'));
  return {
    // As before: the totals of what loads up front on each thread.
    mainThreadJs: total('initial', 'js'),
    mainThreadCss: total('initial', 'css'),
    workerJs: total('worker', 'js'),
    wasmBinaries: chunks.filter((c) => c.type === 'wasm').map(({ file, rawKB, gzipKB }) => ({ file, rawKB, gzipKB })),
    initialJsGzipKB: total('initial', 'js').gzipKB,
    lazyJsGzipKB: total('lazy', 'js').gzipKB,
    lazyCssGzipKB: total('lazy', 'css').gzipKB,
    // The browser fetches only the fonts a page uses, as woff2.
    woff2Fonts: {
      count: fonts.length,
      rawKB: kB(fonts.reduce((s, f) => s + fs.statSync(path.join(assets, f)).size, 0)),
    },
    chunks,
  };
}
