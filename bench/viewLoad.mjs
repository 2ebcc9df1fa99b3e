// The main thread's load while training, per view. One page (fresh context; the background backend
// measurement is let finish first, so that it does not count), Play, then each view's tab in turn: a
// few seconds to settle (its lazy chunk, first render), then a window of opts.windowMs in which the
// Chrome DevTools Protocol's Performance.getMetrics is read at both ends.
//
// TaskDuration is "combined duration of all tasks performed by the browser" (CDP Performance domain),
// seconds; Blink's InspectorPerformanceAgent sums it as a task-time observer of the page's renderer
// main thread, so the workers' training does not count: ΔTaskDuration / Δwall time is the fraction of
// one core the page's main thread is busy. ScriptDuration, LayoutDuration and RecalcStyleDuration split
// it; ThreadTime (where the browser reports it) is the main thread's CPU time.
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

export const ALL_VIEWS = ['playground', 'explorer', 'likelihood', 'formulas', 'dirac'];

const METRICS = ['Timestamp', 'TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration', 'ThreadTime'];

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const byName = Object.fromEntries(list.map((m) => [m.name, m.value]));
  return Object.fromEntries(METRICS.map((n) => [n, byName[n] ?? null]));
}

/** Share of the window (percent of one core) that a metric's delta (s) took; null if not reported. */
const share = (a, b, name, wallS) =>
  a[name] === null || b[name] === null || !(wallS > 0) ? null : +((100 * (b[name] - a[name])) / wallS).toFixed(1);

/** Opens a view by its tab and waits until the tab says it is selected. */
async function openView(page, id) {
  const tab = page.getByTestId(`tab-${id}`);
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
  await page.waitForFunction(
    (tid) => document.querySelector(`[data-testid="${tid}"]`)?.getAttribute('aria-selected') === 'true',
    `tab-${id}`,
    { timeout: 10_000, polling: 50 },
  );
}

/** opts: { views, readyTimeoutMs, measureTimeoutMs, settleMs, windowMs }. */
export async function measureViewLoad(browser, port, opts) {
  const errors = [];
  const page = await freshAppPage(browser, errors);
  try {
    await page.goto(`http://127.0.0.1:${port}/index.html`);
    await waitForPlayEnabled(page, opts.readyTimeoutMs);
    const measureWaitMs = await waitForMeasurementDone(page, opts.measureTimeoutMs);
    await page.waitForFunction(() => !document.querySelector('[data-testid="button-play"]')?.disabled, null, {
      timeout: opts.readyTimeoutMs,
      polling: 50,
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await clickPlay(page);
    await waitForRunning(page, true);
    const backend = await textOf(page, 'readout-backend');
    console.log(
      `[views] training on ${backend} (measurement ${measureWaitMs === null ? 'not done' : `done after ${(measureWaitMs / 1000).toFixed(1)} s`}); ${opts.settleMs / 1000} s to settle, then ${opts.windowMs / 1000} s per view`,
    );
    const views = [];
    for (const id of opts.views) {
      await openView(page, id);
      await sleep(opts.settleMs);
      const m0 = await metrics(cdp);
      const s0 = await sampleHeader(page);
      await sleep(opts.windowMs);
      const m1 = await metrics(cdp);
      const s1 = await sampleHeader(page);
      const wallS = m1.Timestamp - m0.Timestamp;
      const tasks = await longTasksIn(page, s0.t, s1.t);
      const step0 = readoutNumber(s0.step);
      const step1 = readoutNumber(s1.step);
      const v = {
        view: id,
        windowMs: Math.round(wallS * 1000),
        busyPercent: share(m0, m1, 'TaskDuration', wallS),
        scriptPercent: share(m0, m1, 'ScriptDuration', wallS),
        layoutPercent: share(m0, m1, 'LayoutDuration', wallS),
        stylePercent: share(m0, m1, 'RecalcStyleDuration', wallS),
        cpuPercent: share(m0, m1, 'ThreadTime', wallS),
        longTasks: summarizeTasks(tasks, s1.t - s0.t),
        stepsPerSecond:
          step0 !== null && step1 !== null && s1.t > s0.t ? Math.round((1000 * (step1 - step0)) / (s1.t - s0.t)) : null,
        backend: s1.backend,
        running: s0.running && s1.running,
      };
      views.push(v);
      console.log(
        `[views] ${id}: main thread ${v.busyPercent ?? '–'}% busy, ${v.longTasks.count} long tasks, ${v.stepsPerSecond ?? '–'} steps/s${v.running ? '' : ' (NOT training)'}`,
      );
    }
    await clickPlay(page).catch(() => {});
    await cdp.detach().catch(() => {});
    return { backend, measureWaitMs, settleMs: opts.settleMs, windowMs: opts.windowMs, views, errors };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e), errors };
  } finally {
    await page
      .context()
      .close()
      .catch(() => {});
  }
}
