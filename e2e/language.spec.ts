// Two languages (English and Simplified Chinese): every view renders in Chinese with no English sentence
// left over, the language follows the browser with "auto", and the choice is in the link.
import type { Page } from '@playwright/test';
import { expect, expectHashToContain, openApp, playButton, readNumber, test } from './fixtures';

/**
 * Visible text that reads as an English sentence: three or more English words of three or more letters
 * in a row. Formulas (KaTeX), symbols such as p_data or KL(p‖q), numbers and the names of papers and
 * people are not sentences.
 */
async function englishSentences(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const sentence = /\b[A-Za-z]{3,}[,;:]? [A-Za-z]{3,}[,;:]? [A-Za-z]{3,}\b/;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent ?? '';
      if (!sentence.test(text)) continue;
      const el = n.parentElement;
      if (!el || el.closest('.katex, math, script, style, [data-i18n-exempt], .source, option')) continue;
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden' || el.getClientRects().length === 0) continue;
      found.push(text.trim().slice(0, 80));
    }
    return found;
  });
}

/** Units left in English: a visible "nats" or "bits" on its own (a readout's unit), as the explorer once said. */
async function englishUnits(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((el) => el.children.length === 0 && /^(nats|bits)$/.test(el.textContent?.trim() ?? ''))
      .filter((el) => !el.closest('.katex, [data-i18n-exempt], option') && el.getClientRects().length > 0)
      .map((el) => `${el.className}: ${el.textContent?.trim()}`),
  );
}

const VIEWS = ['playground', 'likelihood', 'explorer', 'formulas', 'dirac', 'experiment'] as const;

for (const view of VIEWS)
  test(`the ${view} view speaks Chinese: no English sentence left`, async ({ page }) => {
    if (view === 'playground') await openApp(page, `#v=2&lang=zh-CN`);
    else await page.goto(`/#v=2&lang=zh-CN&view=${view}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('tab', { selected: true })).not.toHaveText(/^[A-Za-z ]+$/);
    // Let a lazy view load and draw.
    await page.waitForTimeout(1500);
    expect(await englishSentences(page)).toEqual([]);
    expect(await englishUnits(page)).toEqual([]);
  });

test('"auto" follows the browser: a Chinese browser gets Chinese, an English one English', async ({ browser }) => {
  for (const [locale, tab] of [
    ['zh-CN', '训练场'],
    ['en-US', 'Playground'],
  ] as const) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await openApp(page);
    await expect(page.getByRole('tab', { selected: true })).toHaveText(tab);
    await context.close();
  }
});

test('switching the language relabels the running page at once and goes in the link', async ({ page }) => {
  await openApp(page, '#v=2&lang=en');
  await expect(page.getByRole('tab', { name: 'Playground' })).toBeVisible();
  await playButton(page).click();
  await expect.poll(() => readNumber(page, 'step')).toBeGreaterThan(50);
  await page.getByTestId('setting-language').selectOption('zh-CN');
  await expectHashToContain(page, 'lang=zh-CN');
  await expect(page.getByRole('tab', { name: '训练场' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  // Training went on: the step keeps counting.
  const step = await readNumber(page, 'step');
  await expect.poll(() => readNumber(page, 'step')).toBeGreaterThan(step);
});
