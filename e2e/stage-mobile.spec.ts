// Phones and tablets (issue 14, item 3): at 360×740, 390×844, 430×932, 768×1024 and 1024×768 the page
// never scrolls sideways; the first screen holds the title, Play and the densities chart's whole plot;
// the header's tools are one menu; the controls are a drawer (a modal dialog); the view tabs are one row
// that scrolls sideways; every button of the header and the drawer is at least 44×44 px; axe-core finds
// no serious or critical violation (390×844 and 768×1024, menu and drawer open too); and a finger drags
// a handle without scrolling the page, where the same swipe beside the plot does scroll it.
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, openApp, playButton, test } from './fixtures';

const SIZES = [
  { width: 360, height: 740 },
  { width: 390, height: 844 },
  { width: 430, height: 932 },
  { width: 768, height: 1024 },
  { width: 1024, height: 768 },
] as const;

/** The header's tools, each shown once the menu is open. */
const TOOLS = [
  'lessons-menu-button',
  'button-copyLink',
  'button-restoreDefaults',
  'export-menu',
  'setting-language',
  'setting-theme',
  'button-presentation',
  'button-help',
] as const;

/** Waits until the backends are measured: the header's text (and so its height) changes while they are. */
async function waitForSteadyLayout(page: Page): Promise<void> {
  await expect(page.getByTestId('backend-summary')).not.toContainText('measuring', { timeout: 120_000 });
}

/** How far the page reaches past the viewport's right edge (0 or less: no sideways scrolling). */
const overflowX = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  expect(b, 'laid out').not.toBeNull();
  return b!;
}

/** Every visible button, menu summary and drop-down in `scope` is at least 44×44 px; returns how many there were. */
async function expectTouchTargets(scope: Locator): Promise<number> {
  const sizes = await scope.locator('button, summary, select').evaluateAll((els) =>
    els
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && r.height > 0)
      .map(({ el, r }) => ({
        name: `${el.getAttribute('data-testid') ?? ''} “${(el.textContent ?? '').trim().slice(0, 24)}”`,
        width: Math.round(r.width * 10) / 10,
        height: Math.round(r.height * 10) / 10,
      })),
  );
  const small = sizes.filter((s) => s.width < 44 || s.height < 44);
  expect(small, 'buttons smaller than 44×44 px').toEqual([]);
  return sizes.length;
}

/** axe's serious and critical violations on the page as it is (as in a11y.spec.ts). */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')}`));
}

for (const size of SIZES) {
  test.describe(`${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('one column without sideways scrolling; title, Play and the densities plot on the first screen; tabs in one row', async ({
      page,
    }) => {
      await openApp(page);
      await waitForSteadyLayout(page);
      expect(await overflowX(page), 'page wider than the screen').toBeLessThanOrEqual(0);

      // The first screen (the page is not scrolled): the title and Play whole, and the densities
      // chart's whole plot, axes included (the rule chosen: its SVG's box lies within the viewport).
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      for (const el of [page.getByRole('heading', { level: 1 }), playButton(page)]) {
        const b = await box(el);
        expect(b.y).toBeGreaterThanOrEqual(0);
        expect(b.y + b.height).toBeLessThanOrEqual(size.height);
      }
      const plot = await box(page.getByTestId('chart-densities'));
      expect(plot.y).toBeGreaterThan(0);
      expect(plot.y + plot.height, 'densities plot within the first screen').toBeLessThanOrEqual(size.height);
      expect(plot.width).toBeGreaterThanOrEqual(size.width * 0.8);
      expect(plot.height).toBeGreaterThanOrEqual(180);

      // The other charts follow it, below it.
      for (const id of ['panel-discriminator', 'panel-divergences', 'panel-losses']) {
        const b = await box(page.getByTestId(id));
        expect(b.y, `${id} under the densities chart`).toBeGreaterThan(plot.y + plot.height);
        expect(b.x + b.width).toBeLessThanOrEqual(size.width);
      }

      // The view tabs: one row, in a strip that scrolls sideways when they do not fit.
      const tabs = page.getByRole('tab');
      const tops = await tabs.evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)));
      expect(tops.length).toBeGreaterThan(1);
      expect(new Set(tops).size, 'tabs in one row').toBe(1);
      const strip = await page.locator('.view-tabs').evaluate((el) => ({
        scroll: el.scrollWidth,
        client: el.clientWidth,
        overflow: getComputedStyle(el).overflowX,
      }));
      expect(strip.overflow).toBe('auto');
      if (size.width <= 430) expect(strip.scroll, 'the tabs scroll sideways').toBeGreaterThan(strip.client);
      await page.getByTestId('tab-dirac').click();
      await expect(page.getByTestId('tab-dirac')).toHaveAttribute('aria-selected', 'true');
      await expect(page.getByTestId('dirac-field')).toBeVisible({ timeout: 30_000 });
      expect(await overflowX(page), 'page wider than the screen on the last tab').toBeLessThanOrEqual(0);
    });

    test('the header’s tools are one menu; the controls are a drawer; buttons are 44 px for a finger', async ({
      page,
    }) => {
      await openApp(page);
      await waitForSteadyLayout(page);
      const header = page.locator('header.topbar');
      const menuButton = page.getByTestId('header-menu-button');

      // Closed: only the menu's button shows; open: every tool, inside the screen.
      for (const id of TOOLS) await expect(page.getByTestId(id)).toBeHidden();
      await expect(menuButton).toHaveAttribute('aria-expanded', 'false');
      await menuButton.click();
      await expect(menuButton).toHaveAttribute('aria-expanded', 'true');
      for (const id of TOOLS) {
        const tool = page.getByTestId(id);
        await expect(tool).toBeVisible();
        const b = await box(tool);
        expect(b.x).toBeGreaterThanOrEqual(0);
        expect(b.x + b.width, `${id} inside the screen`).toBeLessThanOrEqual(size.width);
      }
      expect(await overflowX(page), 'page wider than the screen, menu open').toBeLessThanOrEqual(0);
      // Seven transport buttons, Menu, and the eight tools.
      expect(await expectTouchTargets(header)).toBeGreaterThanOrEqual(16);
      // A tool in the menu works; Escape closes the menu and gives the focus back to its button.
      await page.getByTestId('setting-theme').selectOption('dark');
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await page.keyboard.press('Escape');
      await expect(menuButton).toHaveAttribute('aria-expanded', 'false');
      await expect(page.getByTestId('setting-theme')).toBeHidden();
      await expect(menuButton).toBeFocused();

      // The drawer: closed, the sidebar's controls are not on the page; open, it is a modal dialog.
      const opener = page.getByTestId('drawer-open');
      await expect(page.getByTestId('target-mean-0')).toBeHidden();
      await expect(opener).toHaveAttribute('aria-expanded', 'false');
      await opener.click();
      const drawer = page.getByRole('dialog', { name: 'Settings' });
      await expect(drawer).toBeVisible();
      await expect(drawer).toHaveAttribute('aria-modal', 'true');
      await expect(page.getByTestId('drawer-close')).toBeFocused();
      const d = await box(drawer);
      expect(d.x).toBeGreaterThanOrEqual(0);
      expect(d.x + d.width).toBeLessThanOrEqual(size.width);
      expect(await expectTouchTargets(drawer)).toBeGreaterThanOrEqual(1);
      // Shift+Tab from its first control stays inside it.
      await page.keyboard.press('Shift+Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('[role="dialog"]'))).toBe(true);

      // A control in the drawer changes a setting: two components, so a second handle on the chart.
      await expect(page.getByTestId('handle-mean-1')).toHaveCount(0);
      await drawer.getByTestId('target-components').getByRole('radio', { name: '2', exact: true }).check();
      await expect(drawer.getByTestId('target-mean-1')).toBeVisible();
      await expect(page.getByTestId('handle-mean-1')).toHaveCount(1);

      // Escape closes it and the focus goes back to its button; the close button closes it too.
      await page.keyboard.press('Escape');
      await expect(drawer).toBeHidden();
      await expect(opener).toBeFocused();
      await opener.click();
      await expect(drawer).toBeVisible();
      await page.getByTestId('drawer-close').click();
      await expect(drawer).toBeHidden();
      await expect(opener).toBeFocused();
      expect(await overflowX(page)).toBeLessThanOrEqual(0);
    });
  });
}

for (const size of [SIZES[1], SIZES[3]]) {
  test(`no serious or critical axe violation at ${size.width}×${size.height}, menu and drawer open too`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await openApp(page);
    await waitForSteadyLayout(page);
    expect(await seriousViolations(page), 'the page').toEqual([]);
    await page.getByTestId('header-menu-button').click();
    await expect(page.getByTestId('button-help')).toBeVisible();
    expect(await seriousViolations(page), 'the open menu').toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByTestId('drawer-open').click();
    await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
    expect(await seriousViolations(page), 'the open drawer').toEqual([]);
  });
}

test.describe('by finger at 390×844', () => {
  test.use({ viewport: SIZES[1], hasTouch: true });

  test('a finger drags a handle without scrolling the page; the same swipe beside the chart scrolls it', async ({
    page,
  }) => {
    await openApp(page);
    await waitForSteadyLayout(page);
    const cdp = await page.context().newCDPSession(page);
    const swipe = async (from: [number, number], to: [number, number]) => {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from[0], y: from[1] }] });
      for (let i = 1; i <= 12; i++) {
        const [x, y] = [from[0] + ((to[0] - from[0]) * i) / 12, from[1] + ((to[1] - from[1]) * i) / 12];
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y }] });
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    const scrollY = () => page.evaluate(() => window.scrollY);
    const mean = async () => Number(await page.getByTestId('target-mean-0').inputValue());
    const std = async () => Number(await page.getByTestId('target-std-0').inputValue());
    const [mean0, std0] = [await mean(), await std()];

    // Up and to the left on the handle of component 1: its mean and its σ change, the page stays.
    const h = await box(page.getByTestId('handle-mean-0'));
    const [hx, hy] = [h.x + h.width / 2, h.y + h.height / 2];
    await swipe([hx, hy], [hx - 60, hy - 60]);
    await expect.poll(mean).toBeLessThan(mean0 - 0.3);
    await expect.poll(std).not.toBe(std0);
    expect(await scrollY(), 'the page did not scroll under the handle').toBe(0);

    // The same upward swipe on the chart's caption (no handle there) scrolls the page: the check above
    // would see a scroll.
    const caption = await box(page.getByTestId('panel-densities').locator('.caption'));
    const [cx, cy] = [caption.x + caption.width / 2, caption.y + caption.height / 2];
    await swipe([cx, cy], [cx, cy - 120]);
    await expect.poll(scrollY).toBeGreaterThan(20);
  });
});
