// Accessibility: axe-core finds no serious or critical violation in any view, in both themes, in
// presentation mode and with the help dialog open (with the "label in name" rule, WCAG 2.5.3, switched on:
// axe keeps it off by default as experimental); every control reached with Tab shows a focus ring; and
// the training is announced through one polite live region a few times a minute, not every frame.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { ViewId } from '../src/core/settings';
import { expect, openApp, playButton, test } from './fixtures';

const VIEWS: readonly ViewId[] = ['playground', 'likelihood', 'explorer', 'formulas', 'dirac', 'experiment'];
/** An element each view shows once it has loaded (the theory lab's views load on demand). */
const LOADED: Record<ViewId, string> = {
  playground: 'chart-densities',
  likelihood: 'chart-likelihood-samples',
  explorer: 'chart-explorer-integrand',
  formulas: 'formula-theorem-check',
  dirac: 'dirac-field',
  experiment: 'experiment-run',
};

/** axe's serious and critical violations on the page as it is, one line per failing element. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1] ?? ''}`),
    );
}

async function openView(page: Page, view: ViewId): Promise<void> {
  await page.getByTestId(`tab-${view}`).click();
  await expect(page.getByTestId(`tab-${view}`)).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId(LOADED[view])).toBeVisible({ timeout: 30_000 });
}

for (const theme of ['light', 'dark'] as const) {
  test(`every view has no serious or critical axe violation, ${theme} theme`, async ({ page }) => {
    test.setTimeout(360_000);
    await openApp(page, `#v=2&theme=${theme}`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    // Train a little, so that the readouts, the histories and the banners are those of a lesson.
    await playButton(page).click();
    await page.waitForTimeout(2000);
    await playButton(page).click();
    for (const view of VIEWS) {
      await openView(page, view);
      expect(await seriousViolations(page), `${view}, ${theme}`).toEqual([]);
    }
    // The help dialog, open.
    await page.keyboard.press('?');
    await expect(page.getByTestId('help-dialog')).toBeVisible();
    expect(await seriousViolations(page), `help dialog, ${theme}`).toEqual([]);
  });
}

test('presentation mode has no serious or critical axe violation, in both themes', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page, '#v=2&present=1');
  await expect(page.locator('html')).toHaveAttribute('data-presentation', 'true');
  for (const theme of ['light', 'dark'] as const) {
    await page.getByTestId('setting-theme').selectOption(theme);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    expect(await seriousViolations(page), `presentation, ${theme}`).toEqual([]);
  }
});

test('the help button says what it is: its accessible name holds its visible label', async ({ page }) => {
  await openApp(page, '#v=2');
  const help = page.getByTestId('button-help');
  const label = ((await help.innerText()) ?? '').trim();
  expect(label.length).toBeGreaterThan(0);
  await expect(help).toHaveAccessibleName(new RegExp(label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await expect(help).toHaveAttribute('aria-keyshortcuts', '?');
});

for (const theme of ['light', 'dark'] as const) {
  test(`every control reached with Tab shows a focus ring, ${theme} theme`, async ({ page }) => {
    await openApp(page, `#v=2&theme=${theme}`);
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    const seen: string[] = [];
    for (let i = 0; i < 45; i++) {
      await page.keyboard.press('Tab');
      const ring = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        // A segmented control's radio is invisible: its label draws the ring.
        const drawn = el.matches('.segments input') ? (el.closest('label') as HTMLElement) : el;
        const s = getComputedStyle(drawn);
        const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
        const shadow = s.boxShadow !== 'none';
        const name = `${el.tagName.toLowerCase()}${el.dataset.testid ? `[${el.dataset.testid}]` : ''} “${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}”`;
        return { name, visible: outline || shadow, colour: s.outlineColor };
      });
      if (!ring) continue;
      seen.push(ring.name);
      expect(ring.visible, `focus ring on ${ring.name}`).toBe(true);
    }
    // The tour reached the header, the tabs and the sidebar.
    expect(seen.some((n) => n.includes('button-play'))).toBe(true);
    expect(seen.some((n) => n.includes('setting-theme'))).toBe(true);
    expect(seen.some((n) => n.includes('tab-playground'))).toBe(true);
    expect(seen.some((n) => n.includes('target-'))).toBe(true);
  });
}

test('training is announced politely, every few seconds, and where it paused', async ({ page }) => {
  await openApp(page, '#v=2');
  const region = page.getByRole('status', { name: 'Training progress' });
  await expect(region).toHaveAttribute('aria-live', 'polite');
  // Count the region's changes while training for 12 s (snapshots arrive up to 30 times a second).
  await page.evaluate(() => {
    const el = document.querySelector('[data-testid="live-announcer"]')!;
    const w = window as unknown as { announced: string[] };
    w.announced = [];
    new MutationObserver(() => w.announced.push(el.textContent ?? '')).observe(el, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  await playButton(page).click();
  await page.waitForTimeout(12_000);
  await playButton(page).click();
  await expect(region).toHaveText(/^Paused at step \d+, JS [\d.e−-]+ nats\.$/);
  const announced = await page.evaluate(() => (window as unknown as { announced: string[] }).announced);
  const said = [...new Set(announced)];
  expect(said[0]).toBe('Training.');
  expect(said.some((t) => /^Step \d+, JS [\d.e−-]+ nats\.$/.test(t))).toBe(true);
  // Started + at most one progress line per 5 s + paused: a handful, not hundreds.
  expect(said.length).toBeLessThanOrEqual(5);
});
