// Bad links never give a blank page: a visible notice, working charts, and the valid parts kept.
import { expect, expectFourCharts, LN2, openApp, readNumber, test } from './fixtures';
import type { Page } from '@playwright/test';

const slider = (page: Page, id: string) => page.getByTestId(id);
const hashParts = (page: Page) => new URL(page.url()).hash.replace(/^#/, '').split('&');

async function expectWorkingApp(page: Page): Promise<void> {
  await expectFourCharts(page);
  const js = await readNumber(page, 'js');
  expect(js).toBeGreaterThanOrEqual(0);
  expect(js).toBeLessThanOrEqual(LN2 + 1e-3);
}

test('a malformed link: notice, defaults for the bad fields, the rest kept', async ({ page }) => {
  await openApp(page, '#v=2&m0=banana&s0=0&zz=1');
  const notice = page.getByTestId('notice');
  await expect(notice).toBeVisible();
  await expect(notice).toHaveRole('alert');
  await expect(notice).toContainText('banana');
  await expect(notice).toContainText('zz');
  await expectWorkingApp(page);
  // m0=banana → the default mean 1.5; s0=0 is out of range → clamped to the minimum σ (> 0).
  await expect(slider(page, 'target-mean-0')).toHaveValue('1.5');
  const min = await slider(page, 'target-std-0').getAttribute('min');
  await expect(slider(page, 'target-std-0')).toHaveValue(min!);
  expect(Number(min)).toBeGreaterThan(0);
  // The address bar is rewritten to what was loaded: no garbage left in it.
  await expect.poll(() => hashParts(page)).toContain('v=2');
  expect(hashParts(page).join('&')).not.toMatch(/banana|zz=/);
});

test('a link with a valid and an invalid field keeps the valid one', async ({ page }) => {
  await openApp(page, '#v=2&m0=-2&s0=banana');
  await expect(page.getByTestId('notice')).toBeVisible();
  await expect(page.getByTestId('notice')).toContainText('banana');
  await expect(slider(page, 'target-mean-0')).toHaveValue('-2');
  await expect(slider(page, 'target-std-0')).toHaveValue('0.6');
  await expectWorkingApp(page);
  expect(hashParts(page)).toContain('m0=-2');
});

test('an out-of-range link is clamped and reported', async ({ page }) => {
  await openApp(page, '#v=2&s0=99');
  const notice = page.getByTestId('notice');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(/range/i);
  const max = await slider(page, 'target-std-0').getAttribute('max');
  await expect(slider(page, 'target-std-0')).toHaveValue(max!);
  await expectWorkingApp(page);
  await expect.poll(() => hashParts(page)).toContain(`s0=${max}`);
});

test('a link from a future version loads the defaults with a notice', async ({ page }) => {
  await openApp(page, '#v=99&m0=1');
  const notice = page.getByTestId('notice');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(/version/i);
  await expect(slider(page, 'target-mean-0')).toHaveValue('1.5');
  await expectWorkingApp(page);
  await expect.poll(() => new URL(page.url()).hash).toBe('#v=2');
  // The notice can be dismissed.
  await notice.getByRole('button', { name: /dismiss/i }).click();
  await expect(page.getByTestId('notice')).toHaveCount(0);
});

test('a valid link shows no notice', async ({ page }) => {
  await openApp(page, '#v=2&m0=-1&s0=0.8');
  await expect(slider(page, 'target-mean-0')).toHaveValue('-1');
  await expect(slider(page, 'target-std-0')).toHaveValue('0.8');
  await expect(page.getByTestId('notice')).toHaveCount(0);
  await expectWorkingApp(page);
});

test('variant B’s b. fields: a bad one is reported as B’s, the good ones are kept and written back in order', async ({
  page,
}) => {
  await openApp(page, '#v=2&seeds=16&b.ema=0&b.seed=3&b.r1=1');
  const notice = page.getByTestId('notice');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('variant B cannot change Seed');
  await expectWorkingApp(page);
  // B's overrides in their canonical order (R1 before EMA), the seed override gone, A's own seed untouched.
  await expect.poll(() => hashParts(page).join('&')).toMatch(/seeds=16&b\.r1=1&b\.ema=0/);
  expect(hashParts(page)).not.toContain('b.seed=3');
  expect(hashParts(page)).not.toContain('seed=3');
});
