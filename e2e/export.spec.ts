// Export: every chart as PNG and SVG, the history as CSV, the settings as JSON (and back, into a fresh
// page), the trained weights as tfjs artifacts (and back, into a fresh page: the same p_model), and a
// corrupt or mismatched weights file refused with a message.
import { readFile } from 'node:fs/promises';
import type { Browser, Download, Page } from '@playwright/test';
import { expect, expectHashToContain, openApp, playButton, readNumber, readout, test, type ErrorLog } from './fixtures';

const MENU = 'Export or load: training history, settings, weights';
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

async function trainTo(page: Page, steps: number): Promise<number> {
  await playButton(page).click();
  await expect
    .poll(() => readNumber(page, 'step'), { timeout: 90_000, message: `trains past step ${steps}` })
    .toBeGreaterThan(steps);
  await playButton(page).click();
  await expect(playButton(page)).toHaveAccessibleName('Play');
  // The snapshot posted at Pause is the last one: the step stands still from then on.
  let last = -1;
  await expect
    .poll(
      async () => {
        const now = await readNumber(page, 'step');
        const still = now === last;
        last = now;
        return still;
      },
      { intervals: [400], message: 'the step count stands still after Pause' },
    )
    .toBe(true);
  return last;
}

async function download(page: Page, action: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download'), action()]);
  return { name: d.suggestedFilename(), bytes: await readFile((await d.path())!) };
}

/** A page in a context of its own (no storage shared with `page`), its errors logged with the test's. */
async function freshPage(browser: Browser, baseURL: string | undefined, log: ErrorLog): Promise<Page> {
  const context = await browser.newContext({ baseURL, acceptDownloads: true, viewport: { width: 1400, height: 900 } });
  const p = await context.newPage();
  p.on('pageerror', (e) => log.pageErrors.push(`fresh page: ${e.name}: ${e.message}`));
  p.on('console', (m) => {
    if (m.type() === 'error') log.consoleErrors.push(`fresh page: ${m.text()}`);
  });
  return p;
}

const openMenu = async (page: Page) => {
  const summary = page.getByLabel(MENU, { exact: true });
  if ((await page.getByTestId('export-menu').getAttribute('open')) === null) await summary.click();
};

/** A readout's number, to its 3 significant digits: one unit of the third digit of `a`. */
const thirdDigit = (a: number) => 10 ** (Math.floor(Math.log10(Math.abs(a))) - 2);

test('every chart exports as SVG (XML, an <svg> root with paths) and as PNG (2×); the history as CSV', async ({
  page,
}) => {
  await openApp(page);
  const step = await trainTo(page, 150);

  const summaries = page.locator('.chart-export > summary');
  await expect(summaries).toHaveCount(4);
  const titles = (await summaries.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')!))).map((l) =>
    l.replace(/^Export (.*) chart$/, '$1'),
  );
  expect(titles.slice(0, 1)).toEqual(['Densities']);
  for (const title of titles) {
    const summary = page.getByLabel(`Export ${title} chart`, { exact: true });
    await summary.click();
    const svg = await download(page, () =>
      page.getByRole('button', { name: `Export ${title} chart as SVG`, exact: true }).click(),
    );
    expect(svg.name).toMatch(new RegExp(`^gan-playground-[a-z-]+-step-${step}\\.svg$`));
    const text = svg.bytes.toString('utf8');
    const parsed = await page.evaluate((t) => {
      const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.getElementsByTagName('parsererror').length > 0,
        root: root.localName,
        ns: root.namespaceURI,
        width: Number(root.getAttribute('width')),
        paths: doc.getElementsByTagName('path').length,
        title: doc.getElementsByTagName('title')[0]?.textContent ?? '',
        texts: doc.getElementsByTagName('text').length,
      };
    }, text);
    expect(parsed, title).toMatchObject({ error: false, root: 'svg', ns: 'http://www.w3.org/2000/svg' });
    expect(parsed.paths, `${title}: paths (its curves)`).toBeGreaterThan(0);
    expect(parsed.texts, `${title}: axis labels`).toBeGreaterThan(3);
    expect(parsed.title).toBe(`${title} · step ${step}`);
    // The page's stylesheet does not travel: the look is inlined.
    expect(text).toMatch(/style="[^"]*stroke:rgb\(/);

    await summary.click();
    const png = await download(page, () =>
      page.getByRole('button', { name: `Export ${title} chart as PNG`, exact: true }).click(),
    );
    expect(png.name).toBe(svg.name.replace(/\.svg$/, '.png'));
    expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(png.bytes.length, `${title}: PNG size`).toBeGreaterThan(10_000);
    // IHDR: width and height, big-endian, at bytes 16 and 20; drawn at 2×.
    expect(png.bytes.readUInt32BE(16)).toBe(2 * parsed.width);
    expect(png.bytes.readUInt32BE(20)).toBeGreaterThan(200);
    await expect(page.getByRole('button', { name: `Export ${title} chart as PNG` })).toBeHidden();
  }

  // The header's menu, from the keyboard: open, close with Escape (focus back on it), open, choose.
  const summary = page.getByLabel(MENU, { exact: true });
  await summary.focus();
  await page.keyboard.press('Enter');
  const csvButton = page.getByRole('button', { name: 'Download the training history as CSV' });
  await expect(csvButton).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(csvButton).toBeHidden();
  await expect(summary).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(csvButton).toBeFocused();
  const csv = await download(page, () => page.keyboard.press('Enter'));
  expect(csv.name).toBe(`gan-playground-history-step-${step}.csv`);
  const lines = csv.bytes.toString('utf8').trimEnd().split('\r\n');
  expect(lines[0]).toBe('step,loss_d,loss_g,kl_forward_nats,kl_reverse_nats,js_nats,w1');
  const rows = lines.slice(1).map((l) => l.split(',').map(Number));
  expect(rows.length).toBeGreaterThan(5);
  for (const row of rows) {
    expect(row).toHaveLength(7);
    for (const v of row) expect(Number.isNaN(v), lines[rows.indexOf(row) + 1]).toBe(false);
    expect(row[5]).toBeGreaterThanOrEqual(0); // JS
    expect(row[5]).toBeLessThanOrEqual(Math.LN2);
  }
  const steps = rows.map((r) => r[0]);
  expect(steps.every((s, i) => i === 0 || s > steps[i - 1])).toBe(true);
  expect(steps.at(-1)).toBeLessThanOrEqual(step);
});

test('settings JSON: downloaded, loaded into a fresh page, restores a changed setting; a bad file changes nothing', async ({
  page,
  browser,
  baseURL,
  errorLog,
}) => {
  await openApp(page, '#v=2&m0=-1.5&lrg=0.0005');
  await openMenu(page);
  const file = await download(page, () => page.getByRole('button', { name: 'Download the settings as JSON' }).click());
  expect(file.name).toBe('gan-playground-settings.json');
  const data = JSON.parse(file.bytes.toString('utf8'));
  expect(data).toMatchObject({ version: 2, mean0: -1.5, lrG: 0.0005, gHidden: 16 });

  const fresh = await freshPage(browser, baseURL, errorLog);
  await openApp(fresh);
  expect(new URL(fresh.url()).hash).not.toContain('m0=');
  await openMenu(fresh);
  await fresh
    .getByLabel('Load settings from a JSON file')
    .setInputFiles({ name: file.name, mimeType: 'application/json', buffer: file.bytes });
  await expect(fresh.getByTestId('notice').last()).toContainText(
    'Loaded the settings from “gan-playground-settings.json”',
  );
  await expectHashToContain(fresh, 'm0=-1.5');
  await expectHashToContain(fresh, 'lrg=0.0005');

  // Not JSON: a clear message, nothing changed.
  await openMenu(fresh);
  await fresh
    .getByLabel('Load settings from a JSON file')
    .setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"mean0": 2,') });
  await expect(fresh.getByTestId('notice').last()).toContainText('Settings not loaded from “broken.json”');
  await expect(fresh.getByTestId('notice').last()).toContainText('Nothing was changed');
  await fresh.waitForTimeout(500);
  await expectHashToContain(fresh, 'm0=-1.5');
  await fresh.context().close();
});

test('weights: downloaded as tfjs artifacts, loaded into a fresh page: the same JS; a corrupt or mismatched file is refused', async ({
  page,
  browser,
  baseURL,
  errorLog,
}) => {
  await openApp(page);
  await trainTo(page, 300);
  const jsText = (await readout(page, 'js').textContent())!;
  const js = await readNumber(page, 'js');

  await openMenu(page);
  const files: Download[] = [];
  page.on('download', (d) => files.push(d));
  await page.getByRole('button', { name: /^Download the trained weights/ }).click();
  await expect.poll(() => files.length, { message: 'two files download' }).toBe(2);
  expect(files.map((d) => d.suggestedFilename())).toEqual(['gan-weights.json', 'gan-weights.bin']);
  const jsonBytes = await readFile((await files[0].path())!);
  const binBytes = await readFile((await files[1].path())!);
  const json = JSON.parse(jsonBytes.toString('utf8'));
  expect(json.format).toBe('gan-playground-weights');
  expect(json.generatedBy).toMatch(/TensorFlow\.js/);
  expect(json.modelTopology.generator).toMatchObject({ sizes: [1, 16, 16, 1], activation: 'tanh' });
  const manifest = json.weightsManifest[0];
  expect(manifest.paths).toEqual(['gan-weights.bin']);
  expect(manifest.weights.map((w: { name: string }) => w.name)).toEqual(['G/flat', 'D/flat', 'G_ema/flat']);
  const values = manifest.weights.reduce((n: number, w: { shape: number[] }) => n + w.shape[0], 0);
  expect(binBytes.length).toBe(4 * values);

  const fresh = await freshPage(browser, baseURL, errorLog);
  await openApp(fresh);
  const weightsInput = fresh.getByLabel('Load weights: choose gan-weights.json and gan-weights.bin together');
  const load = async (json: Buffer, bin: Buffer, jsonName = 'gan-weights.json') => {
    await openMenu(fresh);
    await weightsInput.setInputFiles([
      { name: jsonName, mimeType: 'application/json', buffer: json },
      { name: 'gan-weights.bin', mimeType: 'application/octet-stream', buffer: bin },
    ]);
  };
  await load(jsonBytes, binBytes);
  const notice = fresh.getByTestId('notice').last();
  await expect(notice).toContainText('Loaded G, D and G’s average (EMA) from “gan-weights.json”');
  await expect(notice).toContainText('optimizer restarted its moments');
  // The charts show the loaded G at once: the same JS as the exporting page, to its 3 digits.
  await expect
    .poll(async () => Math.abs((await readNumber(fresh, 'js')) - js), { message: `JS ≈ ${jsText}` })
    .toBeLessThanOrEqual(thirdDigit(js));
  await expect(readout(fresh, 'step')).toHaveText('0');
  const loadedJs = (await readout(fresh, 'js').textContent())!;

  // A truncated .bin, then a G of another shape: refused with the reason; the run unchanged.
  await load(jsonBytes, binBytes.subarray(0, 100));
  await expect(fresh.getByTestId('notice').last()).toContainText(
    `“gan-weights.bin” has 100 bytes where “gan-weights.json” describes ${binBytes.length}`,
  );
  const wider = { ...json, modelTopology: { ...json.modelTopology } };
  wider.modelTopology.generator = { ...json.modelTopology.generator, sizes: [1, 8, 8, 1] };
  await load(Buffer.from(JSON.stringify(wider)), binBytes);
  await expect(fresh.getByTestId('notice').last()).toContainText(
    'the file’s G is 1 → 8 → 8 → 1, tanh, but the current G is 1 → 16 → 16 → 1, tanh',
  );
  await load(Buffer.from('this is not json'), binBytes);
  await expect(fresh.getByTestId('notice').last()).toContainText(
    'Weights not loaded: “gan-weights.json” is not valid JSON',
  );
  // Finite but absurd (every weight 3·10³⁸): tried on a copy of the run and refused; Play still works.
  const absurd = Buffer.alloc(binBytes.length);
  for (let i = 0; i < absurd.length; i += 4) absurd.writeFloatLE(3e38, i);
  await load(jsonBytes, absurd);
  await expect(fresh.getByTestId('notice').last()).toContainText('no run could train from them');
  await fresh.waitForTimeout(500);
  await expect(readout(fresh, 'js')).toHaveText(loadedJs);
  await expect(readout(fresh, 'step')).toHaveText('0');
  await expect(fresh.getByTestId('button-play')).toBeEnabled();
  await fresh.context().close();
});
