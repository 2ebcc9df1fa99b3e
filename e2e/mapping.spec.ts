// The generator's costs as arrows on the Densities chart (docs/theory.md §6.5) and the z → x mapping
// view (§7.10) that takes the Discriminator panel's place while open.
import { button, expect, expectFourCharts, expectHashToContain, openApp, playButton, readout, test } from './fixtures';

test('the arrows follow the generator loss and can show all three costs', async ({ page }) => {
  await openApp(page);
  const arrows = page.getByTestId('generator-arrows');
  await expect(arrows).toBeVisible();
  await expect(arrows).toHaveAttribute('data-loss', 'non-saturating');
  await expect(arrows.locator('circle')).not.toHaveCount(0);

  await page.getByText('The game', { exact: true }).click();
  await page.getByTestId('setting-generator-loss').getByRole('radio', { name: 'Minimax' }).check();
  await expectHashToContain(page, 'gl=minimax');
  await expect(arrows).toHaveAttribute('data-loss', 'minimax');
  await expect(page.getByTestId('generator-arrows-minimax')).toBeVisible();
  await expect(page.getByTestId('generator-arrows-non-saturating')).toHaveCount(0);

  const mode = page.getByTestId('arrows-mode');
  await mode.getByRole('button', { name: 'all 3' }).click();
  await expect(arrows).toHaveAttribute('data-loss', 'all');
  for (const cost of ['non-saturating', 'minimax', 'maximum-likelihood'])
    await expect(page.getByTestId(`generator-arrows-${cost}`)).toBeVisible();
  // Every arrow's value is finite and, at one x, the three share the sign of ℓ′:
  // NS = ½(1 − D)ℓ′, minimax = ½Dℓ′, ML = ½ e^ℓ ℓ′.
  const pushes = async (cost: string) =>
    (
      await page
        .getByTestId(`generator-arrows-${cost}`)
        .locator('path.generator-arrow')
        .evaluateAll((ps) => ps.map((p) => Number(p.getAttribute('data-push'))))
    ).map(Number);
  const [ns, mm, ml] = await Promise.all(['non-saturating', 'minimax', 'maximum-likelihood'].map(pushes));
  expect(ns.length).toBeGreaterThan(0);
  ns.forEach((v, i) => {
    expect(Number.isFinite(v) && Number.isFinite(mm[i]) && Number.isFinite(ml[i])).toBe(true);
    expect(Math.sign(mm[i]) * Math.sign(v)).toBeGreaterThanOrEqual(0);
    expect(Math.sign(ml[i]) * Math.sign(v)).toBeGreaterThanOrEqual(0);
  });

  await mode.getByRole('button', { name: 'off' }).click();
  await expect(arrows).toHaveCount(0);
  await expectFourCharts(page);
});

test('the z → x mapping opens in the Discriminator panel and moves with training', async ({ page }) => {
  await openApp(page);
  await expectFourCharts(page);
  await expect(page.getByTestId('chart-mapping')).toHaveCount(0);

  await page.getByTestId('toggle-mapping').click();
  const chart = page.getByTestId('chart-mapping');
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAccessibleName(/\S/);
  await expect(page.getByTestId('chart-discriminator')).toHaveCount(0);
  const lines = chart.getByTestId('mapping-line');
  await expect(lines).toHaveCount(41);
  await expect(readout(page, 'mapping-monotone')).toHaveText(/\S/);
  const ends = () => lines.evaluateAll((ls) => ls.map((l) => l.getAttribute('data-gz')).join(' '));
  const before = await ends();
  const zs = await lines.evaluateAll((ls) => ls.map((l) => Number(l.getAttribute('data-z'))));
  // The quantiles of N(0, 1), increasing, symmetric, with the finite end cuts of §7.3 (≈ ±3.98).
  for (let i = 1; i < zs.length; i++) expect(zs[i]).toBeGreaterThan(zs[i - 1]);
  expect(zs[20]).toBeCloseTo(0, 5);
  expect(zs[0]).toBeCloseTo(-3.98, 1);

  await playButton(page).click();
  await expect.poll(ends, { timeout: 30_000, message: 'G(z) moves while training' }).not.toBe(before);
  await playButton(page).click();
  await expect(playButton(page)).toHaveAccessibleName('Play');
  await expect(lines).toHaveCount(41);

  // Back: the Discriminator returns, four charts again.
  await page.getByTestId('close-mapping').click();
  await expect(page.getByTestId('chart-mapping')).toHaveCount(0);
  await expectFourCharts(page);
  await button(page, 'Reset').click();
  await expect(readout(page, 'step')).toHaveText('0');
});
