// The target sliders change p_data, JS reacts and the link records the setup;
// the controls cannot produce an invalid target.
import {
  expect,
  expectFourCharts,
  expectHashToContain,
  LN2,
  openApp,
  playButton,
  readNumber,
  setRange,
  test,
  waitForReady,
} from './fixtures';

test('moving the mean of p_data: JS reacts, the hash records it, a reload restores it', async ({ page }) => {
  await openApp(page);
  const js0 = await readNumber(page, 'js');
  // Train until p_model has found the default target N(1.5, 0.6²)…
  await playButton(page).click();
  await expect.poll(() => readNumber(page, 'js'), { timeout: 60_000, intervals: [500] }).toBeLessThan(js0 / 2);
  await playButton(page).click();
  await expect(playButton(page)).toHaveAccessibleName('Play');
  await page.waitForTimeout(500);
  const jsTrained = await readNumber(page, 'js');

  // …then move the target far away: the trained model no longer matches, JS jumps towards log 2.
  const mean = page.getByTestId('target-mean-0');
  await setRange(mean, -3);
  await expect(mean).toHaveValue('-3');
  await expect
    .poll(() => readNumber(page, 'js'), { message: 'JS reacts to the new target while paused' })
    .toBeGreaterThan(Math.max(0.5, jsTrained + 0.3));
  expect(await readNumber(page, 'js')).toBeLessThanOrEqual(LN2 + 1e-3);
  await expectHashToContain(page, 'm0=-3');

  // The link restores the setup.
  await page.reload();
  await waitForReady(page);
  await expect(page.getByTestId('target-mean-0')).toHaveValue('-3');
  expect(new URL(page.url()).hash.slice(1).split('&')).toContain('m0=-3');
  await expect(page.getByTestId('notice')).toHaveCount(0);
  // The untrained model against a target at −3 is nowhere near it.
  expect(await readNumber(page, 'js')).toBeGreaterThan(0.5);
});

test('σ cannot be 0 and all-minimum weights still give a valid picture', async ({ page }) => {
  await openApp(page);
  const std = page.getByTestId('target-std-0');
  const min = Number(await std.getAttribute('min'));
  expect(min, 'the σ slider’s minimum').toBeGreaterThan(0);
  await setRange(std, 0);
  await expect(std).toHaveValue(String(min));
  await expectHashToContain(page, `s0=${min}`);
  const jsNarrow = await readNumber(page, 'js');
  expect(jsNarrow).toBeGreaterThanOrEqual(0);
  expect(jsNarrow).toBeLessThanOrEqual(LN2 + 1e-3);

  // Two components, both weights at their minimum (equal shares): still a proper density.
  await page.getByTestId('target-components').getByRole('radio', { name: '2', exact: true }).check();
  const w0 = page.getByTestId('target-weight-0');
  const w1 = page.getByTestId('target-weight-1');
  await expect(w0).toBeVisible();
  await expect(w1).toBeVisible();
  await expect(page.getByTestId('target-mean-1')).toBeVisible();
  const wMin = Number(await w0.getAttribute('min'));
  expect(wMin, 'the weight slider’s minimum').toBeGreaterThan(0);
  await setRange(w0, 0);
  await setRange(w1, 0);
  await expect(w0).toHaveValue(String(wMin));
  await expect(w1).toHaveValue(String(wMin));
  await expectHashToContain(page, `w0=${wMin}`);
  await expectHashToContain(page, `w1=${wMin}`);

  await expect
    .poll(() => readNumber(page, 'js'), { message: 'JS stays a finite number in [0, log 2]' })
    .toBeGreaterThanOrEqual(0);
  const js = await readNumber(page, 'js');
  expect(Number.isFinite(js)).toBe(true);
  expect(js).toBeLessThanOrEqual(LN2 + 1e-3);
  expect(Number.isFinite(await readNumber(page, 'd-gap'))).toBe(true);
  const mass = await readNumber(page, 'mass');
  expect(mass).toBeGreaterThan(0.9);
  expect(mass).toBeLessThanOrEqual(1.0001);
  await expectFourCharts(page);

  // And it trains from there.
  await playButton(page).click();
  await expect.poll(() => readNumber(page, 'step')).toBeGreaterThan(0);
  await playButton(page).click();
  await expect(playButton(page)).toHaveAccessibleName('Play');
  expect(Number.isFinite(await readNumber(page, 'js'))).toBe(true);
});
