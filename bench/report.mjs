// The printed tables of the benchmark page's figures (machine, steps/s per engine and batch size,
// snapshot cost, time to JS < 0.01) and of the chunk sizes; reportApp.mjs prints the app's.
export const pad = (s, n) => String(s).padEnd(n);
export const lpad = (s, n) => String(s).padStart(n);
export const fmt = (v, digits = 0) => (v === null || v === undefined || Number.isNaN(v) ? '–' : v.toFixed(digits));

const LABEL = {
  reference: 'hand-written Float32Array (no tfjs)',
  webgl: 'tfjs WebGL',
  wasm: 'tfjs WASM',
  cpu: 'tfjs CPU',
};

export function printMachine(machine, uptime) {
  console.log('');
  console.log(
    `Machine: ${machine.cpu}, ${machine.cores} cores (hardwareConcurrency ${machine.hardwareConcurrency ?? '–'}), ${machine.os}, ${machine.totalMemGB} GB`,
  );
  console.log(
    `Node ${machine.node}, Chromium ${machine.chromium} (headless, SwiftShader WebGL); 1-min load average ${machine.loadAvg1m[0]} before, ${machine.loadAvg1m[1]} after`,
  );
  console.log(`uptime before: ${uptime.before}`);
  console.log(`uptime after:  ${uptime.after}`);
}

/** The engine table: steps/s per batch size and the snapshot cost, then the time to JS < 0.01. */
export function printEngines(result) {
  const batches = result.config.batches;
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
      .map(
        (b) => `@${b}: ${e.stepsPerSecondRuns[b].map((v) => v.toFixed(0)).join('/')} (warm-up ${fmt(e.warmupMs[b])})`,
      )
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
  if (result.leaks.length) console.log(`Tensor leaks: ${result.leaks.join('; ')}`);
  console.log('');
  printConvergence(result.convergence);
}

/** Time to JS < 0.01 nats (the app's Trainer in the bench worker, default settings, several seeds). */
function printConvergence(conv) {
  const sec = (v) => (v === null || v === undefined ? '–' : `${v.toFixed(2)} s`);
  if (!conv) {
    console.log('Time to JS < 0.01: not measured (seeds=0).');
    return;
  }
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

/** Every chunk with its size and when it loads, and the totals (bundles.mjs says what each kind means). */
export function printBundles(bundles, initialTargetKB) {
  console.log('');
  if (bundles.error) {
    console.log(`Bundle sizes: ${bundles.error}`);
    return;
  }
  const js = bundles.mainThreadJs;
  console.log(
    `Initial JS (index.html entry + static imports + modulepreloads): ${js.gzipKB} kB gzip (${js.rawKB} kB raw; target ≤ ${initialTargetKB} kB: ${js.gzipKB <= initialTargetKB ? 'met' : 'NOT met'}); initial CSS ${bundles.mainThreadCss.gzipKB} kB gzip.`,
  );
  console.log(
    `Worker JS at start: ${bundles.workerJs.gzipKB} kB gzip (${bundles.workerJs.rawKB} kB raw). Lazy on the main thread: JS ${bundles.lazyJsGzipKB} kB, CSS ${bundles.lazyCssGzipKB} kB gzip. KaTeX fonts: ${bundles.woff2Fonts.count} woff2 files, ${bundles.woff2Fonts.rawKB} kB, fetched when used.`,
  );
  console.log(`  ${pad('loads', 15)}${pad('chunk', 58)}${lpad('gzip kB', 9)}${lpad('raw kB', 9)}`);
  for (const c of bundles.chunks)
    console.log(`  ${pad(c.load, 15)}${pad(c.file, 58)}${lpad(c.gzipKB.toFixed(1), 9)}${lpad(c.rawKB.toFixed(1), 9)}`);
  console.log(
    '  (initial: before anything is clicked; worker: the training worker at start; lazy: on demand; the WASM backend fetches one binary, the variant the browser supports; bench: bench.html only)',
  );
}

/** The batched section: model-steps/s of N GANs trained as one, per backend, and the ratio to one GAN. */
export function printBatched(result) {
  const batched = result?.batched;
  console.log('');
  if (!batched) {
    console.log('Batched engine: not measured (batched=).');
    return;
  }
  const models = result.config.batchedModels;
  console.log(
    `Batched engine (issue 15): model-steps/s (steps/s of the batch × N) of N GANs trained as one at batch ${result.defaults?.batchSize ?? '–'}, and ×: the ratio to one GAN's steps/s on the single engine on the same backend (${result.config.rounds} rounds, medians; ~${result.config.trainMs} ms per run).`,
  );
  const header = [pad('backend', 12), lpad('one GAN', 10), ...models.map((n) => lpad(`N = ${n}`, 16))];
  console.log(header.join(''));
  console.log('-'.repeat(header.join('').length));
  for (const b of batched) {
    const cells = b.rows.map((r) => lpad(`${fmt(r.modelStepsPerSecond)} (${fmt(r.ratio, 1)}×)`, 16));
    console.log([pad(LABEL[b.engine] ?? b.engine, 12), lpad(fmt(b.singleStepsPerSecond), 10), ...cells].join(''));
    if (!b.ok) console.log(`${pad('', 12)}(failed: ${b.error})`);
  }
  if (result.leaks.length) console.log(`Tensor leaks: ${result.leaks.join('; ')}`);
}
