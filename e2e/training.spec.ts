// Play trains and Pause stops; Step, Reset and New seed; the Space shortcut.
import { button, expect, LN2, openApp, playButton, readNumber, readout, test, waitForNumber } from './fixtures';

test('Play trains until JS has halved; Pause stops the step count', async ({ page }) => {
  await openApp(page);
  await expect(readout(page, 'step')).toHaveText('0');
  const js0 = await readNumber(page, 'js');
  expect(js0).toBeGreaterThan(0.05); // the default target N(1.5, 0.6²) is far from an untrained G

  await playButton(page).click();
  await expect(playButton(page)).toHaveAccessibleName('Pause');
  await expect.poll(() => readNumber(page, 'step'), { message: 'step count starts rising' }).toBeGreaterThan(0);
  const early = await readNumber(page, 'step');
  await expect.poll(() => readNumber(page, 'step'), { message: 'step count keeps rising' }).toBeGreaterThan(early);

  // Default settings train quickly: JS below half of its step-0 value within a minute.
  await expect
    .poll(() => readNumber(page, 'js'), {
      timeout: 60_000,
      intervals: [500],
      message: `JS falls below ${js0 / 2} (half of step 0)`,
    })
    .toBeLessThan(js0 / 2);
  const js = await readNumber(page, 'js');
  expect(js).toBeGreaterThanOrEqual(0);
  expect(js).toBeLessThanOrEqual(LN2);
  for (const name of ['loss-d', 'loss-g']) expect(Number.isFinite(await readNumber(page, name)), name).toBe(true);
  expect(await readNumber(page, 'steps-per-second')).toBeGreaterThan(0);

  await playButton(page).click();
  await expect(playButton(page)).toHaveAccessibleName('Play');
  // Let the last in-flight chunk land, then the count must stand still.
  await page.waitForTimeout(500);
  const a = await readNumber(page, 'step');
  await page.waitForTimeout(1000);
  const b = await readNumber(page, 'step');
  expect(b, 'step count after Pause').toBe(a);
  expect(a).toBeGreaterThan(early);
});

test('Step adds exactly one step; Reset replays the same run; New seed starts a different one', async ({ page }) => {
  await openApp(page);
  await expect(readout(page, 'step')).toHaveText('0');
  await waitForNumber(page, 'js');
  const jsText0 = (await readout(page, 'js').textContent())!;

  await button(page, 'Step').click();
  await expect(readout(page, 'step')).toHaveText('1');
  // The batch losses of that step are numbers now.
  for (const name of ['loss-d', 'loss-g']) expect(Number.isFinite(await waitForNumber(page, name)), name).toBe(true);
  await button(page, 'Step').click();
  await expect(readout(page, 'step')).toHaveText('2');
  await page.waitForTimeout(1000);
  await expect(readout(page, 'step'), 'one click is one step, no more').toHaveText('2');
  await expect(playButton(page)).toHaveAccessibleName('Play');

  // Train a little more so the state really differs from step 0.
  await playButton(page).click();
  await expect.poll(() => readNumber(page, 'step')).toBeGreaterThan(50);
  await playButton(page).click();
  await expect(playButton(page)).toHaveAccessibleName('Play');
  await expect(readout(page, 'js')).not.toHaveText(jsText0);

  await button(page, 'Reset').click();
  await expect(readout(page, 'step')).toHaveText('0');
  // Same seed, same initial weights: the very same step-0 JS as on first load.
  await expect(readout(page, 'js')).toHaveText(jsText0);
  await expect(playButton(page)).toHaveAccessibleName('Play');

  // One step away from 0 again, so that New seed has something to reset.
  await button(page, 'Step').click();
  await expect(readout(page, 'step')).toHaveText('1');
  const hashBefore = new URL(page.url()).hash;
  await button(page, 'New seed').click();
  await expect.poll(() => new URL(page.url()).hash, { message: 'the new seed is in the link' }).toMatch(/[#&]seed=\d+/);
  expect(new URL(page.url()).hash).not.toBe(hashBefore);
  await expect(readout(page, 'step')).toHaveText('0');
  await expect(readout(page, 'js'), 'different initial weights give a different step-0 JS').not.toHaveText(jsText0);
  const js = await waitForNumber(page, 'js');
  expect(js).toBeGreaterThanOrEqual(0);
  expect(js).toBeLessThanOrEqual(LN2 + 1e-3);
});

test('Space toggles Play and Pause (but not while a slider has focus)', async ({ page }) => {
  await openApp(page);
  // The UI advertises the shortcut on the button.
  await expect(playButton(page)).toHaveAttribute('aria-keyshortcuts', 'Space');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Space');
  await expect(playButton(page)).toHaveAccessibleName('Pause');
  await expect.poll(() => readNumber(page, 'step')).toBeGreaterThan(0);
  await page.keyboard.press('Space');
  await expect(playButton(page)).toHaveAccessibleName('Play');
  await page.waitForTimeout(500);
  const a = await readNumber(page, 'step');
  await page.waitForTimeout(1000);
  expect(await readNumber(page, 'step'), 'paused by Space').toBe(a);

  // Space on a focused slider belongs to the slider, not to Play.
  await page.getByTestId('target-std-0').focus();
  await page.keyboard.press('Space');
  await page.waitForTimeout(500);
  await expect(playButton(page)).toHaveAccessibleName('Play');
});
