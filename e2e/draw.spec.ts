// Presenting and your own target: hover and touch readouts on the charts, the handles by keyboard and
// by finger, drawing p_data by hand (the GAN then learns it) and loading samples from a CSV file.
import type { Locator, Page } from '@playwright/test';
import { decodeDrawnDensity, DRAWN_XS } from '../src/core/drawnDensity';
import { piecewiseLinear } from '../src/core/distributions';
import {
  expect,
  expectHashToContain,
  openApp,
  parseReadout,
  playButton,
  readNumber,
  test,
  waitForNumber,
} from './fixtures';

/** The charts' margins (src/components/charts/theme.ts, MARGIN) and x range. */
const M = { left: 58, right: 14, top: 8, bottom: 38 };

interface Plot {
  /** Page pixels of a chart x value, and of a height as a fraction of the plot (0 = axis, 1 = top). */
  X(x: number): number;
  Y(f: number): number;
}

async function plotOf(chart: Locator, xDomain: [number, number] = [-6, 6]): Promise<Plot> {
  const box = (await chart.boundingBox())!;
  const w = box.width - M.left - M.right;
  const h = box.height - M.top - M.bottom;
  return {
    X: (x) => box.x + M.left + ((x - xDomain[0]) / (xDomain[1] - xDomain[0])) * w,
    Y: (f) => box.y + M.top + h * (1 - f),
  };
}

/**
 * Waits until the backends are measured: the header's text changes while they are, and with it the
 * height of the header and the charts' place on the page (a stroke must not move under the pointer).
 */
async function waitForSteadyLayout(page: Page): Promise<void> {
  await expect(page.getByTestId('backend-summary')).not.toContainText('measuring', { timeout: 120_000 });
}

const hash = (page: Page) => new URL(page.url()).hash.slice(1);
const drawnCode = (page: Page) => /(?:^|&)draw=([A-Za-z0-9_-]*)/.exec(hash(page))?.[1] ?? '';

/** The value a readout box shows for one series. */
async function readoutValue(page: Page, testId: string, series: string): Promise<number> {
  const cell = page.getByTestId(testId).locator(`[data-series="${series}"]`);
  await expect(cell).toBeVisible();
  return parseReadout(await cell.textContent(), `${testId} ${series}`);
}

/** p_data at x, read from the densities chart's hover readout (once it shows the bin at x). */
async function pDataAt(page: Page, x: number): Promise<number> {
  const plot = await plotOf(page.getByTestId('chart-densities'));
  await page.mouse.move(plot.X(x), plot.Y(0.5));
  const title = page.getByTestId('cursor-densities').locator('.cursor-readout-title');
  await expect
    .poll(async () =>
      Math.abs(parseFloat(((await title.textContent()) ?? '').replace('x = ', '').replace('−', '-')) - x),
    )
    .toBeLessThan(0.05);
  return readoutValue(page, 'cursor-densities', 'p_data');
}

/** A seeded sample of N(mean, std²) (an LCG and Box–Muller: the same file on every run). */
function normalSample(n: number, mean: number, std: number): number[] {
  let s = 12345;
  const u = () => ((s = (1103515245 * s + 12345) % 2 ** 31) + 1) / (2 ** 31 + 1);
  return Array.from({ length: n }, () => mean + std * Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u()));
}

async function loadCsv(page: Page, name: string, text: string): Promise<void> {
  await page.getByTestId('load-csv-input').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
}

async function chooseDrawn(page: Page): Promise<void> {
  await page.getByTestId('target-kind').getByRole('radio', { name: 'Drawn' }).check();
  await expectHashToContain(page, 't=drawn');
  await expect(page.getByTestId('load-csv')).toBeVisible();
}

test('hover: a rule and the values at the pointer on the density, discriminator and history charts', async ({
  page,
}) => {
  await openApp(page);
  await waitForSteadyLayout(page);
  // The default target N(1.5, 0.6²): p_data at its mean is 1/(0.6 √(2π)) ≈ 0.665.
  const plot = await plotOf(page.getByTestId('chart-densities'));
  await page.mouse.move(plot.X(1.5), plot.Y(0.3));
  const box = page.getByTestId('cursor-densities');
  await expect(box).toBeVisible();
  await expect(box).toContainText(/x = 1\.(48|51)/);
  expect(await readoutValue(page, 'cursor-densities', 'p_data')).toBeCloseTo(0.665, 2);
  for (const s of ['p_model', 'D(x)', 'D*(x)'])
    expect(await readoutValue(page, 'cursor-densities', s)).toBeGreaterThanOrEqual(0);
  await expect(page.getByTestId('cursor-densities-rule')).toHaveCount(1);
  // Away from the chart, it goes.
  await page.mouse.move(5, 5);
  await expect(box).toHaveCount(0);

  // The discriminator chart: D and D* between 0 and 1.
  const disc = await plotOf(page.getByTestId('chart-discriminator'));
  await page.mouse.move(disc.X(1.5), disc.Y(0.5));
  const d = await readoutValue(page, 'cursor-discriminator', 'D(x)');
  expect(d).toBeGreaterThan(0);
  expect(d).toBeLessThan(1);
  expect(await readoutValue(page, 'cursor-discriminator', 'p_data')).toBeCloseTo(0.665, 2);

  // The history charts after a few steps: the step and each series there.
  await playButton(page).click();
  await expect.poll(() => readNumber(page, 'step'), { timeout: 30_000 }).toBeGreaterThan(100);
  await playButton(page).click();
  await expect(playButton(page)).toHaveAccessibleName('Play');
  for (const [chart, series] of [
    ['divergences', ['JS', 'KL forward', 'KL reverse', 'W1']],
    ['losses', ['J(D)', 'J(G)']],
  ] as const) {
    const b = (await page.getByTestId(`chart-${chart}`).boundingBox())!;
    await page.mouse.move(b.x + M.left + (b.width - M.left - M.right) * 0.3, b.y + b.height / 2);
    await expect(page.getByTestId(`cursor-${chart}`)).toContainText(/step \d/);
    // A number, or ∞ (KL while p_model misses part of p_data).
    for (const s of series) expect(await readoutValue(page, `cursor-${chart}`, s)).not.toBeNaN();
  }
});

test('keyboard: a focused handle moves by one step (Shift: ten), ↑/↓ change σ; in the explorer too', async ({
  page,
}) => {
  await openApp(page);
  await waitForSteadyLayout(page);
  const handle = page.getByTestId('handle-mean-0');
  await expect(handle).toHaveAttribute('role', 'slider');
  await expect(handle).toHaveAccessibleName('Component 1 mean');
  await expect(handle).toHaveAttribute('aria-valuenow', '1.5');
  await handle.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('target-mean-0')).toHaveValue('1.55');
  await expect(handle).toHaveAttribute('aria-valuenow', '1.55');
  await expect(handle).toHaveAttribute('aria-valuetext', 'mean 1.55, σ 0.60');
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(page.getByTestId('target-mean-0')).toHaveValue('1.05');
  await page.keyboard.press('ArrowUp'); // a taller peak: σ one step smaller
  await expect(page.getByTestId('target-std-0')).toHaveValue('0.59');
  await page.keyboard.press('Shift+ArrowDown');
  await expect(page.getByTestId('target-std-0')).toHaveValue('0.69');
  await expectHashToContain(page, 'm0=1.05');
  await expect(handle).toBeFocused(); // the handle keeps the focus as it moves
  // Space is still Play/Pause with a handle focused (the handle takes only its arrows).
  await page.keyboard.press('Space');
  await expect(playButton(page)).toHaveAccessibleName('Pause');
  await page.keyboard.press('Space');
  await expect(playButton(page)).toHaveAccessibleName('Play');

  // The explorer's handles are the same handles. (A fresh load: a throttled hash write of the
  // playground must not land on the new link.)
  await expectHashToContain(page, 's0=0.69');
  await page.goto('about:blank');
  await page.goto('/#v=2&view=explorer');
  const p0 = page.getByTestId('explorer-handle-p-0');
  await expect(p0).toHaveAccessibleName('P, component 1 mean');
  await p0.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('explorer-p-mean-0')).toHaveValue('-1.05');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('explorer-p-std-0')).toHaveValue('0.81');
});

test.describe('by finger', () => {
  test.use({ hasTouch: true });

  test('a finger drags a handle and draws p_data', async ({ page }) => {
    await openApp(page);
    await waitForSteadyLayout(page);
    const cdp = await page.context().newCDPSession(page);
    const touch = async (points: [number, number][]) => {
      const [first, ...rest] = points;
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: first[0], y: first[1] }] });
      for (const [x, y] of rest)
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y }] });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    // Drag the handle of N(1.5, 0.6²) to x ≈ −1.
    const plot = await plotOf(page.getByTestId('chart-densities'));
    const b = (await page.getByTestId('handle-mean-0').boundingBox())!;
    const [hx, hy] = [b.x + b.width / 2, b.y + b.height / 2];
    await touch(Array.from({ length: 11 }, (_, i) => [hx + ((plot.X(-1) - hx) * i) / 10, hy] as [number, number]));
    await expect.poll(async () => Number(await page.getByTestId('target-mean-0').inputValue())).toBeLessThan(-0.5);
    await expect(page.getByTestId('target-std-0')).toHaveValue('0.6'); // a sideways drag leaves σ

    // Draw a bump at x = 3 with a finger.
    await page.getByTestId('toggle-draw').tap();
    await expect(page.getByTestId('toggle-draw')).toHaveAttribute('aria-pressed', 'true');
    await page.getByTestId('draw-clear-chart').tap();
    const stroke: [number, number][] = [];
    for (let i = 0; i <= 40; i++) {
      const x = 1 + (4 * i) / 40;
      stroke.push([plot.X(x), plot.Y(0.02 + 0.8 * Math.exp(-((x - 3) ** 2) / 0.3))]);
    }
    await touch(stroke);
    await expectHashToContain(page, 't=drawn');
    const d = piecewiseLinear(DRAWN_XS, decodeDrawnDensity(drawnCode(page))!);
    expect(d.mean).toBeCloseTo(3, 0);
    expect(d.cdf(0)).toBe(0); // cleared first: nothing where the finger did not draw
  });
});

test('drawing a bimodal p_data with the mouse: the link carries it and training lowers JS against it', async ({
  page,
}) => {
  await openApp(page);
  await waitForSteadyLayout(page);
  await page.getByTestId('toggle-draw').click();
  await expect(page.getByTestId('draw-hint')).toBeVisible();
  const plot = await plotOf(page.getByTestId('chart-densities'));
  // Two bumps, at −2 and at 2, from −5.5 to 5.5; heights as fractions of the plot.
  const f = (x: number) => 0.02 + 0.7 * Math.exp(-((x + 2) ** 2) / 0.5) + 0.5 * Math.exp(-((x - 2) ** 2) / 0.5);
  await page.mouse.move(plot.X(-5.5), plot.Y(f(-5.5)));
  await page.mouse.down();
  for (let i = 1; i <= 60; i++) {
    const x = -5.5 + (11 * i) / 60;
    await page.mouse.move(plot.X(x), plot.Y(f(x)));
  }
  await page.mouse.up();
  await expectHashToContain(page, 't=drawn');
  expect(drawnCode(page)).toMatch(/^[A-Za-z0-9_-]{128}$/);
  await expect(page.getByTestId('target-kind').getByRole('radio', { name: 'Drawn' })).toBeChecked();

  // p_data is the drawing: two modes, the left one taller, little between them.
  await page.getByTestId('toggle-draw').click();
  const [left, middle, right] = [await pDataAt(page, -2), await pDataAt(page, 0), await pDataAt(page, 2)];
  expect(left).toBeGreaterThan(right);
  expect(right).toBeGreaterThan(4 * middle);
  const drawn = piecewiseLinear(DRAWN_XS, decodeDrawnDensity(drawnCode(page))!);
  expect(drawn.cdf(0)).toBeGreaterThan(0.5); // more mass on the left
  expect(drawn.cdf(0)).toBeLessThan(0.75);

  // The GAN learns it: JS falls to half of where it started.
  await page.mouse.move(5, 5);
  const js0 = await waitForNumber(page, 'js');
  await playButton(page).click();
  await expect.poll(() => readNumber(page, 'js'), { timeout: 60_000, intervals: [500] }).toBeLessThan(js0 / 2);
  await playButton(page).click();
  await expect(playButton(page)).toHaveAccessibleName('Play');

  // The link restores the drawing.
  const code = drawnCode(page);
  await page.reload();
  await waitForNumber(page, 'js');
  expect(drawnCode(page)).toBe(code);
  await expect(page.getByTestId('target-kind').getByRole('radio', { name: 'Drawn' })).toBeChecked();
  await expect(page.getByTestId('notice')).toHaveCount(0);
});

test('a CSV of samples of N(−1.5, 0.5²) becomes p_data, peaked at −1.5', async ({ page }) => {
  await openApp(page);
  await waitForSteadyLayout(page);
  await chooseDrawn(page);
  await expect.poll(() => drawnCode(page)).toMatch(/^[A-Za-z0-9_-]{128}$/);
  const seeded = drawnCode(page); // "Drawn" starts from the current target, N(1.5, 0.6²)
  const samples = normalSample(2000, -1.5, 0.5);
  await loadCsv(page, 'heights.csv', `x\n${samples.map((v) => v.toFixed(4)).join('\n')}\n`);
  await expect(page.getByTestId('notice')).toContainText('Loaded 2,000 samples from “heights.csv”');
  await expect.poll(() => drawnCode(page)).not.toBe(seeded);
  const knots = decodeDrawnDensity(drawnCode(page))!;
  const peak = DRAWN_XS[knots.indexOf(Math.max(...knots))];
  expect(Math.abs(peak - -1.5)).toBeLessThan(0.3);
  const d = piecewiseLinear(DRAWN_XS, knots);
  expect(d.mean).toBeCloseTo(-1.5, 1);
  expect(Math.sqrt(d.variance)).toBeGreaterThan(0.45);
  expect(Math.sqrt(d.variance)).toBeLessThan(0.6);
  // The chart shows it: p_data at −1.5 is near the Gaussian's peak 0.80, and small at 0.
  expect(await pDataAt(page, -1.5)).toBeGreaterThan(0.6);
  expect(await pDataAt(page, 0)).toBeLessThan(0.1);
});

test('a file that is not samples is refused with a message and the target stays', async ({ page }) => {
  await openApp(page);
  await waitForSteadyLayout(page);
  await chooseDrawn(page);
  await expect.poll(() => drawnCode(page)).toMatch(/^[A-Za-z0-9_-]{128}$/);
  const before = hash(page);
  const notice = page.getByTestId('notice');

  await loadCsv(page, 'letter.txt', 'Dear class,\nplease bring your books.\n');
  await expect(notice).toContainText('“letter.txt” was not loaded, p_data is unchanged');
  await expect(notice).toContainText('not a number');
  await loadCsv(page, 'empty.csv', '');
  await expect(notice.filter({ hasText: 'empty.csv' })).toContainText('the file is empty');
  await loadCsv(page, 'few.csv', '1,2,3');
  await expect(notice.filter({ hasText: 'few.csv' })).toContainText('at least 5');
  await page.waitForTimeout(600); // past the throttled hash write
  expect(hash(page)).toBe(before);
});
