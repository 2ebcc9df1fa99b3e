// Without WebGL (run by the `no-webgl` project: Chromium with no GPU and no software rasteriser)
// the app says so and still trains on WASM or CPU.
import { expect, expectFourCharts, openApp, playButton, readNumber, readout, test } from './fixtures';

test('without WebGL the app falls back to WASM/CPU, says why, and trains', async ({ page }) => {
  // First prove the browser really has no WebGL, in the page and in a worker (where the app trains).
  await page.goto('/');
  const gl = await page.evaluate(async () => {
    const probe = () => {
      const c = new OffscreenCanvas(1, 1);
      return { webgl2: c.getContext('webgl2') !== null, webgl: c.getContext('webgl') !== null };
    };
    const src = `const c = new OffscreenCanvas(1, 1); postMessage({ webgl2: c.getContext('webgl2') !== null, webgl: new OffscreenCanvas(1, 1).getContext('webgl') !== null });`;
    const w = new Worker(URL.createObjectURL(new Blob([src], { type: 'text/javascript' })));
    const inWorker = await new Promise((resolve) => {
      w.onmessage = (e) => resolve(e.data);
    });
    w.terminate();
    return { page: probe(), worker: inWorker };
  });
  expect(gl, 'this Chromium must have no WebGL for this test (see e2e/browser.ts)').toEqual({
    page: { webgl2: false, webgl: false },
    worker: { webgl2: false, webgl: false },
  });

  await openApp(page);
  await expect(readout(page, 'backend')).toHaveText(/^(wasm|cpu)$/);
  // The backend line says that WebGL did not work (and not silently).
  await expect(page.getByText(/WebGL[^\n]*(fail|unavailable)/i).first()).toBeVisible();
  await expectFourCharts(page);

  await playButton(page).click();
  await expect(playButton(page)).toHaveAccessibleName('Pause');
  await expect.poll(() => readNumber(page, 'step')).toBeGreaterThan(0);
  const a = await readNumber(page, 'step');
  await expect.poll(() => readNumber(page, 'step')).toBeGreaterThan(a);
  await playButton(page).click();
  await expect(playButton(page)).toHaveAccessibleName('Play');
  expect(Number.isFinite(await readNumber(page, 'js'))).toBe(true);
});
