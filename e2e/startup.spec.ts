// Start-up: Play can be pressed before the backends are measured. The worker starts on the backend
// quickest to start, the others are timed in the background (the header says so), and once measured
// the header lists every backend with a rate or the reason it failed; a reload starts on the
// remembered measurement. How fast this is lives in the benchmark (bench/run.mjs), not here.
import { BACKENDS, button, expect, playButton, readout, test, waitForReady } from './fixtures';

interface AtPlayEnabled {
  measuring: string | null;
  summary: string;
}

test('Play is enabled while the backends are still being measured; then every backend is listed', async ({ page }) => {
  // The header at the first moment Play is enabled (a poll could miss a short measurement).
  await page.addInitScript(() => {
    const w = window as unknown as { __atPlayEnabled?: AtPlayEnabled };
    new MutationObserver(() => {
      if (w.__atPlayEnabled) return;
      const play = document.querySelector<HTMLButtonElement>('[data-testid="button-play"]');
      if (!play || play.disabled) return;
      w.__atPlayEnabled = {
        measuring: document.querySelector('[data-testid="backend-line"]')?.getAttribute('data-measuring') ?? null,
        summary: document.querySelector('[data-testid="backend-summary"]')?.textContent ?? '',
      };
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  await page.goto('/');
  await expect(playButton(page)).toBeEnabled({ timeout: 60_000 });
  const at = await page.evaluate(() => (window as unknown as { __atPlayEnabled?: AtPlayEnabled }).__atPlayEnabled);
  expect(at, 'the header when Play was first enabled').toBeDefined();
  expect(at!.measuring).toBe('true');
  expect(at!.summary).toMatch(/^auto → (WASM|CPU|WebGL)\b.*measuring/);
  await expect(readout(page, 'backend')).toHaveText(BACKENDS);

  // Once measured: every backend with a rate, why it failed or the time it was given to start, and
  // nothing left to measure.
  const line = page.getByTestId('backend-line');
  await expect(line).toHaveAttribute('data-measuring', 'false', { timeout: 120_000 });
  const summary = page.getByTestId('backend-summary');
  await expect(summary).not.toContainText('measuring');
  const text = (await summary.textContent()) ?? '';
  for (const name of ['WASM', 'WebGL', 'CPU'])
    expect(text, `${name} in “${text}”`).toMatch(
      new RegExp(`\\b${name}(: | )(\\d+|failed: \\S|took over \\d+ s to start)`),
    );
  await expect(readout(page, 'backend')).toHaveText(BACKENDS);
  // Still usable after the measurement (a faster backend at step 0 replaces the run; step 0 again).
  await expect(playButton(page)).toBeEnabled();
  await expect(button(page, 'Step')).toBeEnabled();

  // A reload starts on the measurement remembered on this device, without measuring again.
  await page.reload();
  await waitForReady(page);
  await expect(summary).toContainText('as measured earlier on this device');
  await expect(line).toHaveAttribute('data-measuring', 'false');
});

test('the backends are never measured while training: Play pauses the measurement, Pause resumes it', async ({
  page,
}) => {
  await page.goto('/');
  await expect(playButton(page)).toBeEnabled({ timeout: 60_000 });
  const line = page.getByTestId('backend-line');
  const summary = page.getByTestId('backend-summary');
  await expect(line).toHaveAttribute('data-measuring', 'true');
  await playButton(page).click();
  await expect(line).toHaveAttribute('data-measuring', 'paused');
  await expect(summary).toContainText('paused while training');
  await playButton(page).click();
  await expect(playButton(page)).toHaveAccessibleName('Play');
  await expect(summary).not.toContainText('paused');
  await expect(line).toHaveAttribute('data-measuring', 'false', { timeout: 120_000 });
  await expect(summary).not.toContainText('measuring');
});
