import { readFileSync } from 'node:fs';
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { binnedDensity } from './density';
import { gaussian } from './distributions';
import { expectation, FORMULA_SECTIONS, FORMULAS, formulasIn, generatorLosses, gridMoments } from './formulas';
import { binWidth, CHART_GRID } from './grid';
import { formulas as EN } from '../i18n/en/formulas';
import { formulas as ZH } from '../i18n/zh-CN/formulas';

const theory = readFileSync(new URL('../../docs/theory.md', import.meta.url), 'utf8');
const headings = theory.split('\n').filter((l) => /^#{2,3} §/.test(l));
const dx = binWidth(CHART_GRID);

describe('the formula list', () => {
  it.each(FORMULAS.map((f) => [f.id, f.tex]))('%s: its TeX renders with KaTeX', (_id, tex) => {
    const html = katex.renderToString(tex, { throwOnError: true, output: 'htmlAndMathml', displayMode: true });
    expect(html).toContain('class="katex"');
    expect(html).toContain('<math');
  });

  it('every section names a heading of docs/theory.md (number and English title)', () => {
    for (const s of FORMULA_SECTIONS) {
      const title = EN[`formula.section.${s.id}`];
      const heading = headings.find((h) => h.replace(/^#+ /, '').startsWith(`${s.id} `));
      expect(heading, `docs/theory.md has a heading ${s.id}`).toBeDefined();
      expect(heading!.replace(/^#+ /, '').startsWith(`${s.id} ${title}`), `${heading} begins “${title}”`).toBe(true);
    }
  });

  it('every formula belongs to a listed section, and every section has a formula', () => {
    const ids = new Set<string>(FORMULA_SECTIONS.map((s) => s.id));
    for (const f of FORMULAS) expect(ids.has(f.section), `${f.id} → ${f.section}`).toBe(true);
    for (const s of FORMULA_SECTIONS) expect(formulasIn(s.id).length, s.id).toBeGreaterThan(0);
  });

  it('has no duplicate ids, and every entry has a title, a sentence and a source', () => {
    expect(new Set(FORMULAS.map((f) => f.id)).size).toBe(FORMULAS.length);
    expect(new Set(FORMULA_SECTIONS.map((s) => s.id)).size).toBe(FORMULA_SECTIONS.length);
    // in both languages (the catalogue's types already require the keys; here, real text)
    for (const table of [EN, ZH])
      for (const f of FORMULAS) {
        expect(table[`formula.${f.id}.title`].trim().length, f.id).toBeGreaterThan(0);
        expect(table[`formula.${f.id}.plain`].length, f.id).toBeGreaterThan(20);
        expect(table[`formula.${f.id}.source`].length, f.id).toBeGreaterThan(3);
      }
    // the sources name the same papers in both languages: only the words around them are translated
    for (const f of FORMULAS)
      for (const year of EN[`formula.${f.id}.source`].match(/\b(19|20)\d\d\b/g) ?? [])
        expect(ZH[`formula.${f.id}.source`], f.id).toContain(year);
  });

  it('uses the doc’s notation: p_data, p_model, p_z, J^(D), J^(G)', () => {
    const all = FORMULAS.map((f) => f.tex).join('\n');
    expect(all).toContain(String.raw`p_{\text{data}}`);
    expect(all).toContain(String.raw`p_{\text{model}}`);
    expect(all).toContain(String.raw`z\sim p_z`);
    expect(all).toContain(String.raw`J^{(D)}`);
    expect(all).toContain(String.raw`J^{(G)}`);
    // the doc names the densities only this way
    expect(all).not.toMatch(/p_\{?g\}?\b|p_\{?r\}?\b/);
  });

  it('covers what the issue asks for', () => {
    const ids = FORMULAS.map((f) => f.id as string);
    for (const id of [
      'kl',
      'kl-gaussian',
      'cross-entropy',
      'js',
      'js-bounds',
      'loss-d',
      'd-star',
      'theorem',
      'loss-g-minimax',
      'loss-g-non-saturating',
      'mle-forward-kl',
      'mode-mass',
      'ema',
      'r1',
      'instance-noise',
      'w1',
    ])
      expect(ids).toContain(id);
  });
});

describe('the numbers computed for the view', () => {
  it('grid moments of a Gaussian are its mean and σ; expectation of 1 is the mass', () => {
    const p = binnedDensity(gaussian(-0.8, 1.1), CHART_GRID);
    const m = gridMoments(p, CHART_GRID);
    expect(m.mass).toBeCloseTo(1, 5); // ~1e-6 of it lies beyond ±6
    expect(m.mean).toBeCloseTo(-0.8, 4);
    expect(m.std).toBeCloseTo(1.1, 3);
    expect(expectation(new Float64Array(CHART_GRID.bins).fill(1), p, dx)).toBeCloseTo(m.mass, 12);
    expect(gridMoments(new Float64Array(CHART_GRID.bins), CHART_GRID).mean).toBeNaN();
  });

  it('the generator losses at D ≡ ½: minimax −½ log 2, non-saturating ½ log 2; mean D(G(z)) = ½', () => {
    const q = binnedDensity(gaussian(0.3, 0.5), CHART_GRID);
    const g = generatorLosses(new Float64Array(CHART_GRID.bins).fill(0.5), q, dx);
    expect(g.minimax).toBeCloseTo(-0.5 * Math.LN2, 9);
    expect(g.nonSaturating).toBeCloseTo(0.5 * Math.LN2, 9);
    expect(g.meanDFake).toBeCloseTo(0.5, 9);
    // D ≡ 0 where G puts its mass: the minimax loss is flat at 0, the non-saturating one is capped by the clamp
    const zero = generatorLosses(new Float64Array(CHART_GRID.bins), q, dx);
    expect(zero.minimax).toBeCloseTo(0, 6);
    expect(zero.nonSaturating).toBeCloseTo(-0.5 * Math.log(1e-7), 6);
  });
});
