// The stage on a laptop and on a projector (widths above 1024 px): at each size no sideways scrolling,
// the densities chart as large as a class needs it (presentation: ≥ 40% of the width and of the height;
// normal: the largest chart, ≥ 30% of the height, the page still and the sidebar scrolling on its own),
// no two texts of the charts' heads, legends, readouts and axis names overlapping (nor a head's text
// over a plot), the arrows' scale never under a target's handle, axe clean in presentation mode, and a
// lesson on the projector showing its step and Next without scrolling.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openApp, playButton, test } from './fixtures';

/** Two modes at ±2: the arrows' scale used to sit over the second one's handle. */
const BIMODAL = '#v=2&n=2&m0=-2&s0=0.5&w0=1&m1=2&s1=0.5&w1=1';
const PANELS = ['densities', 'discriminator', 'divergences', 'losses'] as const;

interface Box {
  what: string;
  panel: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The boxes of the texts that must stay apart, and of the plots, as the page lays them out now. */
function layoutBoxes(page: Page): Promise<{ texts: Box[]; plots: Box[]; svgTexts: Box[] }> {
  return page.evaluate(
    (panels) => {
      const box = (el: Element, what: string, panel: string) => {
        const r = el.getBoundingClientRect();
        return { what, panel, x: r.x, y: r.y, width: r.width, height: r.height };
      };
      const visible = (el: Element) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
      };
      const texts: Box[] = [],
        plots: Box[] = [],
        svgTexts: Box[] = [];
      for (const id of panels) {
        const panel = document.querySelector(`[data-testid="panel-${id}"]`);
        if (!panel) continue;
        const html = [
          ...panel.querySelectorAll('.panel-head h2, .panel-head .legend li, .readouts .readout, .caption'),
        ].filter(visible);
        html.forEach((el, i) => texts.push(box(el, `${el.className || el.tagName} #${i}: ${el.textContent}`, id)));
        const plot = panel.querySelector('.plot');
        if (plot) plots.push(box(plot, 'plot', id));
        for (const el of panel.querySelectorAll('svg .axis-label'))
          if (visible(el)) svgTexts.push(box(el, `axis name “${el.textContent}”`, id));
      }
      return { texts, plots, svgTexts };
    },
    PANELS as unknown as string[],
  );
}

const overlap = (a: Box, b: Box, slack = 0.5) =>
  a.x + slack < b.x + b.width &&
  b.x + slack < a.x + a.width &&
  a.y + slack < b.y + b.height &&
  b.y + slack < a.y + a.height;

/** Every pair of the charts' texts that overlap, and every head text over a plot, described. */
async function overlaps(page: Page): Promise<string[]> {
  const { texts, plots, svgTexts } = await layoutBoxes(page);
  const found: string[] = [];
  const all = [...texts, ...svgTexts];
  for (let i = 0; i < all.length; i++)
    for (let j = i + 1; j < all.length; j++)
      if (overlap(all[i], all[j])) found.push(`${all[i].panel}: ${all[i].what} ⟷ ${all[j].panel}: ${all[j].what}`);
  for (const t of texts)
    for (const p of plots) if (overlap(t, p)) found.push(`${t.panel}: ${t.what} over the ${p.panel} plot`);
  // An axis name stays inside its own panel's plot box (never over a neighbour's plot).
  for (const t of svgTexts)
    for (const p of plots)
      if (p.panel !== t.panel && overlap(t, p)) found.push(`${t.panel}: ${t.what} over the ${p.panel} plot`);
  return found;
}

/**
 * Each legend in lines of whole items (none wraps inside itself): the number of lines per panel, or
 * "wrapped" when an item is taller than one line.
 */
async function legendLines(page: Page): Promise<Record<string, number | 'wrapped'>> {
  return page.evaluate(
    (panels) => {
      const lines: Record<string, number | 'wrapped'> = {};
      for (const id of panels) {
        const items = [...document.querySelectorAll(`[data-testid="panel-${id}"] .panel-head .legend li`)];
        if (items.length === 0) continue;
        const boxes = items.map((li) => li.getBoundingClientRect());
        const lineHeight = Math.min(...boxes.map((b) => b.height));
        lines[id] = boxes.some((b) => b.height > 1.5 * lineHeight)
          ? 'wrapped'
          : new Set(boxes.map((b) => Math.round(b.top / 4))).size;
      }
      return lines;
    },
    PANELS as unknown as string[],
  );
}

const chartBox = async (page: Page, id: string) => {
  const b = await page.getByTestId(`chart-${id}`).boundingBox();
  if (!b) throw new Error(`chart-${id} has no box`);
  return b;
};

async function expectNoSidewaysScroll(page: Page, width: number): Promise<void> {
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

/** The arrows' scale (in the legend) is nowhere near a target's handle. */
async function expectArrowScaleClearOfHandles(page: Page): Promise<void> {
  const scale = page.getByTestId('legend-arrow-scale');
  await expect(scale).toBeVisible();
  await expect(scale).toContainText('per sample');
  const s = (await scale.boundingBox())!;
  const handles = page.locator('.chart-controls .handle');
  await expect(handles).toHaveCount(2);
  for (const h of await handles.all()) {
    const b = (await h.boundingBox())!;
    expect(
      overlap({ ...s, what: 'scale', panel: '' }, { ...b, what: 'handle', panel: '' }),
      'scale over a handle',
    ).toBe(false);
  }
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')}`));
}

for (const [width, height] of [
  [1280, 720],
  [1366, 768],
  [1440, 900],
  [1920, 1080],
] as const) {
  test(`normal mode at ${width}×${height}: the densities chart is the largest, the page is still`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openApp(page, BIMODAL);
    await expectNoSidewaysScroll(page, width);
    // The page does not scroll; the sidebar does, on its own.
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(height);
    const sidebar = page.locator('.sidebar');
    expect(await sidebar.evaluate((el) => getComputedStyle(el).overflowY)).toBe('auto');
    const side = (await sidebar.boundingBox())!;
    expect(side.y + side.height).toBeLessThanOrEqual(height + 0.5);

    const densities = await chartBox(page, 'densities');
    expect(densities.height, 'densities height').toBeGreaterThanOrEqual(0.3 * height);
    expect(densities.y + densities.height).toBeLessThanOrEqual(height);
    for (const id of PANELS.slice(1)) {
      const other = await chartBox(page, id);
      expect(densities.width * densities.height, `densities vs ${id}`).toBeGreaterThan(other.width * other.height);
    }
    expect(Object.values(await legendLines(page))).not.toContain('wrapped');
    await expectArrowScaleClearOfHandles(page);
    expect(await overlaps(page)).toEqual([]);
  });
}

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
] as const) {
  test(`presentation mode at ${width}×${height}: a stage for the projector`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openApp(page, `${BIMODAL}&present=1`);
    await expect(page.locator('html')).toHaveAttribute('data-presentation', 'true');
    // Train a moment: the readouts and the histories are those of a class, not of step 0.
    await playButton(page).click();
    await expect.poll(async () => Number(await page.getByTestId('readout-step').textContent())).toBeGreaterThan(50);
    await playButton(page).click();

    await expectNoSidewaysScroll(page, width);
    const densities = await chartBox(page, 'densities');
    expect(densities.width, 'densities width').toBeGreaterThanOrEqual(0.4 * width);
    expect(densities.height, 'densities height').toBeGreaterThanOrEqual(0.4 * height);
    await expect(page.getByTestId('chart-densities')).toBeInViewport({ ratio: 1 });
    // The discriminator and the key readouts on the same screen.
    await expect(page.getByTestId('chart-discriminator')).toBeInViewport({ ratio: 1 });
    for (const id of ['readout-step', 'readout-js', 'readout-w1']) await expect(page.getByTestId(id)).toBeInViewport();
    // Type for the back of the room: at 1920×1080 larger than at 1280×720 (the stage scales up).
    const titleSize = await page
      .getByTestId('panel-densities')
      .locator('h2')
      .evaluate((el) => el.getBoundingClientRect().height);
    expect(titleSize).toBeGreaterThanOrEqual(width >= 1920 ? 40 : 28);

    // Legends in whole items, on a line of their own under the title: the discriminator's on one line, the
    // densities' four items on two. (The divergences' and the losses' readouts are their legends.)
    expect(await legendLines(page)).toEqual({ densities: 2, discriminator: 1 });
    await expectArrowScaleClearOfHandles(page);
    expect(await overlaps(page)).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('presentation mode at 1280×720 with a lesson open: the step text and Next on screen, large', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page, '#v=2&present=1&lesson=bimodal-collapse&lstep=0');
  await expect(page.getByTestId('lesson-bar')).toBeVisible();
  const step = page.getByTestId('lesson-step-text');
  await expect(step).toBeInViewport({ ratio: 1 });
  await expect(page.getByTestId('button-lessonNext')).toBeInViewport({ ratio: 1 });
  await expect(page.getByTestId('button-lessonBack')).toBeInViewport({ ratio: 1 });
  // Large: the step's type is at least the presentation's body size (21 px), and shown in full.
  expect(await step.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(21);
  expect(await step.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
  await expectNoSidewaysScroll(page, 1280);

  // Next moves the lesson on from the front.
  await page.getByTestId('button-lessonNext').click();
  await expect(page.getByTestId('lesson-bar')).toHaveAttribute('data-step', '1');
  await expect(page.getByTestId('lesson-step-text')).toBeInViewport({ ratio: 1 });

  const densities = await chartBox(page, 'densities');
  test.info().annotations.push({
    type: 'densities with a lesson open',
    description: `${Math.round(densities.width)}×${Math.round(densities.height)} px`,
  });
  expect(densities.width).toBeGreaterThanOrEqual(0.4 * 1280);
  expect(densities.height).toBeGreaterThanOrEqual(0.4 * 720);
  await expect(page.getByTestId('chart-densities')).toBeInViewport({ ratio: 1 });
  expect(await overlaps(page)).toEqual([]);
});
