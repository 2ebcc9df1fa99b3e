import { describe, expect, it } from 'vitest';
import { columnDecimate } from './columnDecimate';

interface P {
  step: number;
  v: number;
}
const px = (p: P) => p.step / 100; // 100 steps per pixel column
const py = (p: P) => p.v;
const finite = (p: P) => Number.isFinite(p.v);

/** Per column of the points that are drawn: [lowest y, highest y]. */
function extremes(points: readonly P[]): Map<number, [number, number]> {
  const m = new Map<number, [number, number]>();
  for (const p of points.filter(finite)) {
    const c = Math.floor(px(p));
    const [lo, hi] = m.get(c) ?? [Infinity, -Infinity];
    m.set(c, [Math.min(lo, p.v), Math.max(hi, p.v)]);
  }
  return m;
}

/** Runs of consecutive drawn points (what d3's line.defined draws as separate pieces). */
const pieces = (points: readonly P[]) =>
  points.reduce((n, p, i) => n + (finite(p) && (i === 0 || !finite(points[i - 1])) ? 1 : 0), 0);

describe('columnDecimate', () => {
  const noisy: P[] = Array.from({ length: 40_000 }, (_, i) => ({
    step: i,
    v: Math.sin(i / 37) * 50 + ((i * 7919) % 13),
  }));

  it('keeps at most four points per pixel column, in order', () => {
    const out = columnDecimate(noisy, px, py, finite);
    expect(out.length).toBeLessThanOrEqual(4 * 400);
    expect(out.length).toBeGreaterThanOrEqual(2 * 400);
    for (let i = 1; i < out.length; i++) expect(out[i].step).toBeGreaterThan(out[i - 1].step);
  });

  it('keeps every column’s lowest and highest point and the first and last point', () => {
    const out = columnDecimate(noisy, px, py, finite);
    expect(extremes(out)).toEqual(extremes(noisy));
    expect(out[0]).toBe(noisy[0]);
    expect(out[out.length - 1]).toBe(noisy[noisy.length - 1]);
  });

  it('keeps a lone spike', () => {
    const flat = Array.from({ length: 5000 }, (_, i) => ({ step: i, v: i === 2345 ? 999 : 1 }));
    const out = columnDecimate(flat, px, py, finite);
    expect(out.some((p) => p.v === 999)).toBe(true);
  });

  it('keeps the gaps: the same pieces of line, one gap point for a run of them', () => {
    const gappy = noisy.map((p) => (Math.floor(p.step / 3000) % 4 === 1 ? { ...p, v: NaN } : p));
    const out = columnDecimate(gappy, px, py, finite);
    expect(pieces(out)).toBe(pieces(gappy));
    expect(pieces(out)).toBeGreaterThan(3);
    for (let i = 1; i < out.length; i++) expect(finite(out[i]) || finite(out[i - 1])).toBe(true);
    expect(extremes(out)).toEqual(extremes(gappy));
  });

  it('leaves a line with fewer points than columns as it is', () => {
    const sparse = Array.from({ length: 50 }, (_, i) => ({ step: i * 800, v: i % 3 }));
    expect(columnDecimate(sparse, px, py, finite)).toEqual(sparse);
  });
});
