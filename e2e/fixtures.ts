// The `test` every spec uses: it records page errors and console errors during the whole test and
// fails the test at the end if there were any (expected ones can be allowed with
// `test.use({ allowedConsoleErrors: [/…/] })`). Plus helpers to drive the app by its stable names.
import { expect, test as base, type Locator, type Page } from '@playwright/test';

export { expect };

export interface ErrorLog {
  pageErrors: string[];
  consoleErrors: string[];
}

export const test = base.extend<{ allowedConsoleErrors: RegExp[]; errorLog: ErrorLog }>({
  allowedConsoleErrors: [[], { option: true }],
  errorLog: [
    async ({ page, allowedConsoleErrors }, use, testInfo) => {
      const log: ErrorLog = { pageErrors: [], consoleErrors: [] };
      page.on('pageerror', (e) => log.pageErrors.push(`${e.name}: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() !== 'error') return;
        const text = m.text();
        if (!allowedConsoleErrors.some((re) => re.test(text)))
          log.consoleErrors.push(`${text} (${m.location().url}:${m.location().lineNumber})`);
      });
      page.on('crash', () => log.pageErrors.push('the page crashed'));
      await use(log);
      // Only judge the log when the test body passed: otherwise its own failure is the story.
      if (testInfo.status === testInfo.expectedStatus) {
        expect(log.pageErrors, 'uncaught errors in the page').toEqual([]);
        expect(log.consoleErrors, 'console.error messages').toEqual([]);
      } else if (log.pageErrors.length + log.consoleErrors.length > 0) {
        await testInfo.attach('errors', { body: JSON.stringify(log, null, 2), contentType: 'application/json' });
      }
    },
    { auto: true },
  ],
});

export const LN2 = Math.LN2;
export const BACKENDS = /^(webgl|wasm|cpu)$/;
/** A number as a readout shows it (a hyphen or a typographic minus, optional exponent). */
const NUMERIC = /^[-−]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i;

export const readout = (page: Page, name: string): Locator => page.getByTestId(`readout-${name}`);
/** Play/Pause, in any language of the interface. */
export const playButton = (page: Page): Locator => page.getByTestId('button-play');
export const button = (page: Page, name: string): Locator => page.getByRole('button', { name, exact: true });
/** The four charts (densities, discriminator, divergences, losses) are role="img" with an aria-label. */
export const charts = (page: Page): Locator => page.getByRole('img');

/** The four charts are drawn, each with a non-empty accessible name. */
export async function expectFourCharts(page: Page): Promise<void> {
  await expect(charts(page)).toHaveCount(4);
  for (const chart of await charts(page).all()) {
    await expect(chart).toBeVisible();
    await expect(chart).toHaveAccessibleName(/\S/);
  }
}

/** Parses the text of a readout; throws (so expect.poll retries) when it is not a plain number. */
export function parseReadout(text: string | null, what = 'readout'): number {
  const t = (text ?? '').trim();
  if (t === '∞') return Infinity;
  if (!NUMERIC.test(t)) throw new Error(`${what} shows “${t}”, not a number`);
  return parseFloat(t.replace('−', '-'));
}

export async function readNumber(page: Page, name: string): Promise<number> {
  return parseReadout(await readout(page, name).textContent(), `readout-${name}`);
}

/** Polls a readout until it holds a number and returns it. */
export async function waitForNumber(page: Page, name: string, timeout = 20_000): Promise<number> {
  let value = NaN;
  await expect
    .poll(
      async () => {
        try {
          value = await readNumber(page, name);
          return true;
        } catch (e) {
          return (e as Error).message;
        }
      },
      { timeout, message: `readout-${name} shows a number` },
    )
    .toBe(true);
  return value;
}

/** Opens the app (optionally with a hash) and waits until the worker has chosen a backend and drawn step 0. */
export async function openApp(page: Page, hash = ''): Promise<void> {
  await page.goto(`/${hash}`);
  await waitForReady(page);
}

export async function waitForReady(page: Page): Promise<void> {
  await expect(readout(page, 'backend')).toHaveText(BACKENDS, { timeout: 120_000 });
  await expect(playButton(page)).toBeEnabled({ timeout: 30_000 });
  await waitForNumber(page, 'step');
  await waitForNumber(page, 'js');
}

/**
 * Sets a range input the way a user's drag does: the native value setter (so React's value tracker
 * sees a change) and bubbling input + change events.
 */
export async function setRange(slider: Locator, value: number): Promise<void> {
  await slider.evaluate((el, v) => {
    const input = el as HTMLInputElement;
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, String(v));
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, value);
}

/** Waits until the hash written by the app contains `part` (hash writes are throttled to ~4/s). */
export async function expectHashToContain(page: Page, part: string): Promise<void> {
  await expect
    .poll(() => new URL(page.url()).hash.slice(1).split('&'), { message: `URL hash has ${part}` })
    .toContain(part);
}
