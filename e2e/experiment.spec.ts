// The Experiments view: two modes, A (the defaults) against B (R1 γ = 1) on 4 seeds each to step 1,000:
// the counts appear as k/4, every seed has its small chart, the playground pauses while the experiment
// trains, the CSV has one row per seed per arm, and a click on a seed opens it in the playground.
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, expectHashToContain, openApp, playButton, readout, test } from './fixtures';

/** Two modes, ½ N(−2, 0.5²) + ½ N(2, 0.5²); 4 seeds per arm, 1,000 steps. */
const SETUP = 'n=2&m0=-2&s0=0.5&m1=2&s1=0.5&w1=1&seeds=4&esteps=1000';

async function openExperiment(page: Page): Promise<void> {
  await page.getByTestId('tab-experiment').click();
  await expect(page.getByTestId('tab-experiment')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('experiment-run')).toBeVisible({ timeout: 30_000 });
}

test('2 × 4 seeds to step 1,000: counts k/4, a cell per seed, the CSV, a seed opened in the playground', async ({
  page,
}) => {
  await openApp(page, `#v=2&${SETUP}`);
  // The playground trains; the experiment's Run pauses it (two cores).
  await playButton(page).click();
  await expect(playButton(page)).toHaveAccessibleName('Pause');
  await openExperiment(page);

  // B = A with R1 γ = 1, chosen in the view.
  await page.getByTestId('experiment-b-choose').selectOption('r1Gamma');
  await page.getByTestId('experiment-b-add').click();
  await expect(page.getByTestId('experiment-b-line')).toHaveText(/R1.*= 1/);

  await page.getByTestId('experiment-run').click();
  await expect(playButton(page)).toHaveAccessibleName('Play');
  await expect(readout(page, 'experiment-step')).toHaveText('1,000', { timeout: 180_000 });
  await expect(page.getByTestId('experiment-run')).toHaveText('Run');
  for (const id of ['converged-a', 'converged-b', 'held-a', 'held-b'])
    await expect(readout(page, `experiment-${id}`)).toHaveText(/^[0-4]\/4$/);
  for (const arm of ['a', 'b'])
    for (let seed = 1; seed <= 4; seed++)
      await expect(page.getByTestId(`experiment-cell-${arm}-${seed}`)).toBeVisible();
  await expect(page.getByTestId('experiment-cell-a-5')).toHaveCount(0);
  // Every cell says its outcome in words too (its accessible name), not by colour alone.
  await expect(page.getByTestId('experiment-cell-b-3')).toHaveAccessibleName(
    /^B, seed 3: (converged|modes held|collapsed|diverged|not yet), JS /,
  );

  // The finished view (counts, every cell, the chart) has no serious or critical axe violation.
  const axe = await new AxeBuilder({ page }).include('.experiment').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  // The CSV: a header and one row per seed per arm, at step 1,000.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('experiment-csv').click()]);
  expect(download.suggestedFilename()).toBe('gan-playground-experiment-step-1000.csv');
  const lines = (await readFile((await download.path())!, 'utf8')).trim().split(/\r?\n/);
  const header = lines[0].split(',');
  expect(header.slice(0, 5)).toEqual(['seed', 'arm', 'steps', 'final_js', 'steps_to_js_below_0.01']);
  expect(header.filter((h) => /^mode_\d_share$/.test(h))).toHaveLength(2);
  const rows = lines.slice(1).map((l) => l.split(','));
  expect(rows).toHaveLength(8);
  expect(rows.map((r) => `${r[1]}${r[0]}`).sort()).toEqual(['A1', 'A2', 'A3', 'A4', 'B1', 'B2', 'B3', 'B4']);
  for (const r of rows) {
    expect(r).toHaveLength(header.length);
    expect(r[2]).toBe('1000');
    expect(Number(r[3])).toBeGreaterThanOrEqual(0);
  }

  // A click on B's seed 2 opens it in the playground: same setup (R1 on), seed 2, step 0, paused.
  await page.getByTestId('experiment-cell-b-2').click();
  await expect(page.getByTestId('tab-playground')).toHaveAttribute('aria-selected', 'true');
  await expectHashToContain(page, 'seed=2');
  await expectHashToContain(page, 'r1=1');
  await expect(readout(page, 'step')).toHaveText('0');
  await expect(playButton(page)).toHaveAccessibleName('Play');
  // Back in the Experiments view, the results are still there (the next Run trains the new setup).
  await page.getByTestId('tab-experiment').click();
  await expect(readout(page, 'experiment-step')).toHaveText('1,000');
  await expect(readout(page, 'experiment-held-b')).toHaveText(/^[0-4]\/4$/);
});

test('the playground’s Play pauses a running experiment', async ({ page }) => {
  await openApp(page, `#v=2&${SETUP.replace('esteps=1000', 'esteps=20000')}`);
  await openExperiment(page);
  await page.getByTestId('experiment-run').click();
  await expect(page.getByTestId('experiment-run')).toHaveText('Pause');
  await expect(readout(page, 'experiment-step')).not.toHaveText('0', { timeout: 60_000 });
  await playButton(page).click();
  await expect(playButton(page)).toHaveAccessibleName('Pause');
  await expect(page.getByTestId('experiment-run')).toHaveText('Run');
  // Paused for good: the step stands still (two reads in a row agree, and it is below the end).
  let last = '';
  await expect
    .poll(
      async () => {
        const now = (await readout(page, 'experiment-step').textContent()) ?? '';
        const still = now === last;
        last = now;
        return still;
      },
      { intervals: [500], message: 'the experiment’s step stands still' },
    )
    .toBe(true);
  expect(last).not.toBe('20,000');
});
