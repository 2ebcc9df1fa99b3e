// The Likelihood view (docs/theory.md §2.1): m samples of p_data fitted by maximum likelihood, the
// average log-likelihood and KL(p_data ‖ fit), mode covering, and the fit drawn on the playground.
import type { Page } from '@playwright/test';
import { expect, expectHashToContain, openApp, parseReadout, setRange, test } from './fixtures';

const TWO_MODES = '#v=2&n=2&m0=-2&s0=0.5&w0=1&m1=2&s1=0.5&w1=1';

const value = async (page: Page, id: string): Promise<number> =>
  parseReadout(await page.getByTestId(id).textContent(), id);

/** Polls a readout until it holds a number, and returns it. */
async function waitForValue(page: Page, id: string): Promise<number> {
  let v = NaN;
  await expect
    .poll(async () => {
      try {
        v = await value(page, id);
        return true;
      } catch (e) {
        return (e as Error).message;
      }
    })
    .toBe(true);
  return v;
}

async function openLikelihood(page: Page, hash = ''): Promise<void> {
  await openApp(page, hash);
  await page.getByTestId('tab-likelihood').click();
  await expect(page.getByTestId('tab-likelihood')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('likelihood')).toBeVisible();
  await expectHashToContain(page, 'view=likelihood');
}

test('the Likelihood tab opens the view; changing m changes the log-likelihood and the KL', async ({ page }) => {
  await openLikelihood(page);
  for (const chart of ['likelihood-samples', 'likelihood-sweep'])
    await expect(page.getByTestId(`chart-${chart}`)).toBeVisible();
  const ll = await waitForValue(page, 'likelihood-avg-loglik');
  const kl = await waitForValue(page, 'likelihood-kl');
  expect(kl).toBeGreaterThan(0);
  expect(Number.isFinite(ll)).toBe(true);

  // The slider is on a log10 scale: 3 → m = 1000.
  await setRange(page.getByTestId('likelihood-samples'), 3);
  await expect(page.getByTestId('likelihood-samples-exact')).toHaveValue('1000');
  await expect.poll(() => value(page, 'likelihood-avg-loglik')).not.toBe(ll);
  await expect.poll(() => value(page, 'likelihood-kl')).not.toBe(kl);
  await expectHashToContain(page, 'lm=1000');
  await expect(page.getByTestId('panel-likelihood-samples')).toContainText('1000 samples');

  // Resample: a new seed, new samples, a new fit.
  const before = await value(page, 'likelihood-avg-loglik');
  await page.getByTestId('likelihood-resample').click();
  await expect(page.getByTestId('likelihood-seed')).toHaveText('2');
  await expect.poll(() => value(page, 'likelihood-avg-loglik')).not.toBe(before);
  // The sweep finishes (all sample sizes) without blocking the page.
  await expect(page.getByTestId('panel-likelihood-sweep')).not.toContainText('Computing', { timeout: 30_000 });
});

test('a bimodal target: K = 1 covers both modes (said so), K = 2 has a much lower KL', async ({ page }) => {
  await openLikelihood(page, `${TWO_MODES}&lk=1&lm=500`);
  await expect(page.getByTestId('likelihood-mode-covering')).toBeVisible();
  await expect(page.getByTestId('likelihood-mode-covering')).toContainText('Mode covering');
  const kl1 = await waitForValue(page, 'likelihood-kl');
  expect(kl1).toBeGreaterThan(0.5); // one Gaussian over two bumps: ≈ 0.72 nats

  await page.getByTestId('likelihood-components').getByRole('radio', { name: '2', exact: true }).check();
  await expect.poll(() => value(page, 'likelihood-kl')).toBeLessThan(kl1 / 10);
  await expect(page.getByTestId('likelihood-mode-covering')).toHaveCount(0);
  await expect(page.getByTestId('likelihood-em-status')).toContainText(/Converged|Stopped/);
  await expect(page.getByTestId('chart-likelihood-em')).toBeVisible();
});

test('ticking “Show the MLE fit on the playground” draws the fit on the density chart', async ({ page }) => {
  await openLikelihood(page, `${TWO_MODES}&lk=2`);
  const densities = () => page.getByTestId('chart-densities');
  await page.getByTestId('likelihood-show-mle').check();
  await expectHashToContain(page, 'mle=1');
  await page.getByTestId('tab-playground').click();
  await expect(densities()).toBeVisible();
  await expect(densities().getByTestId('mle-overlay')).toHaveCount(1);
  const d = await densities().getByTestId('mle-overlay').getAttribute('d');
  expect(d?.length ?? 0).toBeGreaterThan(100);
  await expect(page.getByTestId('panel-densities')).toContainText('MLE fit (K = 2');

  // Off again: the line goes.
  await page.getByTestId('tab-likelihood').click();
  await page.getByTestId('likelihood-show-mle').uncheck();
  await page.getByTestId('tab-playground').click();
  await expect(densities()).toBeVisible();
  await expect(densities().getByTestId('mle-overlay')).toHaveCount(0);
});
