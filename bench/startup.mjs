// The real app's start-up: the time from navigation until Play is enabled (first visits in fresh browser
// contexts, and reloads that find the backend measurement remembered; medians), the time until the
// background backend measurement is done, the main thread's long tasks in each window; then Play in the
// last page and the long tasks while it trains.
import {
  freshAppPage,
  LONG_TASK_MS,
  longTasksIn,
  median,
  readoutNumber,
  summarizeTasks,
  textOf,
  waitForPlayEnabled,
} from './pageProbes.mjs';

/**
 * One load of the app in `page` (navigation or reload): the ms from navigation start until Play is
 * enabled, until the background measurement is done, the long tasks in each window and the header.
 */
async function loadOnce(page, port, reload, opts) {
  if (reload) await page.reload();
  else await page.goto(`http://127.0.0.1:${port}/index.html`);
  await waitForPlayEnabled(page, opts.readyTimeoutMs);
  const atReady = {
    backend: await textOf(page, 'readout-backend'),
    summary: await textOf(page, 'backend-summary'),
  };
  const measuredOk = await page
    .waitForFunction(() => window.__measuredAt !== null, null, { timeout: opts.measureTimeoutMs, polling: 100 })
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
 * Start-up: opts.loads first visits (a fresh browser context each: nothing remembered), then opts.loads
 * reloads of the last one (the measurement of the previous load is remembered). Then presses Play in
 * the last page, lets it train opts.trainMs and counts the long tasks while training.
 * opts: { loads, readyTimeoutMs, measureTimeoutMs, trainMs }.
 */
export async function measureStartup(browser, port, opts) {
  const errors = [];
  let page = null;
  try {
    const first = [];
    for (let i = 0; i < opts.loads; i++) {
      if (page) await page.context().close();
      page = await freshAppPage(browser, errors);
      first.push(await loadOnce(page, port, false, opts));
      console.log(
        `[app] first visit ${i + 1}: Play enabled ${first[i].playReadyMs} ms after navigation; measured after ${first[i].measuredMs ?? '–'} ms: ${first[i].atMeasured.summary}`,
      );
    }
    const remembered = [];
    for (let i = 0; i < opts.loads; i++) {
      remembered.push(await loadOnce(page, port, true, opts));
      console.log(
        `[app] reload ${i + 1}: Play enabled ${remembered[i].playReadyMs} ms after navigation: ${remembered[i].atReady.summary}`,
      );
    }

    // Training in the last page.
    const play = page.getByTestId('button-play');
    const clickAt = await page.evaluate(() => performance.now());
    await play.click();
    await page.waitForTimeout(opts.trainMs);
    const endAt = await page.evaluate(() => performance.now());
    const stepText = await textOf(page, 'readout-step');
    const backend = await textOf(page, 'readout-backend');
    const stepsPerSecondText = await textOf(page, 'readout-steps-per-second');
    const jsText = await textOf(page, 'readout-js');
    const backendSummary = await textOf(page, 'backend-summary');
    const stillRunning = await play.evaluate((b) => b.classList.contains('running')).catch(() => false);
    const tasks = await longTasksIn(page, clickAt);
    return {
      thresholdMs: LONG_TASK_MS,
      observer: first[0]?.observer,
      firstVisit: summarizeLoads(first),
      rememberedVisit: summarizeLoads(remembered),
      // As before: seconds to Play and the start-up long tasks, of the first first-visit load.
      readySeconds: +(first[0].playReadyMs / 1000).toFixed(2),
      startup: first[0].startup,
      trainMs: opts.trainMs,
      training: summarizeTasks(tasks, endAt - clickAt),
      backend,
      backendSummary,
      steps: readoutNumber(stepText),
      stepsText: stepText,
      stepsPerSecondReadout: readoutNumber(stepsPerSecondText),
      jsReadout: jsText,
      stillRunning,
      errors,
    };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e), errors };
  } finally {
    await page
      ?.context()
      .close()
      .catch(() => {});
  }
}
