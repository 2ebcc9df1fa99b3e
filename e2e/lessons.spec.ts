// Lessons, sharing and saving: every lesson opens from the menu at its first step and leaves back to
// one's own setup; a copied link reproduces the setup in a fresh browser; the last setup survives a
// reload and a bare visit; Restore defaults (with Undo); a link to an unknown lesson says so.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Locator, Page } from '@playwright/test';
import {
  BACKENDS,
  button,
  expect,
  expectHashToContain,
  openApp,
  playButton,
  readout,
  setRange,
  test,
  waitForReady,
} from './fixtures';

/** A text of a lesson file, in every language; the tests read the English. */
interface Texts {
  en: string;
  'zh-CN': string;
}
interface LessonFileRaw {
  id: string;
  order: number;
  title: Texts;
  text: Texts;
  settings: { view?: string };
  steps: { text: Texts; settings?: { view?: string } }[];
}
interface LessonFile {
  id: string;
  order: number;
  title: string;
  text: string;
  settings: { view?: string };
  steps: { text: string; settings?: { view?: string } }[];
}
const english = (l: LessonFileRaw): LessonFile => ({
  ...l,
  title: l.title.en,
  text: l.text.en,
  steps: l.steps.map((s) => ({ ...s, text: s.text.en })),
});
const DIR = fileURLToPath(new URL('../src/lessons/', import.meta.url));
const LESSONS: LessonFile[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => english(JSON.parse(readFileSync(join(DIR, f), 'utf8')) as LessonFileRaw))
  .sort((a, b) => a.order - b.order);

const hashParts = (page: Page) => new URL(page.url()).hash.replace(/^#/, '').split('&');
const menuButton = (page: Page) => page.getByRole('button', { name: /Lessons/ });
const lessonBar = (page: Page) => page.getByTestId('lesson-bar');
const slider = (page: Page, id: string) => page.getByTestId(id);

async function chooseLesson(page: Page, title: string): Promise<void> {
  await menuButton(page).click();
  await expect(page.getByRole('menu', { name: 'Lessons' })).toBeVisible();
  await page.getByRole('menuitem', { name: title }).click();
  await expect(page.getByRole('menu')).toHaveCount(0);
}

/** The view tab that is selected. */
const selectedTab = (page: Page): Locator => page.getByRole('tab', { selected: true });

test('the menu lists every lesson; each opens at its first step, Next goes on, Leave restores', async ({ page }) => {
  expect(LESSONS.length).toBeGreaterThanOrEqual(8);
  const mine = '#v=2&m0=-1.5&s0=0.8&seed=7&view=likelihood';
  await page.goto(`/${mine}`);
  await waitForWorker(page);
  const own = hashParts(page);
  expect(own).toEqual(expect.arrayContaining(['m0=-1.5', 's0=0.8', 'seed=7', 'view=likelihood']));

  await menuButton(page).click();
  await expect(page.getByRole('menuitem')).toHaveCount(LESSONS.length);
  await expect(page.getByRole('menuitem')).toHaveText(LESSONS.map((l) => new RegExp(escape(l.title))));
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(menuButton(page)).toBeFocused();

  for (const lesson of LESSONS) {
    await chooseLesson(page, lesson.title);
    const bar = lessonBar(page);
    await expect(bar).toBeVisible();
    await expect(bar.getByTestId('lesson-title')).toContainText(lesson.title);
    await expect(bar.getByTestId('lesson-text')).toBeVisible();
    await expect(bar.getByTestId('lesson-text')).toHaveText(lesson.text);
    await expect(bar.getByTestId('lesson-step-text')).toContainText(lesson.steps[0].text);
    await expect(bar.getByTestId('lesson-step-count')).toHaveText(`Step 1 of ${lesson.steps.length}`);
    await expectHashToContain(page, `lesson=${lesson.id}`);
    expect(hashParts(page)).not.toContain('lstep=1');
    // The lesson opens its view (the playground unless it says otherwise).
    await expect(selectedTab(page)).toHaveAttribute('data-testid', `tab-${lesson.settings.view ?? 'playground'}`);
    // The person's own setup is gone while the lesson runs.
    expect(hashParts(page)).not.toContain('seed=7');
    await expect(button(page, 'Back')).toBeDisabled();

    if (lesson.steps.length > 1) {
      await button(page, 'Next').click();
      await expect(bar.getByTestId('lesson-step-count')).toHaveText(`Step 2 of ${lesson.steps.length}`);
      await expect(bar.getByTestId('lesson-step-text')).toContainText(lesson.steps[1].text);
      await expectHashToContain(page, 'lstep=1');
      const view = lesson.steps[1].settings?.view ?? lesson.settings.view ?? 'playground';
      await expect(selectedTab(page)).toHaveAttribute('data-testid', `tab-${view}`);
      await expect(button(page, 'Back')).toBeEnabled();
    }

    await button(page, 'Leave lesson').click();
    await expect(lessonBar(page)).toHaveCount(0);
    await expect.poll(() => hashParts(page).sort()).toEqual([...own].sort());
    await expect(selectedTab(page)).toHaveAttribute('data-testid', 'tab-likelihood');
  }
  await expect(page.getByTestId('notice')).toHaveCount(0);
});

test('a copied link opened in a fresh browser reproduces the setup, the view and the lesson step', async ({
  page,
  context,
  browser,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await openApp(page);
  await chooseLesson(page, LESSONS.find((l) => l.id === 'bimodal-collapse')!.title);
  await button(page, 'Next').click();
  await expect(lessonBar(page).getByTestId('lesson-step-count')).toHaveText('Step 2 of 3');
  // A change of one's own on top of the lesson.
  await setRange(slider(page, 'target-mean-1'), 2.5);
  await expectHashToContain(page, 'm1=2.5');

  await button(page, 'Copy link').click();
  await expect(page.getByTestId('share-status')).toContainText('Link copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(page.url());
  expect(link).toContain('lesson=bimodal-collapse');
  expect(link).toContain('lstep=1');
  expect(link).toContain('r1=1');
  const readouts = await sidebarAndReadouts(page);

  const fresh = await openFresh(browser, link);
  try {
    const other = fresh.page;
    await expect(lessonBar(other).getByTestId('lesson-step-count')).toHaveText('Step 2 of 3');
    await expect(lessonBar(other).getByTestId('lesson-title')).toContainText('Two modes');
    await expect(selectedTab(other)).toHaveAttribute('data-testid', 'tab-playground');
    expect(await sidebarAndReadouts(other)).toEqual(readouts);
    expect(other.url()).toBe(link);
    // Nothing of the first browser's memory: Leave gives the defaults there.
    await button(other, 'Leave lesson').click();
    await expect(slider(other, 'target-mean-0')).toHaveValue('1.5');
    await expect.poll(() => new URL(other.url()).hash).toBe('#v=2');
    expect(fresh.errors).toEqual([]);
  } finally {
    await fresh.context.close();
  }
});

test('a view of the theory lab goes into the copied link too', async ({ page, context, browser, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await openApp(page);
  await chooseLesson(page, LESSONS.find((l) => l.id === 'forward-reverse-kl')!.title);
  await expect(selectedTab(page)).toHaveAttribute('data-testid', 'tab-explorer');
  await button(page, 'Next').click();
  await button(page, 'Copy link').click();
  await expect(page.getByTestId('share-status')).toContainText('Link copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const fresh = await openFresh(browser, link);
  try {
    await expect(selectedTab(fresh.page)).toHaveAttribute('data-testid', 'tab-explorer');
    await expect(lessonBar(fresh.page).getByTestId('lesson-step-count')).toHaveText('Step 2 of 3');
    await expect(fresh.page.getByTestId('explorer-handle-p-1')).toBeVisible();
    expect(fresh.errors).toEqual([]);
  } finally {
    await fresh.context.close();
  }
});

test('without a clipboard, Copy link offers the link selected in a field', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
  await openApp(page, '#v=2&m0=-2');
  await button(page, 'Copy link').click();
  const manual = page.getByTestId('share-manual');
  await expect(manual).toBeVisible();
  await expect(manual).toContainText('not copied');
  const field = page.getByTestId('share-link-field');
  await expect(field).toHaveValue(page.url());
  await expect(field).toBeFocused();
  const selected = await field.evaluate((el: HTMLInputElement) => [
    el.selectionStart,
    el.selectionEnd,
    el.value.length,
  ]);
  expect(selected).toEqual([0, selected[2], selected[2]]);
  await page.keyboard.press('Escape');
  await expect(manual).toHaveCount(0);
});

test('the last setup survives a reload and a visit without a link; Restore defaults and Undo', async ({ page }) => {
  await openApp(page);
  await setRange(slider(page, 'target-mean-0'), -2);
  await setRange(slider(page, 'target-std-0'), 0.9);
  await expectHashToContain(page, 'm0=-2');
  await expectHashToContain(page, 's0=0.9');

  await page.reload();
  await waitForReady(page);
  await expect(slider(page, 'target-mean-0')).toHaveValue('-2');

  // No hash at all: the setup comes from this browser's storage, and the address bar shows it.
  await page.goto('/');
  await waitForReady(page);
  await expect(slider(page, 'target-mean-0')).toHaveValue('-2');
  await expect(slider(page, 'target-std-0')).toHaveValue('0.9');
  await expectHashToContain(page, 'm0=-2');
  // A link wins over the storage.
  await page.goto('/#v=2&m0=1');
  await waitForReady(page);
  await expect(slider(page, 'target-mean-0')).toHaveValue('1');
  await expect(slider(page, 'target-std-0')).toHaveValue('0.6');
  await setRange(slider(page, 'target-mean-0'), -2.5);
  await expectHashToContain(page, 'm0=-2.5');

  await button(page, 'Restore defaults').click();
  await expect(slider(page, 'target-mean-0')).toHaveValue('1.5');
  await expect.poll(() => new URL(page.url()).hash).toBe('#v=2');
  const notice = page.getByTestId('notice').filter({ hasText: 'back to its default' });
  await expect(notice).toBeVisible();
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(slider(page, 'target-mean-0')).toHaveValue('-2.5');
  await expect(notice).toHaveCount(0);
  await expectHashToContain(page, 'm0=-2.5');

  await button(page, 'Restore defaults').click();
  await expect(slider(page, 'target-mean-0')).toHaveValue('1.5');
  await page.goto('/');
  await waitForReady(page);
  await expect(slider(page, 'target-mean-0')).toHaveValue('1.5');
  await expect.poll(() => new URL(page.url()).hash).toBe('#v=2');
});

test('a reload in a lesson keeps the lesson, and Leave still returns to one’s own setup', async ({ page }) => {
  await openApp(page, '#v=2&m0=-3&seed=11');
  await chooseLesson(page, LESSONS.find((l) => l.id === 'optimal-discriminator')!.title);
  await button(page, 'Next').click();
  await expectHashToContain(page, 'lstep=1');
  await page.goto('/');
  await waitForReady(page);
  await expect(lessonBar(page).getByTestId('lesson-step-count')).toHaveText('Step 2 of 3');
  await button(page, 'Leave lesson').click();
  await expect(slider(page, 'target-mean-0')).toHaveValue('-3');
  await expectHashToContain(page, 'seed=11');
});

test('a link to a lesson this app does not have: a notice, the rest of the link, no lesson', async ({ page }) => {
  await openApp(page, '#v=2&m0=-1&lesson=no-such-lesson&lstep=2');
  const notice = page.getByTestId('notice');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('no-such-lesson');
  await expect(lessonBar(page)).toHaveCount(0);
  await expect(slider(page, 'target-mean-0')).toHaveValue('-1');
  await expect.poll(() => hashParts(page)).toEqual(['v=2', 'm0=-1']);
  // A hand-written link with only the lesson and step opens the lesson's own setup.
  await page.goto('about:blank');
  await page.goto('/#v=2&lesson=bimodal-collapse&lstep=1');
  await waitForReady(page);
  await expect(lessonBar(page).getByTestId('lesson-step-count')).toHaveText('Step 2 of 3');
  await expect(page.getByTestId('readout-mode-mass-1')).toBeVisible();
  await expectHashToContain(page, 'r1=1');
});

test('the menu, the lesson bar and the copy field: keyboard use, and no serious axe violation', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
  await openApp(page);
  // The menu by keyboard: Enter opens it on the first lesson, the arrows move, Enter chooses.
  await menuButton(page).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('menuitem').last()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem').nth(1)).toBeFocused();
  expect(await axeProblems(page), 'menu open').toEqual([]);
  await page.keyboard.press('Enter');
  await expect(lessonBar(page).getByTestId('lesson-title')).toContainText(LESSONS[1].title);
  // The bar's title takes the focus, so reading goes on from the lesson.
  await expect(lessonBar(page).getByTestId('lesson-title')).toBeFocused();
  await button(page, 'More').click();
  await expect(button(page, 'Less')).toHaveAttribute('aria-expanded', 'true');
  expect(await axeProblems(page), 'lesson bar').toEqual([]);
  await button(page, 'Copy link').click();
  await expect(page.getByTestId('share-manual')).toBeVisible();
  expect(await axeProblems(page), 'copy by hand').toEqual([]);
});

/** axe's serious and critical violations (with WCAG 2.5.3 "label in name" on, as e2e/a11y.spec.ts does). */
async function axeProblems(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary ?? ''}`));
}

/** The target's sliders and the step-0 readouts that follow from the settings and the seed. */
async function sidebarAndReadouts(page: Page): Promise<Record<string, string | null>> {
  await expect(readout(page, 'step')).toHaveText('0');
  const out: Record<string, string | null> = {};
  for (const id of ['target-mean-0', 'target-std-0', 'target-mean-1', 'target-std-1'])
    out[id] = await slider(page, id).inputValue();
  // Wait for the analysis of this exact setup (two mode readouts), then read it.
  await expect(readout(page, 'mode-mass-1')).toBeVisible();
  await page.waitForTimeout(500);
  for (const id of ['js', 'w1', 'mode-mass-0', 'mode-mass-1']) out[id] = await readout(page, id).textContent();
  return out;
}

/** A new browser context (no storage, no clipboard, nothing shared) on `url`, its errors collected. */
async function openFresh(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(url);
  await waitForWorker(page);
  return { context, page, errors };
}

/** The worker has chosen a backend and Play can be pressed (any view: the readouts are the playground's). */
async function waitForWorker(page: Page): Promise<void> {
  await expect(readout(page, 'backend')).toHaveText(BACKENDS, { timeout: 120_000 });
  await expect(playButton(page)).toBeEnabled({ timeout: 30_000 });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
