import { describe, expect, it } from 'vitest';
import { noiseDistribution, noiseQuantileEdges, normalQuantile, sampleNoise } from './noise';
import { normalCdf, normalPdf } from './distributions';
import { createRng } from './random';

const expectRel = (actual: number, expected: number, tol: number) =>
  expect(Math.abs(actual - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(tol * Math.abs(expected));

describe('normal quantile (Acklam + Halley)', () => {
  // p, Φ⁻¹(p) from mpmath (both branches of Acklam, the far tail, and the upper half)
  const table: [number, number][] = [
    [1e-300, -37.047096299361199],
    [1e-100, -21.273453560965324],
    [1e-20, -9.2623400897984076],
    [1e-10, -6.3613409024040562],
    [1e-6, -4.7534243088228989],
    [0.00025, -3.4807564043462128],
    [0.02, -2.0537489106318231],
    [0.02425, -1.9729610513118849],
    [0.3, -0.52440051270804078],
    [0.975, 1.9599639845400542], // 1 − 0.975 is off by 1e-15 relative: harmless here (φ is not small)
  ];
  // 1e-300 skips the Halley step (exp(x²/2) would overflow), so there only Acklam's 1.15e-9 holds.
  it.each(table)('Φ⁻¹(%d)', (p, x) => expectRel(normalQuantile(p), x, p === 1e-300 ? 1.2e-9 : 1e-14));
  it('edge cases', () => {
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(-0.1)).toBeNaN();
    expect(normalQuantile(1.1)).toBeNaN();
    expect(normalQuantile(NaN)).toBeNaN();
  });
  it('round-trips: quantile(cdf(x)) = x', () => {
    for (let x = -8; x <= 5; x += 0.37) {
      // above 0, cdf(x) rounds to a multiple of 2⁻⁵³, which the quantile then amplifies by 1/φ(x)
      const tol = x <= 0 ? 1e-13 : 2e-16 / normalPdf(x) + 1e-13;
      expect(Math.abs(normalQuantile(normalCdf(x)) - x), `x = ${x}`).toBeLessThanOrEqual(
        tol * Math.max(1, Math.abs(x)),
      );
    }
  });
  it('is odd: Φ⁻¹(1 − p) = −Φ⁻¹(p)', () => {
    // p with exactly representable complements, so the two calls see the same tail probability
    for (const p of [2 ** -20, 2 ** -10, 0.125, 0.25, 0.375]) expect(normalQuantile(1 - p)).toBe(-normalQuantile(p));
  });
});

describe('noise distributions', () => {
  it('uniform noise is U(−1, 1) with linear quantiles', () => {
    const u = noiseDistribution('uniform');
    expect(u.quantile(0)).toBe(-1);
    expect(u.quantile(0.25)).toBe(-0.5);
    expect(u.quantile(1)).toBe(1);
    expect(u.cdf(0.5)).toBe(0.75);
    expect(u.mean).toBe(0);
    expect(u.variance).toBeCloseTo(1 / 3, 15);
  });
  it('normal noise is N(0, 1)', () => {
    const n = noiseDistribution('normal');
    expect(n.mean).toBe(0);
    expect(n.variance).toBe(1);
    expect(n.quantile(0.975)).toBeCloseTo(1.959963984540054, 13);
  });
});

describe('noiseQuantileEdges', () => {
  it('normal: interior edges are the i/cells quantiles, finite ends cut at the tail’s mean', () => {
    const cells = 4000;
    const e = noiseQuantileEdges('normal', cells);
    expect(e.length).toBe(cells + 1);
    expect(e[cells / 2]).toBe(0);
    expect(e[1]).toBeCloseTo(-3.4807564043462128, 6); // float32
    expect(e.every((x, i) => i === 0 || x > e[i - 1])).toBe(true);
    // the cut: uniform on [e0, e1] has the mean of the tail E[z | z < e1] = −φ(e1)/Φ(e1)
    const e1 = -3.4807564043462128;
    const tailMean = -normalPdf(e1) / (1 / cells);
    expect((e[0] + e[1]) / 2).toBeCloseTo(tailMean, 5);
    expect(e[cells]).toBe(-e[0]);
    expect(Number.isFinite(e[0])).toBe(true);
  });
  it('each normal cell holds 1/cells of the probability', () => {
    const cells = 50;
    const e = noiseQuantileEdges('normal', cells);
    for (let i = 1; i + 1 < cells; i++) expect(normalCdf(e[i + 1]) - normalCdf(e[i])).toBeCloseTo(1 / cells, 6);
  });
  it('uniform: evenly spaced from −1 to 1', () => {
    const e = noiseQuantileEdges('uniform', 8);
    expect(Array.from(e)).toEqual([-1, -0.75, -0.5, -0.25, 0, 0.25, 0.5, 0.75, 1]);
  });
  it('rejects fewer than 2 cells', () => expect(() => noiseQuantileEdges('normal', 1)).toThrow());
});

describe('sampleNoise', () => {
  it('fills the buffer with the right distribution, reproducibly', () => {
    const n = 100_000;
    const a = new Float32Array(n),
      b = new Float32Array(n),
      u = new Float32Array(n);
    sampleNoise('normal', createRng(3), a);
    sampleNoise('normal', createRng(3), b);
    expect(a.every((x, i) => x === b[i])).toBe(true);
    const mean = a.reduce((s, x) => s + x, 0) / n;
    const variance = a.reduce((s, x) => s + x * x, 0) / n - mean * mean;
    expect(Math.abs(mean)).toBeLessThan(0.02); // SE 0.003
    expect(Math.abs(variance - 1)).toBeLessThan(0.03); // SE 0.0045
    sampleNoise('uniform', createRng(4), u);
    let lo = Infinity,
      hi = -Infinity;
    for (const x of u) {
      lo = Math.min(lo, x);
      hi = Math.max(hi, x);
    }
    expect(lo).toBeGreaterThanOrEqual(-1);
    expect(hi).toBeLessThan(1);
    const uMean = u.reduce((s, x) => s + x, 0) / n;
    expect(Math.abs(uMean)).toBeLessThan(0.01); // SE 0.0018
  });
});
