// The training rate a first visitor gets: in a fresh browser context (nothing remembered, so the
// background backend measurement has to run), Play is pressed as soon as it is enabled and the step
// readout is sampled about every second for opts.firstMs; then Pause, a bounded wait until the
// measurement is done (builds that pause it while training go on with it now; older builds measured
// during training and are done already), Play again and opts.steadyMs of the rate once measured.
import {
  clickPlay,
  freshAppPage,
  longTasksIn,
  readoutNumber,
  sampleHeader,
  sleep,
  summarizeTasks,
  textOf,
  waitForMeasurementDone,
  waitForPlayEnabled,
  waitForRunning,
} from './pageProbes.mjs';

/** Samples the header every second (by the Node clock) for `ms` after `startAt` (Date.now()). */
async function sampleEverySecond(page, startAt, ms, clickAt, log) {
  const samples = [];
  for (let k = 1; k * 1000 <= ms; k++) {
    await sleep(startAt + k * 1000 - Date.now());
    const s = await sampleHeader(page);
    samples.push({ ...s, t: Math.round(s.t - clickAt), step: readoutNumber(s.step) });
    if (log && k % 10 === 0) log(samples.at(-1));
  }
  return samples;
}

/** steps/s between two samples (t in ms). */
const rateBetween = (a, b) =>
  a && b && b.t > a.t && a.step !== null && b.step !== null ? (1000 * (b.step - a.step)) / (b.t - a.t) : null;

/** What the backend readout said, in order, without repeats. */
const backendsOf = (samples) => samples.map((s) => s.backend).filter((b, i, all) => b && b !== all[i - 1]);

/**
 * opts: { readyTimeoutMs, firstMs, steadyMs, measureTimeoutMs }.
 * The rate in the first window counts from the click to the last sample: it includes the
 * first snapshot and whatever the measurement takes from training. The steady rate is the slope from
 * the sample 1 s after the second Play to the last sample (the resumed run's first chunk left out).
 */
export async function measureFirstVisitRate(browser, port, opts) {
  const errors = [];
  const page = await freshAppPage(browser, errors);
  try {
    await page.goto(`http://127.0.0.1:${port}/index.html`);
    await waitForPlayEnabled(page, opts.readyTimeoutMs);
    const step0 = readoutNumber((await sampleHeader(page)).step) ?? 0;
    const clickAt = await clickPlay(page);
    const startAt = Date.now();
    const playReadyMs = Math.round(await page.evaluate(() => window.__playReadyAt));
    const atPlay = { backend: await textOf(page, 'readout-backend'), summary: await textOf(page, 'backend-summary') };
    console.log(
      `[rate] first visit: Play enabled ${playReadyMs} ms after navigation, pressed at ${Math.round(clickAt)} ms; backend ${atPlay.backend}: ${atPlay.summary}`,
    );
    const first = await sampleEverySecond(page, startAt, opts.firstMs, clickAt, (s) =>
      console.log(`[rate]   ${s.t} ms: step ${s.step} on ${s.backend}${s.measuring ? ' (measuring)' : ''}`),
    );
    const last = first.at(-1);
    const firstRate = last && last.step !== null && last.t > 0 ? (1000 * (last.step - step0)) / last.t : null;
    const firstTasks = await longTasksIn(page, clickAt, clickAt + (last?.t ?? 0));

    // Pause, then the measurement (resumed by Pause in newer builds) until it is done.
    const pauseAt = await clickPlay(page);
    await waitForRunning(page, false);
    const measuringAtPause = (await sampleHeader(page)).measuring;
    const waitedMs = await waitForMeasurementDone(page, opts.measureTimeoutMs);
    const atMeasured = {
      backend: await textOf(page, 'readout-backend'),
      summary: await textOf(page, 'backend-summary'),
    };
    console.log(
      `[rate] paused at step ${last?.step ?? '–'}; measurement ${waitedMs === null ? `NOT done after ${opts.measureTimeoutMs / 1000} s` : measuringAtPause ? `done ${(waitedMs / 1000).toFixed(1)} s after Pause` : 'already done'}: ${atMeasured.summary}`,
    );

    // A backend switch after the measurement may restart the worker's backend: Play must be enabled again.
    await page.waitForFunction(() => !document.querySelector('[data-testid="button-play"]')?.disabled, null, {
      timeout: opts.readyTimeoutMs,
      polling: 50,
    });
    const before = await sampleHeader(page);
    const resumeAt = await clickPlay(page);
    const resumeStartAt = Date.now();
    const steady = await sampleEverySecond(page, resumeStartAt, opts.steadyMs, resumeAt);
    const steadyRate = rateBetween(steady[0], steady.at(-1));
    const steadyTasks = await longTasksIn(page, resumeAt, resumeAt + (steady.at(-1)?.t ?? 0));
    await clickPlay(page).catch(() => {});
    console.log(
      `[rate] first ${opts.firstMs / 1000} s: ${firstRate?.toFixed(0) ?? '–'} steps/s; after the measurement: ${steadyRate?.toFixed(0) ?? '–'} steps/s (${steady.at(-1)?.backend ?? '–'})`,
    );
    const compact = (samples) =>
      samples.map(({ t, step, measuring, backend, running }) => ({ t, step, measuring, backend, running }));
    return {
      playReadyMs,
      clickMs: Math.round(clickAt),
      firstMs: opts.firstMs,
      firstWindowMs: last?.t ?? null,
      firstSteps: last && last.step !== null ? last.step - step0 : null,
      firstStepsPerSecond: firstRate === null ? null : Math.round(firstRate),
      firstBackends: backendsOf(first),
      // Seconds (of the first window) during which the header said it was measuring.
      measuringSamples: first.filter((s) => s.measuring).length,
      measuringAtPause,
      measureWaitMs: waitedMs,
      measureTimeoutMs: opts.measureTimeoutMs,
      measureDone: waitedMs !== null,
      pausedForMs: Math.round(resumeAt - pauseAt),
      atPlay,
      atMeasured,
      steadyMs: opts.steadyMs,
      steadyFromStep: readoutNumber(before.step),
      steadyWindowMs: steady.length > 1 ? steady.at(-1).t - steady[0].t : null,
      steadyStepsPerSecond: steadyRate === null ? null : Math.round(steadyRate),
      steadyBackends: backendsOf(steady),
      ratioFirstToSteady: firstRate !== null && steadyRate ? +(firstRate / steadyRate).toFixed(3) : null,
      firstLongTasks: summarizeTasks(firstTasks, last?.t ?? 0),
      steadyLongTasks: summarizeTasks(steadyTasks, steady.at(-1)?.t ?? 0),
      // The samples: ms after the click, the step readout, measuring, backend, training.
      firstSamples: compact(first),
      steadySamples: compact(steady),
      errors,
    };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e), errors };
  } finally {
    await page
      .context()
      .close()
      .catch(() => {});
  }
}
