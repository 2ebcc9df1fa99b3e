// Per-mode mass (docs/theory.md §7.9): a mixture target shows, for each component, the share of
// p_model's mass it captures; a single Gaussian shows none.
import { expect, openApp, parseReadout, playButton, readNumber, readout, test, waitForNumber } from './fixtures';

const TWO_MODES = '#v=2&n=2&m0=-2&s0=0.5&w0=1&m1=2&s1=0.5&w1=1';

test('a two-component target: one mass readout per mode, shares in [0, 100] adding up to at most 100', async ({
  page,
}) => {
  await openApp(page, TWO_MODES);
  await expect(page.getByTestId('notice')).toHaveCount(0);
  await expect(readout(page, 'mode-mass-0')).toBeVisible();
  await expect(readout(page, 'mode-mass-1')).toBeVisible();
  await expect(readout(page, 'mode-mass-2')).toHaveCount(0);

  // Both shares in one read: read one after the other, they could come from two snapshots (the
  // chart draws the last one a moment after Pause).
  const shares = async (): Promise<[number, number]> => {
    const [a, b] = await page.evaluate(() =>
      ['mode-mass-0', 'mode-mass-1'].map(
        (name) => document.querySelector(`[data-testid="readout-${name}"]`)?.textContent ?? '',
      ),
    );
    return [parseReadout(a, 'mode-mass-0'), parseReadout(b, 'mode-mass-1')];
  };
  const check = async () => {
    let m0 = NaN;
    let m1 = NaN;
    await expect
      .poll(async () => {
        try {
          [m0, m1] = await shares();
          return true;
        } catch {
          return false;
        }
      })
      .toBe(true);
    for (const m of [m0, m1]) {
      expect(m).toBeGreaterThanOrEqual(0);
      expect(m).toBeLessThanOrEqual(100);
    }
    // p_model's mass on the grid (1 − escaped mass), each share rounded to 0.1
    expect(m0 + m1).toBeLessThanOrEqual(100.1);
    expect(m0 + m1).toBeGreaterThan(0);
    // the target weights (1 : 1) are stated beside the numbers
    await expect(page.getByTestId('panel-densities')).toContainText('target 50%');
  };
  await check();

  // The numbers follow training (they are computed for every snapshot).
  await playButton(page).click();
  await expect.poll(() => readNumber(page, 'step'), { timeout: 30_000 }).toBeGreaterThan(200);
  await playButton(page).click();
  await expect(playButton(page)).toHaveAccessibleName('Play');
  // wait for the paused run's last snapshot to be drawn: the step readout stops moving
  let last = -1;
  await expect
    .poll(
      async () => {
        const step = await readNumber(page, 'step');
        const settled = step === last;
        last = step;
        return settled;
      },
      { intervals: [300] },
    )
    .toBe(true);
  await check();
  // The handles still work alongside the readouts.
  await expect(page.getByTestId('handle-mean-0')).toBeVisible();
  await expect(page.getByTestId('handle-mean-1')).toBeVisible();
});

test('the default single-Gaussian target has no per-mode readouts; switching to 2 components adds them', async ({
  page,
}) => {
  await openApp(page);
  await expect(readout(page, 'mode-mass-0')).toHaveCount(0);
  await expect(readout(page, 'mode-mass-1')).toHaveCount(0);

  await page.getByTestId('target-components').getByRole('radio', { name: '2', exact: true }).check();
  await waitForNumber(page, 'mode-mass-0');
  await waitForNumber(page, 'mode-mass-1');

  await page.getByTestId('target-components').getByRole('radio', { name: '1', exact: true }).check();
  await expect(readout(page, 'mode-mass-0')).toHaveCount(0);
});
