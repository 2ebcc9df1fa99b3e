// W1 in the Divergences panel (units of x) falls with training; J(D) = ½(real half + generated half).
import { expect, openApp, playButton, readNumber, readout, test, waitForNumber } from './fixtures';

test('W1 is a distance ≥ 0 that training shrinks; J(D) is the mean of its real and generated halves', async ({
  page,
}) => {
  await openApp(page);
  await expect(readout(page, 'step')).toHaveText('0');
  const w1Start = await waitForNumber(page, 'w1');
  expect(w1Start).toBeGreaterThanOrEqual(0);
  expect(Number.isFinite(w1Start)).toBe(true);
  // Labelled in units of x, not nats.
  await expect(page.getByTestId('panel-divergences')).toContainText('units of x');

  await playButton(page).click();
  await expect(playButton(page)).toHaveAccessibleName('Pause');
  await expect
    .poll(() => readNumber(page, 'step'), { timeout: 120_000, intervals: [500], message: 'trains past step 1000' })
    .toBeGreaterThan(1000);
  await playButton(page).click();
  await expect(playButton(page)).toHaveAccessibleName('Play');
  // Let the snapshot of where training stopped land.
  await page.waitForTimeout(500);

  const w1 = await waitForNumber(page, 'w1');
  expect(w1).toBeGreaterThanOrEqual(0);
  expect(w1, `W1 after training (${w1}) below W1 at step 0 (${w1Start})`).toBeLessThan(w1Start);

  const real = await waitForNumber(page, 'loss-d-real');
  const fake = await waitForNumber(page, 'loss-d-fake');
  const lossD = await readNumber(page, 'loss-d');
  expect(real).toBeGreaterThan(0);
  expect(fake).toBeGreaterThan(0);
  expect(Math.abs((real + fake) / 2 - lossD), `½(${real} + ${fake}) = J(D) ${lossD}`).toBeLessThanOrEqual(0.002);
  await expect(page.getByTestId('panel-losses')).toContainText('label y = 1');
  await expect(page.getByTestId('panel-losses')).toContainText('y = 0');
});
