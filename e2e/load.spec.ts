// The page loads, measures a backend and draws step 0 before anything is pressed.
import { BACKENDS, expect, expectFourCharts, LN2, openApp, playButton, readNumber, readout, test } from './fixtures';

test('loads with step-0 readouts, four labelled charts and a backend', async ({ page }) => {
  await openApp(page);
  await expect(page).toHaveTitle(/GAN Playground/);
  await expect(playButton(page)).toHaveAccessibleName('Play');
  await expect(readout(page, 'step')).toHaveText('0');

  const js = await readNumber(page, 'js');
  expect(js).toBeGreaterThan(0);
  expect(js).toBeLessThanOrEqual(LN2 + 1e-3);
  // KL is ≥ 0 and may honestly be ∞; D's gap to D* is a finite number ≥ 0.
  for (const name of ['kl-forward', 'kl-reverse']) {
    const kl = await readNumber(page, name);
    expect(kl, name).toBeGreaterThanOrEqual(0);
  }
  const gap = await readNumber(page, 'd-gap');
  expect(Number.isFinite(gap)).toBe(true);
  expect(gap).toBeGreaterThanOrEqual(0);
  // Batch losses exist only after a training step: at step 0 a dash or a finite number ≥ 0 (BCE),
  // never NaN/∞ text (training.spec.ts checks they are numbers after one Step).
  for (const name of ['loss-d', 'loss-g']) {
    await expect(readout(page, name)).toHaveText(/^(–|\d+(\.\d+)?(e[-+]?\d+)?)$/);
  }

  await expect(readout(page, 'backend')).toHaveText(BACKENDS);
  await expectFourCharts(page);
  // Nothing trains by itself.
  await page.waitForTimeout(1000);
  await expect(readout(page, 'step')).toHaveText('0');
});
