// Offline and installable: after one visit a service worker controls the page, and with the network cut
// the app reloads, starts its worker and trains; the views that load on demand come from the cache too.
// And nothing is ever fetched from another host: every request of a normal session is the app's own.
import { BACKENDS, expect, openApp, playButton, readNumber, readout, test, waitForNumber } from './fixtures';

// The one request that must fail, proof that the network is cut, is logged by Chromium as a console error
// without its address: the test itself checks that no other request failed.
test.use({ allowedConsoleErrors: [/^Failed to load resource: net::ERR_INTERNET_DISCONNECTED$/] });

test('after one visit the app reloads and trains with no network', async ({ page, context }) => {
  await openApp(page, '#v=2');
  // The service worker registers after the load event, precaches the app and claims the page.
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 90_000 });
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The manifest makes it installable: a name, icons, standalone.
  const manifest = await page.evaluate(async () => {
    const href = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!.href;
    return (await fetch(href)).json();
  });
  expect(manifest).toMatchObject({ name: 'GAN Playground', display: 'standalone', start_url: './' });
  expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));

  const failed: string[] = [];
  context.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText ?? ''}`));
  await context.setOffline(true);
  try {
    // The network really is gone: a file the app never cached cannot be fetched.
    expect(
      await page.evaluate(() =>
        fetch(`./not-cached-${Date.now()}.txt`).then(
          () => 'fetched',
          () => 'failed',
        ),
      ),
    ).toBe('failed');

    await page.reload();
    await expect(readout(page, 'backend')).toHaveText(BACKENDS, { timeout: 120_000 });
    await expect(playButton(page)).toBeEnabled({ timeout: 30_000 });
    const start = await waitForNumber(page, 'step');
    await playButton(page).click();
    await expect.poll(() => readNumber(page, 'step'), { timeout: 60_000 }).toBeGreaterThan(start + 100);
    await playButton(page).click();
    // tfjs's WASM binaries came from the cache: no backend failed for want of its files.
    await expect(page.getByTestId('backend-warning')).toHaveCount(0);

    // A view that loads on demand (its chunk, KaTeX's CSS and fonts) opens offline too.
    await page.getByTestId('tab-formulas').click();
    await expect(page.getByTestId('formula-theorem-check')).toBeVisible({ timeout: 30_000 });
    await expect
      .poll(() => page.evaluate(() => document.fonts.check('16px KaTeX_Main')), { timeout: 20_000 })
      .toBe(true);
    // Nothing the app needs failed to load: only the probe above did.
    expect(failed.filter((f) => !/\/not-cached-\d+\.txt /.test(f))).toEqual([]);
    expect(failed).toHaveLength(1);
  } finally {
    await context.setOffline(false);
  }
});

test('a normal session requests nothing from another host', async ({ page, context }) => {
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  await openApp(page, '#v=2');
  const origin = new URL(page.url()).origin;
  await playButton(page).click();
  await page.waitForTimeout(3000);
  await playButton(page).click();
  for (const view of ['likelihood', 'explorer', 'formulas', 'dirac', 'playground']) {
    await page.getByTestId(`tab-${view}`).click();
    await page.waitForTimeout(1500);
  }
  await page.getByTestId('setting-theme').selectOption('dark');
  await page.keyboard.press('?');
  await page.keyboard.press('Escape');
  // Wait for the service worker's precache too (it fetches every file of the app).
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 90_000 });
  await page.reload();
  await waitForNumber(page, 'step', 120_000);

  expect(requests.length).toBeGreaterThan(20);
  const foreign = requests.filter((u) => !u.startsWith(origin + '/') && !/^(data|blob):/.test(u));
  expect(foreign).toEqual([]);
});
