// What the app measurements (startup.mjs, firstVisitRate.mjs, viewLoad.mjs) share: the probes installed
// in the page before its scripts run, reading the header's readouts, opening the app in a fresh browser
// context, and small statistics.

/** A main-thread task longer than this is a long task (the Long Tasks API's threshold). */
export const LONG_TASK_MS = 50;

export const VIEWPORT = { width: 1400, height: 900 };

/**
 * Installed before any of the page's scripts: a buffered 'longtask' observer, and a MutationObserver
 * that stamps the moment the Play button first becomes enabled (performance.now(), i.e. ms after
 * navigation start) and the moment the backend line stops saying it is measuring.
 */
export function installProbes() {
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
    // Builds without the attribute measure before Play is enabled: measured = ready. 'paused' (held while
    // training) is not done.
    const measuring = line ? line.getAttribute('data-measuring') : null;
    if (window.__playReadyAt !== null && window.__measuredAt === null && measuring !== 'true' && measuring !== 'paused')
      window.__measuredAt = performance.now();
  };
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['disabled', 'data-measuring'],
  });
}

export const summarizeTasks = (ts, windowMs) => ({
  windowMs: Math.round(windowMs),
  count: ts.length,
  longestMs: ts.length ? Math.round(Math.max(...ts.map((t) => t.duration))) : 0,
  totalMs: Math.round(ts.reduce((sum, t) => sum + t.duration, 0)),
  // Start time (ms after navigation) and duration of each, for finding them in a trace.
  tasks: ts.map((t) => [Math.round(t.startTime), Math.round(t.duration)]),
});

/** The long tasks (> LONG_TASK_MS) that started in [from, to) (page ms). */
export const longTasksIn = async (page, from, to = Infinity) =>
  (await page.evaluate(() => window.__longTasks)).filter(
    (t) => t.duration > LONG_TASK_MS && t.startTime >= from && t.startTime < to,
  );

export const median = (xs) => {
  const s = xs.filter((v) => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** A readout's number ("12,345", "−0.5"); null if it is not one. */
export const readoutNumber = (text) => {
  const v = parseFloat(String(text).replace('−', '-').replace(/,/g, ''));
  return Number.isFinite(v) ? v : null;
};

export function watchErrors(page, errors) {
  page.on('pageerror', (e) => errors.push(`${e.name}: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('crash', () => errors.push('the page crashed'));
}

export const textOf = async (page, testId) =>
  (
    (await page
      .getByTestId(testId)
      .textContent({ timeout: 5_000 })
      .catch(() => null)) ?? ''
  ).trim();

/** A page in a fresh browser context (nothing remembered), probes installed; close its context when done. */
export async function freshAppPage(browser, errors) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  watchErrors(page, errors);
  await page.addInitScript(installProbes);
  return page;
}

/** Waits until Play is enabled (after a navigation with the probes installed); throws with the header if not. */
export async function waitForPlayEnabled(page, timeoutMs) {
  await page
    .waitForFunction(() => window.__playReadyAt !== null, null, { timeout: timeoutMs, polling: 50 })
    .catch(async () => {
      throw new Error(
        `Play was not enabled within ${timeoutMs / 1000} s (backend readout: “${await textOf(page, 'readout-backend')}”)`,
      );
    });
}

/**
 * One look at the page, all from one evaluate (so its time and values belong together): performance.now(),
 * the step readout, whether the backend line says it is measuring, the backend, whether it is training.
 */
export const sampleHeader = (page) =>
  page.evaluate(() => {
    const q = (id) => document.querySelector(`[data-testid="${id}"]`);
    return {
      t: performance.now(),
      step: q('readout-step')?.textContent?.trim() ?? '',
      measuring: q('backend-line')?.getAttribute('data-measuring') === 'true',
      backend: q('readout-backend')?.textContent?.trim() ?? '',
      running: !!q('button-play')?.classList.contains('running'),
    };
  });

/**
 * Clicks Play (or Pause: the same button) from inside the page, so that the returned performance.now() is
 * the moment of the click; throws if the button is disabled.
 */
export const clickPlay = (page) =>
  page.evaluate(() => {
    const b = document.querySelector('[data-testid="button-play"]');
    if (!b || b.disabled) throw new Error('the Play button is missing or disabled');
    b.click();
    return performance.now();
  });

/** Waits until the Play button is in the wanted state (training or not). */
export const waitForRunning = (page, running, timeoutMs = 10_000) =>
  page.waitForFunction(
    (want) => !!document.querySelector('[data-testid="button-play"]')?.classList.contains('running') === want,
    running,
    { timeout: timeoutMs, polling: 50 },
  );

/**
 * Waits (at most timeoutMs) until the background measurement is done (neither running nor paused while
 * training); resolves to the ms waited, or null if it was not done at the end.
 */
export async function waitForMeasurementDone(page, timeoutMs) {
  const start = Date.now();
  return page
    .waitForFunction(
      () => {
        const measuring = document.querySelector('[data-testid="backend-line"]')?.getAttribute('data-measuring');
        return measuring !== 'true' && measuring !== 'paused';
      },
      null,
      { timeout: timeoutMs, polling: 100 },
    )
    .then(() => Date.now() - start)
    .catch(() => null);
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
