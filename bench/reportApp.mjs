// The printed tables of the real app's figures: start-up and long tasks (startup.mjs), the first-visit
// training rate (firstVisitRate.mjs), the main thread's load per view (viewLoad.mjs), and the targets.
import { fmt, lpad, pad } from './report.mjs';

const ms = (v) => (v === null || v === undefined ? '–' : `${v}`);
const metText = (met) => (met === null ? 'not measured' : met ? 'met' : 'NOT met');

/** Time to Play, the background measurement and the long tasks at start-up and in 15 s of training. */
export function printStartup(app, convergenceBackend) {
  console.log('');
  if (!app) return console.log('App start-up: not measured (BENCH_SKIP_APP or BENCH_SKIP_STARTUP).');
  if (app.error)
    return console.log(
      `App start-up: FAILED: ${app.error}${app.errors.length ? ` (page errors: ${app.errors.join(' | ')})` : ''}`,
    );
  const loads = app.firstVisit.playReadyMs.length;
  const row = (label, v) =>
    `  ${pad(label, 44)}${lpad(v.playReadyMs.map(ms).join(' / '), 20)}${lpad(ms(v.medianPlayReadyMs), 8)}${lpad(v.measuredMs.map(ms).join(' / '), 24)}${lpad(ms(v.medianMeasuredMs), 8)}  ${lpad(v.startupLongTasks.map(([n, l]) => `${n} (${l})`).join(' / '), 30)}  ${lpad(v.measuringLongTasks.map(([n, l]) => `${n} (${l})`).join(' / '), 30)}`;
  console.log(
    `App (dist/index.html): ms from navigation until Play is enabled, and until the background backend measurement is done (${loads} loads each, median); main-thread long tasks (> ${app.thresholdMs} ms) as count (longest ms) per load, before Play is enabled and while measuring:`,
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
  if (convergenceBackend && app.backend && convergenceBackend !== app.backend)
    console.log(`  note: the app chose ${app.backend}; the time-to-JS runs used ${convergenceBackend}.`);
  if (app.errors.length) console.log(`  page errors: ${app.errors.join(' | ')}`);
}

/** steps/s between consecutive samples (from the click: t = 0 at `fromStep`). */
const perSecond = (samples, fromStep) =>
  samples.map((s, i) => {
    const prev = i ? samples[i - 1] : { t: 0, step: fromStep };
    const r =
      s.step !== null && prev.step !== null && s.t > prev.t ? (1000 * (s.step - prev.step)) / (s.t - prev.t) : null;
    return `${fmt(r)}${s.measuring ? '*' : ''}`;
  });

/** The first visit's training rate: its first window, the rate once measured, the ratios. */
export function printFirstVisitRate(rate, targets) {
  console.log('');
  if (!rate) return console.log('First-visit training rate: not measured (BENCH_SKIP_APP or BENCH_SKIP_RATE).');
  if (rate.error)
    return console.log(
      `First-visit training rate: FAILED: ${rate.error}${rate.errors.length ? ` (page errors: ${rate.errors.join(' | ')})` : ''}`,
    );
  const first = rate.firstSamples;
  console.log(
    `First visit, training (fresh browser context; Play enabled ${rate.playReadyMs} ms after navigation and pressed then; step readout sampled every second):`,
  );
  console.log(
    `  first ${rate.firstMs / 1000} s after Play:   ${lpad(fmt(rate.firstStepsPerSecond), 6)} steps/s (${rate.firstSteps} steps in ${(rate.firstWindowMs / 1000).toFixed(1)} s) on ${rate.firstBackends.join(' → ') || '–'}; the header said “measuring” in ${rate.measuringSamples} of ${first.length} samples`,
  );
  const wait =
    rate.measureWaitMs === null
      ? `still measuring ${rate.measureTimeoutMs / 1000} s after Pause`
      : rate.measuringAtPause
        ? `measurement done ${(rate.measureWaitMs / 1000).toFixed(1)} s after Pause`
        : 'measurement already done at Pause';
  console.log(
    `  once measured:           ${lpad(fmt(rate.steadyStepsPerSecond), 6)} steps/s (slope over ${((rate.steadyWindowMs ?? 0) / 1000).toFixed(1)} s, from 1 s after Play again) on ${rate.steadyBackends.join(' → ') || '–'} (${wait})`,
  );
  console.log(`  header once measured: ${rate.atMeasured.summary}`);
  const t = targets.firstVisitFirst30sToSteady;
  const c = targets.firstVisitFirst30sToCeiling128;
  console.log(
    `  first ${rate.firstMs / 1000} s / once measured:   ${fmt(t.value, 2)} (target ${t.target}: ${metText(t.met)})`,
  );
  console.log(
    `  first ${rate.firstMs / 1000} s / hand-written ceiling @128 (${fmt(c.ceilingStepsPerSecond)} steps/s, this run's engine table): ${fmt(c.value, 2)} (target ${c.target}: ${metText(c.met)})`,
  );
  console.log(
    `  long tasks: ${rate.firstLongTasks.count} (longest ${rate.firstLongTasks.longestMs} ms) in the first window, ${rate.steadyLongTasks.count} (longest ${rate.steadyLongTasks.longestMs} ms) once measured`,
  );
  // A sample is taken when the page answers: on a busy main thread they come late and bunch up.
  const at = (samples) => samples.map((s) => (s.t / 1000).toFixed(1)).join(' ');
  console.log(`  steps/s between samples of the first window (* = measuring): ${perSecond(first, 0).join(' ')}`);
  console.log(`    at s after Play: ${at(first)}`);
  console.log(
    `  steps/s between samples once measured: ${perSecond(rate.steadySamples, rate.steadyFromStep).join(' ')}`,
  );
  console.log(`    at s after Play: ${at(rate.steadySamples)}`);
  if (rate.errors.length) console.log(`  page errors: ${rate.errors.join(' | ')}`);
}

/** The main thread's busy share and long tasks while training, per view. */
export function printViewLoad(load, targets) {
  console.log('');
  if (!load) return console.log('Main thread per view: not measured (BENCH_SKIP_APP or BENCH_VIEWS=none).');
  if (load.error)
    return console.log(
      `Main thread per view: FAILED: ${load.error}${load.errors.length ? ` (page errors: ${load.errors.join(' | ')})` : ''}`,
    );
  console.log(
    `Main thread while training, per view (training on ${load.backend}; each view ${load.settleMs / 1000} s to settle, then a ${load.windowMs / 1000} s window; busy = ΔTaskDuration / wall time from CDP Performance.getMetrics, % of one core; cpu = ΔThreadTime; long tasks > 50 ms):`,
  );
  console.log(
    `  ${pad('view', 12)}${lpad('busy %', 8)}${lpad('script %', 10)}${lpad('layout %', 10)}${lpad('style %', 9)}${lpad('cpu %', 8)}${lpad('long tasks', 12)}${lpad('longest ms', 12)}${lpad('steps/s', 9)}`,
  );
  for (const v of load.views)
    console.log(
      `  ${pad(v.view, 12)}${lpad(fmt(v.busyPercent, 1), 8)}${lpad(fmt(v.scriptPercent, 1), 10)}${lpad(fmt(v.layoutPercent, 1), 10)}${lpad(fmt(v.stylePercent, 1), 9)}${lpad(fmt(v.cpuPercent, 1), 8)}${lpad(v.longTasks.count, 12)}${lpad(v.longTasks.count ? v.longTasks.longestMs : '–', 12)}${lpad(fmt(v.stepsPerSecond), 9)}${v.running ? '' : '  NOT training'}`,
    );
  console.log(
    "  (busy % is the wall time of the main thread's tasks: when the machine has more runnable threads than cores it includes waiting for a core; cpu % does not)",
  );
  const b = targets.mainThreadBusyPercentMax;
  const l = targets.longTasksWhileTrainingInViews;
  console.log(
    `  busiest: ${b.view ?? '–'} ${fmt(b.value, 1)}% (target ${b.target}% in every view: ${metText(b.met)}); long tasks in all windows: ${l.value ?? '–'} (target 0: ${metText(l.met)})`,
  );
  if (load.errors.length) console.log(`  page errors: ${load.errors.join(' | ')}`);
}

/** One line per target. */
export function printTargets(targets, firstMs) {
  console.log('');
  console.log('Targets (issue 13):');
  const first = `first ${firstMs / 1000} s`;
  const rows = [
    [`first visit: ${first} / once measured`, targets.firstVisitFirst30sToSteady, 2],
    [`first visit: ${first} / ceiling @128`, targets.firstVisitFirst30sToCeiling128, 2],
    ['main thread busy while training, worst view (%)', targets.mainThreadBusyPercentMax, 1],
    ['long tasks while training (all views)', targets.longTasksWhileTrainingInViews, 0],
    ['initial JS (kB gzip)', targets.initialJsGzipKB, 1],
    [`16 GANs batched / one GAN (issue 15; ${targets.batched16ToOne.backend ?? '–'})`, targets.batched16ToOne, 2],
  ];
  for (const [label, t, digits] of rows)
    console.log(`  ${pad(label, 50)}${lpad(fmt(t.value, digits), 8)}  ${pad(t.target, 8)}${metText(t.met)}`);
}
