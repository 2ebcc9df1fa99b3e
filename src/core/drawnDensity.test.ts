import { describe, expect, it } from 'vitest';
import { binnedDensity } from './density';
import { gaussian, piecewiseLinear, targetDistribution, uniform } from './distributions';
import {
  decodeDrawnDensity,
  densityFromStroke,
  DRAWN_CODE_LENGTH,
  DRAWN_CODE_PATTERN,
  DRAWN_KNOTS,
  DRAWN_LEVELS,
  DRAWN_XS,
  encodeDrawnDensity,
  knotsFromPdf,
  KNOT_SPACING,
  normalizeKnots,
  piecewiseLinearIntegral,
  rasterizeStroke,
  smoothKnots,
} from './drawnDensity';
import { binWidth, CHART_GRID } from './grid';
import { createRng } from './random';
import { normalizeSettings } from './settings';
import { settingsFromHash, settingsToHash } from './settingsLink';

const sum = (a: ArrayLike<number>) => Array.from(a).reduce((s, v) => s + v, 0);
/** A bimodal density on the knots: ½ N(−2, 0.6²) + ½ N(2, 0.6²). */
const BIMODAL = normalizeKnots(DRAWN_XS.map((x) => gaussian(-2, 0.6).pdf(x) + gaussian(2, 0.6).pdf(x)))!;

describe('the knots', () => {
  it('are 64 points from −6 to 6, evenly spaced', () => {
    expect(DRAWN_XS).toHaveLength(DRAWN_KNOTS);
    expect(DRAWN_XS[0]).toBe(-6);
    expect(DRAWN_XS[DRAWN_KNOTS - 1]).toBe(6);
    for (let i = 1; i < DRAWN_KNOTS; i++) expect(DRAWN_XS[i] - DRAWN_XS[i - 1]).toBeCloseTo(12 / 63, 12);
    expect(KNOT_SPACING).toBeCloseTo(12 / 63, 15);
  });
  it('the trapezoid rule integrates a piecewise-linear function exactly', () => {
    // A triangle of height 1 on [−1, 1] sampled at −1, 0, 1: area 1.
    expect(piecewiseLinearIntegral([0, 1, 0], [-1, 0, 1])).toBe(1);
    expect(piecewiseLinearIntegral([2, 2], [0, 3])).toBe(6);
  });
});

describe('normalisation and smoothing', () => {
  it('normalised values integrate to 1, negatives and NaN become 0', () => {
    const raw = DRAWN_XS.map((x, i) => (i === 3 ? -5 : i === 4 ? NaN : Math.abs(Math.sin(x)) * 7));
    const v = normalizeKnots(raw)!;
    expect(piecewiseLinearIntegral(v)).toBeCloseTo(1, 14);
    expect(v[3]).toBe(0);
    expect(v[4]).toBe(0);
    expect(Math.min(...v)).toBeGreaterThanOrEqual(0);
  });
  it('nothing to normalise gives null', () => {
    expect(normalizeKnots(new Array(DRAWN_KNOTS).fill(0))).toBeNull();
    expect(normalizeKnots(new Array(DRAWN_KNOTS).fill(-1))).toBeNull();
  });
  it('the Gaussian kernel keeps a constant, spreads a spike by its weights and keeps its sum away from the ends', () => {
    expect(smoothKnots([3, 3, 3, 3, 3, 3, 3, 3])).toEqual(new Array(8).fill(3).map(() => expect.closeTo(3, 14)));
    const spike = new Array(21).fill(0);
    spike[10] = 1;
    const s = smoothKnots(spike, 1);
    const w = [0, 1, 2, 3].map((d) => Math.exp(-0.5 * d * d));
    const W = w[0] + 2 * (w[1] + w[2] + w[3]);
    expect(s[10]).toBeCloseTo(w[0] / W, 14);
    expect(s[11]).toBeCloseTo(w[1] / W, 14);
    expect(s[9]).toBeCloseTo(w[1] / W, 14);
    expect(s[13]).toBeCloseTo(w[3] / W, 14);
    expect(s[14]).toBe(0); // cut at 3σ
    expect(sum(s)).toBeCloseTo(1, 14);
  });
});

describe('the link code', () => {
  it('is 128 base64url characters that the setting accepts', () => {
    const code = encodeDrawnDensity(BIMODAL);
    expect(code).toHaveLength(DRAWN_CODE_LENGTH);
    expect(DRAWN_CODE_PATTERN.test(code)).toBe(true);
    expect(DRAWN_CODE_PATTERN.test('')).toBe(true);
    expect(DRAWN_CODE_PATTERN.test(code.slice(1))).toBe(false);
    expect(DRAWN_CODE_PATTERN.test(`${code.slice(1)}=`)).toBe(false);
  });
  it('round trip: decode(encode(v)) is v within the quantisation', () => {
    for (const v of [BIMODAL, normalizeKnots(DRAWN_XS.map((x) => uniform(-1, 2).pdf(x) + 0.01))!]) {
      const back = decodeDrawnDensity(encodeDrawnDensity(v))!;
      expect(piecewiseLinearIntegral(back)).toBeCloseTo(1, 14);
      const max = Math.max(...v);
      // Each level is within half a step (max/8190) of the value before renormalising; renormalising
      // changes the integral by at most 12 · max/8190, so every value by that relative amount.
      const step = max / (2 * DRAWN_LEVELS);
      const tol = step + max * 12 * step * 1.01;
      for (let i = 0; i < DRAWN_KNOTS; i++) expect(Math.abs(back[i] - v[i])).toBeLessThanOrEqual(tol);
    }
  });
  it('the largest knot is level 4095 (“__”), half of it 2048 (“gA” = 32·64 + 0), zero “AA”', () => {
    const v = new Array(DRAWN_KNOTS).fill(0);
    v[10] = 2;
    v[11] = 1;
    const code = encodeDrawnDensity(v);
    expect(code.slice(18, 24)).toBe('AA__gA');
    expect(code.replace('__gA', '')).toBe('A'.repeat(DRAWN_CODE_LENGTH - 4));
  });
  it('a code that is not a drawing decodes to null', () => {
    expect(decodeDrawnDensity('')).toBeNull();
    expect(decodeDrawnDensity('A'.repeat(DRAWN_CODE_LENGTH))).toBeNull(); // all zero
    expect(decodeDrawnDensity('A'.repeat(DRAWN_CODE_LENGTH - 2))).toBeNull();
    expect(decodeDrawnDensity(`${'A'.repeat(DRAWN_CODE_LENGTH - 1)}=`)).toBeNull();
  });
  it('travels in the link: t=drawn&draw=…, and a malformed one is reported and dropped', () => {
    const code = encodeDrawnDensity(BIMODAL);
    const s = normalizeSettings({ targetKind: 'drawn', drawnDensity: code });
    const hash = settingsToHash(s);
    expect(hash).toContain('t=drawn');
    expect(hash).toContain(`draw=${code}`);
    expect(settingsFromHash(hash)).toEqual({ settings: s, problems: [] });
    const bad = settingsFromHash('#v=2&t=drawn&draw=abc');
    expect(bad.settings.drawnDensity).toBe('');
    expect(bad.problems).toEqual([{ code: 'not-valid-text', setting: 'drawnDensity', raw: 'abc' }]);
  });
});

describe('a stroke becomes a density', () => {
  it('the knots under the stroke take its height; the rest is undefined', () => {
    const r = rasterizeStroke([
      { x: -1, y: 0.2 },
      { x: 1, y: 0.4 },
    ]);
    DRAWN_XS.forEach((x, k) => {
      if (x < -1 || x > 1) expect(r[k]).toBeUndefined();
      else expect(r[k]).toBeCloseTo(0.2 + ((x + 1) / 2) * 0.2, 12);
    });
  });
  it('drawing back over a stretch redraws it, and heights below the axis are 0', () => {
    const r = rasterizeStroke([
      { x: -2, y: 0.5 },
      { x: 2, y: 0.5 },
      { x: 0, y: -0.3 },
    ]);
    const k0 = DRAWN_XS.findIndex((x) => x >= 0.5);
    const kNeg = DRAWN_XS.findIndex((x) => x >= -1.5);
    expect(r[kNeg]).toBe(0.5); // only the first segment reached it
    expect(r[k0]).toBeLessThan(0.5); // the second one drew over it, lower
    const k = DRAWN_XS.findIndex((x) => x >= 0);
    expect(r[k]).toBe(0); // below the axis
  });
  it('∫ = 1, non-negative, and zero outside the stroke when there is no base', () => {
    const pts = Array.from({ length: 200 }, (_, i) => {
      const x = -4 + (8 * i) / 199;
      return { x, y: Math.exp(-((x + 2) ** 2) / 0.5) + Math.exp(-((x - 2) ** 2) / 0.5) };
    });
    const v = densityFromStroke(pts, null)!;
    expect(piecewiseLinearIntegral(v)).toBeCloseTo(1, 14);
    expect(Math.min(...v)).toBeGreaterThanOrEqual(0);
    DRAWN_XS.forEach((x, k) => {
      if (x < -4 - 3 * KNOT_SPACING || x > 4 + 3 * KNOT_SPACING) expect(v[k]).toBe(0);
    });
    // Bimodal: the density at ±2 is well above the density at 0.
    const at = (x: number) => v[Math.round((x + 6) / KNOT_SPACING)];
    expect(at(-2)).toBeGreaterThan(5 * at(0));
    expect(at(2)).toBeGreaterThan(5 * at(0));
  });
  it('keeps the base outside the stroke (up to the normalisation)', () => {
    const base = knotsFromPdf(gaussian(0, 1).pdf)!;
    const v = densityFromStroke(
      [
        { x: 3, y: 0.3 },
        { x: 4, y: 0.3 },
      ],
      base,
    )!;
    const ratio = v[10] / base[10]; // x ≈ −4.1, far from the stroke
    expect(ratio).toBeGreaterThan(0.5);
    for (let k = 0; k < 25; k++) if (base[k] > 1e-6) expect(v[k] / base[k]).toBeCloseTo(ratio, 10);
    expect(piecewiseLinearIntegral(v)).toBeCloseTo(1, 14);
  });
  it('a click (one knot or less) or a stroke along the axis gives null', () => {
    expect(densityFromStroke([{ x: 0, y: 1 }], null)).toBeNull();
    expect(
      densityFromStroke(
        [
          { x: 0.01, y: 1 },
          { x: 0.02, y: 1 },
        ],
        null,
      ),
    ).toBeNull();
    expect(
      densityFromStroke(
        [
          { x: -3, y: 0 },
          { x: 3, y: -1 },
        ],
        null,
      ),
    ).toBeNull();
  });
});

describe('piecewiseLinear: the drawn target as a distribution', () => {
  const dist = piecewiseLinear(DRAWN_XS, BIMODAL);

  it('a triangle: pdf, exact cdf (piecewise quadratic), mean and variance in closed form', () => {
    // The triangle on [0, 2] with its peak at 1: cdf(x) = x²/2 on [0, 1]; mean 1, variance 1/6.
    const t = piecewiseLinear([0, 1, 2], [0, 5, 0]); // any height: it is normalised
    expect(t.pdf(1)).toBeCloseTo(1, 15);
    expect(t.pdf(0.5)).toBeCloseTo(0.5, 15);
    expect(t.pdf(-0.1)).toBe(0);
    expect(t.pdf(2.1)).toBe(0);
    for (const x of [0, 0.1, 0.5, 0.9, 1]) expect(t.cdf(x)).toBeCloseTo((x * x) / 2, 15);
    for (const x of [1.2, 1.7, 2]) expect(t.cdf(x)).toBeCloseTo(1 - (2 - x) ** 2 / 2, 15);
    expect(t.cdf(-1)).toBe(0);
    expect(t.cdf(3)).toBe(1);
    expect(t.mean).toBeCloseTo(1, 15);
    expect(t.variance).toBeCloseTo(1 / 6, 15);
    expect(t.support).toEqual([0, 2]);
  });
  it('an asymmetric density: the moments by fine quadrature', () => {
    const d = piecewiseLinear([-1, 0, 0.5, 3], [0, 2, 1, 0.2]);
    let m0 = 0,
      m1 = 0,
      m2 = 0;
    const N = 400_000;
    const a = -1,
      b = 3,
      h = (b - a) / N;
    for (let i = 0; i < N; i++) {
      const x = a + (i + 0.5) * h;
      const p = d.pdf(x) * h;
      m0 += p;
      m1 += p * x;
      m2 += p * x * x;
    }
    expect(m0).toBeCloseTo(1, 9);
    expect(d.mean).toBeCloseTo(m1, 8);
    expect(d.variance).toBeCloseTo(m2 - m1 * m1, 8);
    // The cdf by hand: the area is 1 + 0.75 + 1.5 = 3.25; up to 0.25 it is 1 + ∫₀^0.25 (2 − 2x) dx.
    expect(d.cdf(0)).toBeCloseTo(1 / 3.25, 14);
    expect(d.cdf(0.25)).toBeCloseTo((1 + 0.5 - 0.0625) / 3.25, 14);
    expect(d.support).toEqual([-1, 3]);
  });
  it('the cdf is the running integral of the pdf (the drawn bimodal)', () => {
    let acc = 0;
    const N = 120_000;
    const h = 12 / N;
    for (let i = 0; i < N; i++) {
      const x = -6 + (i + 0.5) * h;
      acc += dist.pdf(x) * h;
      if (i % 10_000 === 9_999) expect(dist.cdf(-6 + (i + 1) * h)).toBeCloseTo(acc, 8);
    }
    expect(dist.cdf(6)).toBe(1);
  });
  it('1e5 draws by the inverse cdf match its mean and variance', () => {
    const rng = createRng(7);
    const n = 100_000;
    let s = 0,
      s2 = 0,
      lo = Infinity,
      hi = -Infinity;
    for (let i = 0; i < n; i++) {
      const x = dist.sample(rng);
      lo = Math.min(lo, x);
      hi = Math.max(hi, x);
      s += x;
      s2 += x * x;
    }
    expect(lo).toBeGreaterThanOrEqual(-6);
    expect(hi).toBeLessThanOrEqual(6);
    const mean = s / n;
    const variance = s2 / n - mean * mean;
    const se = Math.sqrt(dist.variance / n);
    expect(Math.abs(mean - dist.mean)).toBeLessThan(4 * se);
    // Var of the sample variance ≈ (μ4 − σ⁴)/n; μ4 ≤ 3σ⁴·2 is loose enough for this shape.
    expect(Math.abs(variance - dist.variance)).toBeLessThan(4 * Math.sqrt((5 * dist.variance ** 2) / n));
    expect(dist.mean).toBeCloseTo(0, 10); // symmetric
    expect(dist.variance).toBeCloseTo(4 + 0.36, 1);
  });
  it('draws land in each segment with its mass (a χ² check on 8 equal parts of x)', () => {
    const rng = createRng(11);
    const n = 80_000;
    const counts = new Array(8).fill(0);
    for (let i = 0; i < n; i++) counts[Math.min(7, Math.floor((dist.sample(rng) + 6) / 1.5))]++;
    let chi2 = 0;
    for (let j = 0; j < 8; j++) {
      const e = n * (dist.cdf(-6 + 1.5 * (j + 1)) - dist.cdf(-6 + 1.5 * j));
      if (e > 5) chi2 += (counts[j] - e) ** 2 / e;
    }
    expect(chi2).toBeLessThan(24); // χ²(7) at p = 0.001 is 24.3
  });
  it('binnedDensity of it integrates to 1 on the chart grid', () => {
    const b = binnedDensity(dist, CHART_GRID);
    expect(sum(b) * binWidth(CHART_GRID)).toBeCloseTo(1, 12);
  });
  it('refuses what is not a density', () => {
    expect(() => piecewiseLinear([0], [1])).toThrow(RangeError);
    expect(() => piecewiseLinear([0, 1], [0, 0])).toThrow(RangeError);
    expect(() => piecewiseLinear([0, 1], [1, -1])).toThrow(RangeError);
    expect(() => piecewiseLinear([1, 0], [1, 1])).toThrow(RangeError);
  });
});

describe('targetDistribution with targetKind drawn', () => {
  it('is the decoded drawing', () => {
    const s = normalizeSettings({ targetKind: 'drawn', drawnDensity: encodeDrawnDensity(BIMODAL) });
    const d = targetDistribution(s);
    const back = decodeDrawnDensity(s.drawnDensity)!;
    DRAWN_XS.forEach((x, k) => expect(d.pdf(x)).toBeCloseTo(back[k], 12));
    expect(d.components).toBeUndefined();
    expect(sum(binnedDensity(d, CHART_GRID)) * binWidth(CHART_GRID)).toBeCloseTo(1, 12);
  });
  it('without a drawing it is the mixture resampled on the knots', () => {
    const s = normalizeSettings({ targetKind: 'drawn', mean0: -1, std0: 0.8 });
    const d = targetDistribution(s);
    expect(d.mean).toBeCloseTo(-1, 3);
    expect(Math.sqrt(d.variance)).toBeCloseTo(Math.sqrt(0.64 + KNOT_SPACING ** 2 / 6), 2);
  });
});
