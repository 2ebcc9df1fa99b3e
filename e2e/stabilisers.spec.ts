// The stabilisers (EMA of G, R1, instance noise) change the run live; a mixture target recommends R1.
import type { Page } from '@playwright/test';
import { button, expect, expectHashToContain, openApp, readout, test } from './fixtures';

/**
 * Resets (the same seed: the same run, with the current settings), takes n single steps and returns what
 * the readouts then say about D and G (3 digits each: together they tell two runs apart).
 */
async function stateAfterSteps(page: Page, n: number): Promise<string> {
  await button(page, 'Reset').click();
  await expect(readout(page, 'step')).toHaveText('0');
  for (let i = 1; i <= n; i++) {
    await button(page, 'Step').click();
    await expect(readout(page, 'step')).toHaveText(String(i));
  }
  const values = ['js', 'd-gap', 'loss-d', 'loss-g', 'jd-expected'].map((name) => readout(page, name).textContent());
  return (await Promise.all(values)).join(' ');
}

test('R1 and the EMA of G change the same run; the chart says when p_model is the averaged G', async ({ page }) => {
  await openApp(page);
  const plain = await stateAfterSteps(page, 15);
  expect(await stateAfterSteps(page, 15), 'the same seed replays the same run').toBe(plain);

  await page.getByText('Stabilisers', { exact: true }).click();
  const r1 = page.getByTestId('setting-r1');
  // γ = 10: strong enough to show in 3-digit readouts after a few steps (Adam's steps are small).
  await r1.getByRole('radio', { name: '10', exact: true }).check();
  await expectHashToContain(page, 'r1=10');
  await expect(page.getByTestId('stabilisers')).toContainText('R1');
  const withR1 = await stateAfterSteps(page, 15);
  expect(withR1).not.toBe(plain);

  // The default shows the averaged G (EMA, β = 0.99); switching the average off changes what is shown.
  await r1.getByRole('radio', { name: 'Off' }).check();
  const panel = page.getByTestId('panel-densities');
  await expect(panel).toContainText('p_model of the averaged G');
  await expect(panel).toContainText('averaged G (EMA, β = 0.99)');
  await page.getByTestId('setting-ema').getByRole('radio', { name: 'Off' }).check();
  await expectHashToContain(page, 'ema=0');
  await expect(panel).not.toContainText('averaged G');
  const withoutEma = await stateAfterSteps(page, 15);
  expect(withoutEma).not.toBe(plain);
});

test('a target with two modes recommends its settings with their measured odds, and one click applies them', async ({
  page,
}) => {
  await openApp(page, '#v=2&n=2&m0=-2&s0=0.5&w0=1&m1=2&s1=0.5&w1=1');
  const advice = page.getByTestId('mixture-advice');
  await expect(advice).toBeVisible();
  await expect(advice).toContainText(/every mode held on \d+ of 10 seeds/);
  await expect(advice).toContainText('bridge of mass');
  await advice.getByRole('button', { name: /Use a leaky-ReLU G 32 wide with R1/ }).click();
  await expect(advice).toHaveCount(0);
  for (const part of ['r1=1', 'ga=leakyRelu', 'gh=32']) await expectHashToContain(page, part);
  await expect(page.getByTestId('stabilisers')).toContainText('R1');
  // One mode: no advice.
  await page.getByTestId('target-components').getByRole('radio', { name: '1', exact: true }).check();
  await expect(advice).toHaveCount(0);
});
