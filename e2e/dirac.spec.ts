// "Why GANs circle": the Dirac GAN view draws its field and a trajectory, R1 pulls the trajectory in,
// the start point follows a click, one button applies R1 in the playground, and its controls are
// settings: a link and the lesson's steps set them.
import type { Page } from '@playwright/test';
import { button, expect, expectHashToContain, openApp, parseReadout, test } from './fixtures';

const finalDistance = async (page: Page) =>
  parseReadout(await page.getByTestId('dirac-final-distance').textContent(), 'dirac-final-distance');

async function openDirac(page: Page): Promise<void> {
  await openApp(page);
  await page.getByTestId('tab-dirac').click();
  await expect(page.getByTestId('tab-dirac')).toHaveAttribute('aria-selected', 'true');
  await expectHashToContain(page, 'view=dirac');
}

test('the tab opens the view: the field, a trajectory and the distance chart are drawn', async ({ page }) => {
  await openDirac(page);
  await expect(page.getByTestId('dirac-field')).toBeVisible();
  // About 400 arrows in one path: "M…L…" twice per arrow.
  const arrows = await page.getByTestId('dirac-field-arrows').getAttribute('d');
  expect((arrows ?? '').match(/M/g)?.length ?? 0).toBeGreaterThan(600);
  const full = await page.getByTestId('dirac-trajectory-full').getAttribute('d');
  expect((full ?? '').match(/L/g)?.length ?? 0).toBeGreaterThanOrEqual(500);
  await expect(page.getByTestId('dirac-distance-chart')).toBeVisible();
  await expect(page.getByTestId('dirac-distance-line')).toHaveAttribute('d', /M/);
  // The animation ends with the whole run drawn.
  await expect
    .poll(async () => ((await page.getByTestId('dirac-trajectory').getAttribute('d')) ?? '').match(/L/g)?.length ?? 0)
    .toBe(500);
  // Plain simultaneous steps from (1, 1) spiral out.
  expect(await finalDistance(page)).toBeGreaterThan(Math.SQRT2);
  await expect(page.getByTestId('dirac-verdict')).toHaveText('spirals out');
});

test('R1 makes the final distance smaller than with no stabiliser; noise too', async ({ page }) => {
  await openDirac(page);
  const none = await finalDistance(page);
  const stab = page.getByTestId('dirac-stabiliser');
  await stab.getByRole('radio', { name: 'R1', exact: true }).check();
  await expect(page.getByTestId('dirac-gamma')).toBeVisible();
  await expect.poll(() => finalDistance(page)).toBeLessThan(none / 100);
  await expect(page.getByTestId('dirac-verdict')).toHaveText('converges');
  await stab.getByRole('radio', { name: 'Noise', exact: true }).check();
  await expect.poll(() => finalDistance(page)).toBeLessThan(none / 10);
  // Alternating steps without a stabiliser circle: the distance ends near where it started.
  await stab.getByRole('radio', { name: 'None', exact: true }).check();
  await page.getByTestId('dirac-optimizer').getByRole('radio', { name: 'Alternating', exact: true }).check();
  await expect(page.getByTestId('dirac-verdict')).toHaveText('circles');
});

test('a click in the plane moves the start point', async ({ page }) => {
  await openDirac(page);
  const plane = page.getByTestId('dirac-field');
  const start = page.getByTestId('dirac-start');
  const before = await start.boundingBox();
  const box = await plane.boundingBox();
  expect(before && box).toBeTruthy();
  // Click well left of and below the start dot at (1, 1).
  await page.mouse.click(before!.x + before!.width / 2 - 120, before!.y + before!.height / 2 + 90);
  await expect(page.getByTestId('dirac-start-theta')).not.toHaveText('1.00');
  await expect(page.getByTestId('dirac-start-psi')).not.toHaveText('1.00');
  // The keyboard moves it too.
  await start.focus();
  const psi = await page.getByTestId('dirac-start-psi').textContent();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByTestId('dirac-start-psi')).not.toHaveText(psi ?? '');
});

test('"Use R1 in the playground" switches to the playground with R1 on', async ({ page }) => {
  await openDirac(page);
  await page.getByTestId('dirac-apply-r1').click();
  await expect(page.getByTestId('tab-playground')).toHaveAttribute('aria-selected', 'true');
  await expectHashToContain(page, 'r1=1');
  await expect(page.getByTestId('stabilisers')).toContainText('R1');
});

test('a link carries the view: method, rate, steps, stabiliser, start and EMA; a change goes into the address', async ({
  page,
}) => {
  await page.goto(
    '/#v=2&view=dirac&dopt=alternating&dlr=0.05&dsteps=1000&dstab=r1&dgamma=2&dtheta=-1.5&dpsi=0.5&dema=1',
  );
  await expect(page.getByTestId('tab-dirac')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('dirac-field')).toBeVisible();
  const optimizer = page.getByTestId('dirac-optimizer');
  const stab = page.getByTestId('dirac-stabiliser');
  await expect(optimizer.getByRole('radio', { name: 'Alternating', exact: true })).toBeChecked();
  await expect(stab.getByRole('radio', { name: 'R1', exact: true })).toBeChecked();
  await expect(page.getByTestId('dirac-lr')).toHaveAttribute('aria-valuetext', '0.05');
  await expect(page.getByTestId('dirac-steps')).toHaveValue('1000');
  await expect(page.getByTestId('dirac-gamma')).toHaveValue('2');
  await expect(page.getByTestId('dirac-start-theta')).toHaveText('−1.50');
  await expect(page.getByTestId('dirac-start-psi')).toHaveText('0.50');
  await expect(page.getByTestId('dirac-show-ema')).toBeChecked();
  await expect(page.getByTestId('dirac-distance-chart')).toBeVisible();
  // The trajectory is the link's: 1000 steps, pulled in by R1.
  const full = await page.getByTestId('dirac-trajectory-full').getAttribute('d');
  expect((full ?? '').match(/L/g)?.length ?? 0).toBe(1000);
  await expect(page.getByTestId('dirac-verdict')).toHaveText('converges');
  await expect(page.getByTestId('notice')).toHaveCount(0);

  // Changes are settings like any other: they go into the address, defaults leave it.
  await stab.getByRole('radio', { name: 'None', exact: true }).check();
  await expect.poll(() => page.url()).not.toContain('dstab=');
  await expectHashToContain(page, 'dgamma=2');
  await optimizer.getByRole('radio', { name: 'Adam', exact: true }).check();
  await expectHashToContain(page, 'dopt=adam');
  await page.getByTestId('dirac-start').focus();
  await page.keyboard.press('ArrowRight');
  await expectHashToContain(page, 'dtheta=-1.45');
  // A reload brings the same view back.
  await page.reload();
  await expect(page.getByTestId('dirac-start-theta')).toHaveText('−1.45');
  await expect(optimizer.getByRole('radio', { name: 'Adam', exact: true })).toBeChecked();
});

test('the "Why GANs circle" lesson sets the controls at each step; Back undoes them', async ({ page }) => {
  await page.goto('/#v=2&lesson=why-gans-circle&lstep=3');
  await expect(page.getByTestId('tab-dirac')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('lesson-step-count')).toHaveText('Step 4 of 5');
  const optimizer = page.getByTestId('dirac-optimizer');
  const stab = page.getByTestId('dirac-stabiliser');
  await expect(optimizer.getByRole('radio', { name: 'Simultaneous', exact: true })).toBeChecked();
  await expect(stab.getByRole('radio', { name: 'R1', exact: true })).toBeChecked();
  await expect(page.getByTestId('dirac-verdict')).toHaveText('converges');
  await button(page, 'Back').click();
  await expect(optimizer.getByRole('radio', { name: 'Adam', exact: true })).toBeChecked();
  await expect(stab.getByRole('radio', { name: 'None', exact: true })).toBeChecked();
  await button(page, 'Back').click();
  await expect(optimizer.getByRole('radio', { name: 'Alternating', exact: true })).toBeChecked();
  await expect(page.getByTestId('dirac-verdict')).toHaveText('circles');
  await button(page, 'Next').click();
  await button(page, 'Next').click();
  await button(page, 'Next').click();
  await expect(page.getByTestId('lesson-step-count')).toHaveText('Step 5 of 5');
  await expect(stab.getByRole('radio', { name: 'Noise', exact: true })).toBeChecked();
  await expect(page.getByTestId('dirac-sigma')).toBeVisible();
});
