// The divergence explorer (docs/theory.md §5.1): the tab opens it, its readouts react to Q's sliders
// as the theory says, the equation adds up, and "Fit Q to P" ends at the two fits.
import type { Page } from '@playwright/test';
import { expect, LN2, openApp, parseReadout, setRange, test } from './fixtures';

const VIEW = '#v=2&view=explorer';
/** P = ½ N(−2, 0.5²) + ½ N(2, 0.5²): the two-bump example of docs/theory.md §2. */
const BIMODAL = `${VIEW}&pn=2&pm0=-2&ps0=0.5&pw0=1&pm1=2&ps1=0.5&pw1=1`;

const num = async (page: Page, testId: string) => parseReadout(await page.getByTestId(testId).textContent(), testId);

/** Opens the explorer straight from a link and waits for its numbers (it needs no training worker). */
async function openExplorer(page: Page, hash = VIEW): Promise<void> {
  await page.goto(`/${hash}`);
  await expect(page.getByTestId('explorer')).toBeVisible();
  for (const id of ['explorer-kl-pq', 'explorer-js', 'explorer-w1']) {
    await expect.poll(() => num(page, id).catch((e: Error) => e.message)).toEqual(expect.any(Number));
  }
}

test('the Divergences tab opens the explorer', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('tab-explorer').click();
  await expect(page.getByTestId('tab-explorer')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('explorer')).toBeVisible();
  for (const chart of ['chart-explorer-densities', 'chart-explorer-integrand', 'chart-explorer-pull']) {
    await expect(page.getByTestId(chart)).toBeVisible();
    await expect(page.getByTestId(chart)).toHaveAccessibleName(/\S/);
  }
  await expect.poll(() => new URL(page.url()).hash).toContain('view=explorer');
  // Every control on screen has an accessible name (a closed menu's items are checked when it opens).
  for (const control of await page.getByTestId('explorer').locator('button:visible, input:visible').all())
    await expect(control).toHaveAccessibleName(/\S/);
  for (const control of await page.locator('.explorer-sidebar input').all())
    await expect(control).toHaveAccessibleName(/\S/);
});

test('moving Q away from P: KL, JS and W1 grow, JS stays ≤ log 2, the equation adds up', async ({ page }) => {
  await openExplorer(page);
  // The defaults: P = N(−1, 0.8²), Q = N(1, 1.2²); two Gaussians, so the closed form is shown.
  const before = {
    kl: await num(page, 'explorer-kl-pq'),
    js: await num(page, 'explorer-js'),
    w1: await num(page, 'explorer-w1'),
  };
  const closed = await num(page, 'explorer-kl-pq-closed');
  expect(Math.abs(before.kl / closed - 1), 'quadrature KL against the closed form').toBeLessThan(0.01);

  const qMean = page.getByTestId('explorer-q-mean-0');
  await setRange(qMean, 4);
  await expect(qMean).toHaveValue('4');
  await expect.poll(() => num(page, 'explorer-kl-pq')).toBeGreaterThan(before.kl + 1);
  const after = {
    kl: await num(page, 'explorer-kl-pq'),
    js: await num(page, 'explorer-js'),
    w1: await num(page, 'explorer-w1'),
  };
  expect(after.js).toBeGreaterThan(before.js);
  expect(after.w1).toBeGreaterThan(before.w1);
  // Q moved 3 to the right, away from P: W1 grows by nearly that much.
  expect(after.w1 - before.w1).toBeGreaterThan(2);
  expect(after.js).toBeLessThanOrEqual(LN2 + 1e-3);

  // Far apart: JS near its ceiling, never above it.
  await setRange(page.getByTestId('explorer-p-mean-0'), -4);
  await setRange(page.getByTestId('explorer-q-std-0'), 0.3);
  await setRange(page.getByTestId('explorer-p-std-0'), 0.3);
  await expect.poll(() => num(page, 'explorer-js')).toBeGreaterThan(0.69);
  expect(await num(page, 'explorer-js')).toBeLessThanOrEqual(LN2 + 1e-3);

  // H(P, Q) = H(P) + KL(P‖Q), with the numbers on screen (three decimals each).
  for (const [pm, qm] of [
    [-1, 1],
    [0.5, 0.2],
  ]) {
    await setRange(page.getByTestId('explorer-p-mean-0'), pm);
    await setRange(qMean, qm);
    await setRange(page.getByTestId('explorer-q-std-0'), 1.1);
    await expect(page.getByTestId('explorer-q-mean-0')).toHaveValue(String(qm));
    const h = await num(page, 'explorer-eq-cross-entropy');
    const hp = await num(page, 'explorer-eq-entropy-p');
    const kl = await num(page, 'explorer-eq-kl-pq');
    expect(Math.abs(h - (hp + kl)), `${h} = ${hp} + ${kl}`).toBeLessThanOrEqual(0.0015);
    // The readouts agree with the equation.
    expect(Math.abs((await num(page, 'explorer-cross-entropy')) - h)).toBeLessThan(0.01 * Math.abs(h) + 0.001);
    expect(Math.abs((await num(page, 'explorer-kl-pq')) - kl)).toBeLessThan(0.01 * kl + 0.001);
  }

  // Units: bits = nats / ln 2.
  const jsNats = await num(page, 'explorer-js');
  await page.getByTestId('explorer-units').getByRole('radio', { name: 'bits' }).check();
  await expect.poll(() => num(page, 'explorer-js')).toBeCloseTo(jsNats / LN2, 2);
});

test('Fit Q to P: forward KL matches moments, reverse KL sits on a mode; Q can take a fit', async ({ page }) => {
  await openExplorer(page, BIMODAL);
  const panel = page.getByTestId('panel-explorer-fit');
  await expect(panel).toHaveAttribute('data-state', 'idle');
  await page.getByRole('button', { name: 'Fit Q to P' }).click();
  await expect(panel).toHaveAttribute('data-state', 'done', { timeout: 10_000 });

  // Forward: μ = 0, σ = √(0.25 + 4) ≈ 2.06 (closed form). Reverse: one mode, |μ| ≈ 2, σ ≈ 0.5.
  expect(Math.abs(await num(page, 'explorer-fit-forward-mean'))).toBeLessThan(0.01);
  expect(await num(page, 'explorer-fit-forward-std')).toBeCloseTo(Math.sqrt(4.25), 2);
  expect(Math.abs(Math.abs(await num(page, 'explorer-fit-reverse-mean')) - 2)).toBeLessThan(0.03);
  expect(Math.abs((await num(page, 'explorer-fit-reverse-std')) - 0.5)).toBeLessThan(0.03);
  // Sitting on one of two equal modes costs about log 2.
  const reverseKL = await num(page, 'explorer-fit-reverse-kl');
  expect(reverseKL).toBeCloseTo(LN2, 1);

  // Q takes the reverse fit: its sliders and the readouts follow.
  await page.getByTestId('explorer-fit-reverse-use').click();
  const mean = await num(page, 'explorer-fit-reverse-mean');
  await expect(page.getByTestId('explorer-q-components').getByRole('radio', { name: '1', exact: true })).toBeChecked();
  await expect.poll(async () => Number(await page.getByTestId('explorer-q-mean-0').inputValue())).toBeCloseTo(mean, 1);
  await expect.poll(async () => Number(await page.getByTestId('explorer-q-std-0').inputValue())).toBeCloseTo(0.5, 1);
  await expect.poll(() => num(page, 'explorer-kl-qp')).toBeCloseTo(reverseKL, 1);

  // Q takes the forward fit: P's mean and σ = √(0.25 + 4) ≈ 2.06 (moment matching).
  await page.getByTestId('explorer-fit-forward-use').click();
  await expect(page.getByTestId('explorer-q-std-0')).toHaveValue('2.06');
  await expect(page.getByTestId('explorer-q-mean-0')).toHaveValue('0');
  await expect(page.getByTestId('explorer-fit-forward')).not.toContainText('stops at');
});

test('Fit Q to P animates Q, and jumps to the end with reduced motion', async ({ page }) => {
  await openExplorer(page, BIMODAL);
  const panel = page.getByTestId('panel-explorer-fit');
  await page.getByRole('button', { name: 'Fit Q to P' }).click();
  await expect(panel).toHaveAttribute('data-state', 'animating');
  await expect(panel).toHaveAttribute('data-state', 'done', { timeout: 10_000 });

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await setRange(page.getByTestId('explorer-p-mean-1'), 2.5);
  await expect(panel).toHaveAttribute('data-state', 'idle'); // a new P: the old fit is gone
  await page.getByRole('button', { name: 'Fit Q to P' }).click();
  await expect(panel).toHaveAttribute('data-state', 'done');
  // Forward fit: P's mean is (−2 + 2.5)/2 = 0.25.
  expect(await num(page, 'explorer-fit-forward-mean')).toBeCloseTo(0.25, 2);
});

test('dragging a handle on the chart moves that component (sideways: mean, up: σ smaller)', async ({ page }) => {
  await openExplorer(page);
  const handle = page.getByTestId('explorer-handle-q-0');
  const kl0 = await num(page, 'explorer-kl-pq');
  /** Drags the handle by (dx, dy) pixels; the header may still change height while the backends are measured. */
  const drag = async (dx: number, dy: number) => {
    const box = (await handle.boundingBox())!;
    const x = box.x + box.width / 2,
      y = box.y + box.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + dx, y + dy, { steps: 5 });
    await page.mouse.up();
  };
  await expect(async () => {
    await drag(60, 0);
    expect(Number(await page.getByTestId('explorer-q-mean-0').inputValue())).toBeGreaterThan(1.5);
  }).toPass({ timeout: 30_000 });
  await expect(page.getByTestId('explorer-q-std-0')).toHaveValue('1.2');
  await expect.poll(() => num(page, 'explorer-kl-pq')).toBeGreaterThan(kl0);

  await expect(async () => {
    await drag(0, -40);
    expect(Number(await page.getByTestId('explorer-q-std-0').inputValue())).toBeLessThan(1.1);
  }).toPass({ timeout: 30_000 });
});
