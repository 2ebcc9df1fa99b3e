// The Formulas view: every formula typeset by KaTeX (with MathML), its live numbers follow the run and
// agree with the playground's readouts, switchable formulas say whether they are in use, and KaTeX's
// fonts come from the app itself.
import type { Page } from '@playwright/test';
import { FORMULAS } from '../src/core/formulas';
import {
  BACKENDS,
  expect,
  expectHashToContain,
  openApp,
  parseReadout,
  playButton,
  readout,
  test,
  waitForNumber,
} from './fixtures';

const value = (page: Page, id: string) => page.getByTestId(`formula-value-${id}`);

/** openApp's wait without the playground's readouts: the worker has a backend and step 0 is drawn. */
async function openFormulas(page: Page, hash: string): Promise<void> {
  await page.goto(`/${hash}`);
  await expect(readout(page, 'backend')).toHaveText(BACKENDS, { timeout: 120_000 });
  await expect(playButton(page)).toBeEnabled({ timeout: 30_000 });
  await waitForNumber(page, 'step');
}

/** The text of a live number once it has stopped changing (the last snapshot after a pause has arrived). */
async function settledText(page: Page, id: string): Promise<string> {
  let last = '';
  await expect
    .poll(
      async () => {
        const now = (await value(page, id).textContent()) ?? '';
        const same = now === last;
        last = now;
        return same;
      },
      { intervals: [400], message: `formula-value-${id} stops changing` },
    )
    .toBe(true);
  return last;
}

test('the Formulas tab opens the view: every formula typeset with MathML, from the app’s own fonts', async ({
  page,
}) => {
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol.startsWith('http')) foreign.push(r.url());
  });
  await openApp(page, '#v=2&gl=minimax&r1=1&ema=0');
  await page.getByTestId('tab-formulas').click();
  await expectHashToContain(page, 'view=formulas');
  const view = page.getByTestId('view-formulas');
  await expect(view).toBeVisible();
  await expect(page.getByTestId('tab-formulas')).toHaveAttribute('aria-selected', 'true');

  await expect(view.locator('.katex')).toHaveCount(FORMULAS.length);
  for (const f of FORMULAS) {
    const card = page.getByTestId(`formula-card-${f.id}`);
    await expect(card.locator('.katex'), f.id).toHaveCount(1);
    await expect(card.locator('.katex-mathml math'), `${f.id}: MathML for screen readers`).toHaveCount(1);
    await expect(card, f.id).toContainText(`docs/theory.md ${f.section}`);
  }
  // grouped by the doc's sections, with headings
  await expect(view.getByRole('heading', { level: 2, name: /§6\.4 The theorem/ })).toBeVisible();

  // the switchable formulas say which is in use (this link: minimax loss, R1 on, no EMA, no noise)
  await expect(page.getByTestId('formula-status-loss-g-minimax')).toHaveText('active');
  await expect(page.getByTestId('formula-status-loss-g-non-saturating')).toHaveText('not active');
  await expect(page.getByTestId('formula-status-r1')).toHaveText('on');
  await expect(page.getByTestId('formula-status-ema')).toHaveText('off');
  await expect(page.getByTestId('formula-status-instance-noise')).toHaveText('off');

  // KaTeX's fonts are loaded, from this origin (the view's own assets)
  await page.evaluate(() => document.fonts.ready);
  const fonts = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((url) => /KaTeX_[\w-]+\.(woff2?|ttf)/.test(url)),
  );
  expect(fonts.length, 'KaTeX fonts fetched').toBeGreaterThan(0);
  const origin = new URL(page.url()).origin;
  for (const url of fonts) expect(url.startsWith(`${origin}/assets/`), url).toBe(true);
  expect(foreign, 'requests to other hosts').toEqual([]);
});

test('the live numbers follow the run, agree with the playground, and the theorem can be checked', async ({ page }) => {
  await openFormulas(page, '#v=2&view=formulas');
  await expect(page.getByTestId('view-formulas')).toBeVisible();
  const js0 = await settledText(page, 'js');
  parseReadout(js0, 'formula-value-js');

  // the typeset formulas are never re-rendered by a snapshot: only the number elements change
  await page.evaluate(() => {
    const w = window as unknown as { texMutations: number };
    w.texMutations = 0;
    const observer = new MutationObserver((records) => (w.texMutations += records.length));
    for (const el of document.querySelectorAll('.formulas-tex'))
      observer.observe(el, { childList: true, subtree: true, characterData: true, attributes: true });
  });

  await playButton(page).click();
  await expect(playButton(page)).toHaveAccessibleName('Pause');
  await expect
    .poll(async () => parseReadout(await readout(page, 'step').textContent()), { timeout: 60_000 })
    .toBeGreaterThan(200);
  await expect(value(page, 'js')).not.toHaveText(js0);
  await playButton(page).click();
  await expect(playButton(page)).toHaveAccessibleName('Play');
  expect(await page.evaluate(() => (window as unknown as { texMutations: number }).texMutations)).toBe(0);

  // the theorem: J(D) of the current D ≥ log 2 − JS (up to escaped mass; the default run keeps it tiny)
  const js = await settledText(page, 'js');
  const jd = parseReadout(await value(page, 'jd-expected').textContent());
  const best = parseReadout(await value(page, 'jd-star').textContent());
  expect(jd).toBeGreaterThanOrEqual(best - 2e-3);
  expect(best).toBeCloseTo(Math.LN2 - parseReadout(js), 2);
  await expect(page.getByTestId('formula-theorem-check')).toContainText('log 2 − JS');
  const jdText = await value(page, 'jd-expected').textContent();

  // the same numbers as the playground's readouts
  await page.getByTestId('tab-playground').click();
  await expect(readout(page, 'js')).toHaveText(js);
  await expect(readout(page, 'jd-expected')).toHaveText(jdText ?? '');

  // and in bits when the units change
  await page.keyboard.press('u');
  await expect(readout(page, 'js')).not.toHaveText(js);
  const bits = (await readout(page, 'js').textContent()) ?? '';
  await page.getByTestId('tab-formulas').click();
  await expect(value(page, 'js')).toHaveText(bits);
  await expect(value(page, 'js-bounds')).toHaveText(bits);
});
