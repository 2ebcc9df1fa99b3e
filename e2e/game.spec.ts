// The GAN game in depth (docs/theory.md §6.9–§6.11): stepping one player, slow motion, the optimal-D mode
// with J(D*) against its closed form, and the other objectives (LSGAN, WGAN, WGAN-GP, hinge) with W1.
import {
  button,
  expect,
  expectFourCharts,
  expectHashToContain,
  openApp,
  playButton,
  readNumber,
  readout,
  test,
  waitForNumber,
} from './fixtures';

test('Step D moves only D, Step G moves G and counts a step; the charts say who moved', async ({ page }) => {
  // No average of G (p_model is the trained G's) and a G rate large enough for one step to show in JS.
  await openApp(page, '#v=2&ema=0&lrg=0.02');
  const gap0 = await waitForNumber(page, 'd-gap');
  const js0 = await readNumber(page, 'js');
  await button(page, 'Step D').click();
  await expect(page.getByTestId('badge-d-moved')).toBeVisible();
  await expect(readout(page, 'step')).toHaveText('0');
  await expect.poll(() => readNumber(page, 'd-gap')).not.toBe(gap0);
  // p_model did not move: JS (exact, from p_model and p_data) is unchanged.
  expect(await readNumber(page, 'js')).toBe(js0);

  await button(page, 'Step G').click();
  await expect(readout(page, 'step')).toHaveText('1');
  await expect(page.getByTestId('badge-g-moved')).toBeVisible();
  await expect(page.getByTestId('badge-d-moved')).toHaveCount(0);
  await expect.poll(() => readNumber(page, 'js')).not.toBe(js0);
});

test('slow motion trains a few updates a second, D and G in turn, and is in the link', async ({ page }) => {
  await openApp(page);
  const slow = button(page, 'Slow motion');
  await slow.click();
  await expect(slow).toHaveAttribute('aria-pressed', 'true');
  await expectHashToContain(page, 'slow=1');
  await playButton(page).click();
  // k = 1: D, G, D, G… one update every 400 ms, so both badges show up within a few seconds.
  await expect(page.getByTestId('badge-d-moved')).toBeVisible({ timeout: 10_000 });
  await expect(page.getByTestId('badge-g-moved')).toBeVisible({ timeout: 10_000 });
  await page.waitForTimeout(2500);
  const step = await readNumber(page, 'step');
  expect(step).toBeGreaterThanOrEqual(1);
  expect(step, 'slow: a handful of steps, not hundreds').toBeLessThan(30);
  await playButton(page).click();
  await slow.click();
  await expect(slow).toHaveAttribute('aria-pressed', 'false');
});

test('optimal-D mode: D is D*, J(D*) equals log 2 − JS, Step D is off, and G learns', async ({ page }) => {
  await openApp(page);
  const toggle = page.getByTestId('toggle-optimal-d');
  await expect(toggle).toBeVisible();
  await toggle.check();
  await expectHashToContain(page, 'optd=1');
  await expect(page.getByTestId('panel-discriminator')).toContainText('D = D*');
  await expect(button(page, 'Step D')).toBeDisabled();

  const js0 = await waitForNumber(page, 'js');
  await playButton(page).click();
  await expect
    .poll(() => readNumber(page, 'step'), { timeout: 60_000, message: 'trains past step 300' })
    .toBeGreaterThan(300);
  await playButton(page).click();
  await page.waitForTimeout(500);
  const js = await readNumber(page, 'js');
  expect(js, `JS after training against D* (${js}) below JS at step 0 (${js0})`).toBeLessThan(js0 / 2);

  const jdStar = await readNumber(page, 'jd-star');
  const closedForm = await readNumber(page, 'jd-star-closed-form');
  const inPlay = await readNumber(page, 'jd-expected');
  await expect(page.getByText('log 2 − JS', { exact: true })).toBeVisible();
  expect(Math.abs(jdStar - closedForm), `J(D*) ${jdStar} = log 2 − JS ${closedForm}`).toBeLessThanOrEqual(0.002);
  expect(Math.abs(closedForm - (Math.LN2 - js))).toBeLessThanOrEqual(0.002);
  expect(Math.abs(inPlay - jdStar), 'the D in play is D*').toBeLessThanOrEqual(0.002);
  // The D gap is 0: D is D*.
  expect(await readNumber(page, 'd-gap')).toBe(0);

  await toggle.uncheck();
  await expect(button(page, 'Step D')).toBeEnabled();
});

for (const { objective, title, closedForm } of [
  { objective: 'lsgan', title: 'Discriminator', closedForm: '¼ − Δ/8' },
  { objective: 'wgan', title: 'Critic', closedForm: '−W₁' },
  { objective: 'wgan-gp', title: 'Critic', closedForm: '−W₁' },
  { objective: 'hinge', title: 'Discriminator', closedForm: '2 − 2·TV' },
])
  test(`objective ${objective}: trains, its theorem holds, W1 is tracked`, async ({ page }) => {
    await openApp(page);
    await page.getByText('The game', { exact: true }).click();
    await page.getByTestId('setting-objective').selectOption(objective);
    await expectHashToContain(page, `obj=${objective}`);
    await expect(page.getByTestId('objective-formula')).toContainText('J(D)');
    await expect(page.getByTestId('objective-paragraph')).not.toBeEmpty();
    await expect(page.locator('#discriminator-title')).toHaveText(title);
    await expect(page.getByText(closedForm, { exact: true })).toBeVisible();
    await expectFourCharts(page);

    const w1Start = await waitForNumber(page, 'w1');
    await playButton(page).click();
    await expect
      .poll(() => readNumber(page, 'step'), { timeout: 60_000, message: 'trains past step 600' })
      .toBeGreaterThan(600);
    await playButton(page).click();
    await page.waitForTimeout(500);
    expect(await readNumber(page, 'w1')).toBeLessThan(w1Start);
    const lossD = await readNumber(page, 'loss-d');
    expect(Number.isFinite(lossD)).toBe(true);
    expect(
      Math.abs((await readNumber(page, 'jd-star')) - (await readNumber(page, 'jd-star-closed-form'))),
    ).toBeLessThan(0.005);
    // The W1 history series is drawn for every objective.
    await expect(page.getByTestId('panel-divergences').locator('path[data-series="W1"]')).toHaveCount(1);
  });
