// Sharing with the class: the QR code of the page's link, beside Copy link and large in presentation mode.
// Each code is read back the way a phone would: its pixels on the screen (an element screenshot) decoded
// by a QR reader (jsQR), and compared with the page's address.
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import jsQR from 'jsqr';
import { expect, openApp, test } from './fixtures';

const overlay = (page: Page) => page.getByTestId('qr-overlay');
const code = (page: Page) => overlay(page).getByTestId('share-qr');

/** The text a QR reader finds in the element's pixels as the screen shows them (null: none found). */
async function decode(page: Page, element: Locator): Promise<string | null> {
  const png = await element.screenshot({ animations: 'disabled' });
  const image = await page.evaluate(async (base64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${base64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const context = canvas.getContext('2d')!;
    context.drawImage(img, 0, 0);
    const pixels = context.getImageData(0, 0, canvas.width, canvas.height);
    return { data: Array.from(pixels.data), width: pixels.width, height: pixels.height };
  }, png.toString('base64'));
  // No inverted reading: the code must be dark on light, as every phone's scanner expects.
  const found = jsQR(Uint8ClampedArray.from(image.data), image.width, image.height, {
    inversionAttempts: 'dontInvert',
  });
  return found?.data ?? null;
}

/** axe's serious and critical violations (with WCAG 2.5.3 "label in name" on, as e2e/a11y.spec.ts does). */
async function axeProblems(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

test('QR code beside Copy link: it decodes to the page’s link, and Escape closes it', async ({ page }) => {
  await openApp(page, '#v=2&m0=-2&s0=0.6');
  const button = page.getByTestId('button-showQr');
  await expect(button).toHaveAccessibleName('QR code');
  await expect(button).toHaveAttribute('aria-keyshortcuts', 'Q');
  await button.click();
  await expect(overlay(page)).toBeVisible();
  await expect(code(page)).toBeVisible();
  expect(page.url()).toContain('m0=-2');
  expect(await decode(page, code(page))).toBe(page.url());
  await expect(overlay(page).getByTestId('qr-link')).toHaveText(page.url());
  // A dialog: named by its title, the focus inside it.
  await expect(page.getByRole('dialog', { name: 'Scan to open this setup' })).toBeVisible();
  await expect(overlay(page).getByTestId('qr-close')).toBeFocused();
  expect(await axeProblems(page), 'QR code open, light theme').toEqual([]);

  await page.keyboard.press('Escape');
  await expect(overlay(page)).toBeHidden();
  await expect(button).toBeFocused();
});

for (const theme of ['light', 'dark'] as const) {
  test(`presentation mode at 1280×720, ${theme} theme: a QR code two thirds of the screen high that follows the setup`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openApp(page, `#v=2&m0=-2&present=1&theme=${theme}`);
    await expect(page.locator('html')).toHaveAttribute('data-presentation', 'true');
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    // Copy link is hidden in presentation mode; the QR code's button stays.
    await expect(page.getByTestId('button-copyLink')).toBeHidden();
    await page.getByTestId('button-showQr').click();
    await expect(code(page)).toBeVisible();

    const box = (await code(page).boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(0.6 * 720);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(720);
    const link = await overlay(page).getByTestId('qr-link').boundingBox();
    expect(link!.y).toBeGreaterThanOrEqual(box.y + box.height); // the link is written under the code
    expect(link!.y + link!.height).toBeLessThanOrEqual(720);
    const first = page.url();
    expect(await decode(page, code(page))).toBe(first);
    expect(await axeProblems(page), `QR code open in presentation mode, ${theme} theme`).toEqual([]);

    // A new seed (N) while the code shows: the code follows the new link.
    await page.keyboard.press('n');
    await expect.poll(() => page.url()).not.toBe(first);
    expect(new URL(page.url()).hash).toMatch(/seed=\d+/);
    await expect.poll(() => decode(page, code(page))).toBe(page.url());
    await expect(overlay(page).getByTestId('qr-link')).toHaveText(page.url());

    // Escape closes the code and leaves presentation mode on.
    await page.keyboard.press('Escape');
    await expect(overlay(page)).toBeHidden();
    await expect(page.locator('html')).toHaveAttribute('data-presentation', 'true');

    // Q opens it again; a click outside it closes it.
    await page.keyboard.press('q');
    await expect(code(page)).toBeVisible();
    expect(await decode(page, code(page))).toBe(page.url());
    await page.mouse.click(8, 712);
    await expect(overlay(page)).toBeHidden();
    await expect(page.locator('html')).toHaveAttribute('data-presentation', 'true');
  });
}

test('the QR code loads on first use, from the app’s own host', async ({ page, baseURL }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await openApp(page, '#v=2');
  expect(requests.filter((url) => /QrDialog/.test(url))).toEqual([]);
  await page.getByTestId('button-showQr').click();
  await expect(code(page)).toBeVisible();
  expect(requests.filter((url) => /QrDialog/.test(url)).length).toBeGreaterThan(0);
  expect(await decode(page, code(page))).toBe(page.url());
  // Drawn in the page: nothing was asked of another host (data: is the test's own screenshot).
  const own = new URL(baseURL!).host;
  expect(requests.filter((url) => !url.startsWith('data:') && new URL(url).host !== own)).toEqual([]);
  await overlay(page).getByTestId('qr-close').click();
  await expect(overlay(page)).toBeHidden();
});
