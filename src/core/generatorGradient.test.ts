import { describe, expect, it } from 'vitest';
import { binCenters, binWidth, CHART_GRID } from './grid';
import {
  arrowPositions,
  GENERATOR_COSTS,
  generatorArrows,
  generatorCost,
  generatorPush,
  logit,
  logitAndSlope,
  sigmoid,
} from './generatorGradient';

const xs = binCenters(CHART_GRID);
const dx = binWidth(CHART_GRID);
const onGrid = (f: (x: number) => number) => Float64Array.from(xs, f);

describe('the logit and its slope on the grid', () => {
  it('recovers ℓ′ = a exactly for D = σ(a·x + b)', () => {
    for (const [a, b] of [
      [1.7, -0.4],
      [-0.6, 2],
      [0.2, 0],
    ]) {
      const { l, slope } = logitAndSlope(
        onGrid((x) => sigmoid(a * x + b)),
        dx,
      );
      for (let k = 0; k < xs.length; k += 37) {
        expect(l[k]).toBeCloseTo(a * xs[k] + b, 9);
        expect(slope[k]).toBeCloseTo(a, 6);
      }
      expect(slope[0]).toBeCloseTo(a, 6);
      expect(slope[xs.length - 1]).toBeCloseTo(a, 6);
    }
  });

  it('matches the analytic ℓ′ of a curved logit to O(Δx²)', () => {
    const ell = (x: number) => Math.sin(x) + 0.3 * x;
    const { slope } = logitAndSlope(
      onGrid((x) => sigmoid(ell(x))),
      dx,
    );
    for (let k = 1; k < xs.length - 1; k += 13) expect(Math.abs(slope[k] - (Math.cos(xs[k]) + 0.3))).toBeLessThan(2e-4);
  });

  it('clamps D = 0 and D = 1 to finite logits', () => {
    expect(Number.isFinite(logit(0))).toBe(true);
    expect(Number.isFinite(logit(1))).toBe(true);
    expect(logit(0.5)).toBe(0);
  });
});

describe('the three arrows: −∂J/∂x per sample', () => {
  // A curved discriminator: ℓ(x) = 1.5 sin(x) − 0.2x² + 0.4, ℓ′ known in closed form.
  const ell = (x: number) => 1.5 * Math.sin(x) - 0.2 * x * x + 0.4;
  const ellSlope = (x: number) => 1.5 * Math.cos(x) - 0.4 * x;

  it('each formula equals minus the finite difference of its cost in x', () => {
    const h = 1e-5;
    for (const cost of GENERATOR_COSTS)
      for (const x of [-4.2, -2, -0.7, 0, 0.9, 2.5, 3.3]) {
        const fd = -(generatorCost(cost, ell(x + h)) - generatorCost(cost, ell(x - h))) / (2 * h);
        expect(generatorPush(cost, ell(x), ellSlope(x))).toBeCloseTo(fd, 6);
      }
  });

  it('the costs are the ones of §6.5 and Goodfellow 2016 §3.2.3', () => {
    for (const d of [0.01, 0.3, 0.5, 0.9]) {
      const l = logit(d);
      expect(generatorCost('non-saturating', l)).toBeCloseTo(-0.5 * Math.log(d), 12);
      expect(generatorCost('minimax', l)).toBeCloseTo(0.5 * Math.log(1 - d), 12);
      expect(generatorCost('maximum-likelihood', l)).toBeCloseTo(-0.5 * (d / (1 - d)), 12);
    }
  });

  it('on the grid: the arrows agree with a finite difference of each cost along the grid', () => {
    const d = onGrid((x) => sigmoid(ell(x)));
    const points = [-3.1, -1.23, 0.05, 1.7, 2.95];
    const arrows = generatorArrows(d, CHART_GRID, points);
    for (const cost of GENERATOR_COSTS)
      arrows.forEach((a, i) => {
        const x = points[i];
        const fd = -(generatorCost(cost, ell(x + dx)) - generatorCost(cost, ell(x - dx))) / (2 * dx);
        expect(Math.abs(a.push[cost] - fd)).toBeLessThan(2e-3 * Math.max(1, Math.abs(fd)));
      });
  });

  it('where D → 0 the minimax arrow vanishes and the non-saturating one tends to ½ℓ′ (saturation)', () => {
    const slope = 2;
    for (const l of [-8, -12, -16]) {
      const d = sigmoid(l);
      expect(generatorPush('minimax', l, slope)).toBeCloseTo(0.5 * d * slope, 15);
      expect(generatorPush('minimax', l, slope)).toBeLessThan(1e-3);
      expect(generatorPush('non-saturating', l, slope)).toBeCloseTo(0.5 * slope, 3);
    }
    // On the grid: D = σ(2x − 14) is ≈ 0 for x ≲ 3.
    const arrows = generatorArrows(
      onGrid((x) => sigmoid(2 * x - 14)),
      CHART_GRID,
      [-1, 0, 1],
    );
    for (const a of arrows) {
      expect(a.push.minimax).toBeLessThan(1e-3);
      expect(a.push['non-saturating']).toBeCloseTo(1, 3);
    }
  });

  it('maximum likelihood: ½ e^ℓ ℓ′ = ½ D/(1 − D) ℓ′; at D = ½ it is ½ℓ′, twice the other two (¼ℓ′)', () => {
    for (const [l, s] of [
      [-1, 0.7],
      [0.4, -1.3],
      [2, 3],
    ]) {
      expect(generatorPush('maximum-likelihood', l, s)).toBeCloseTo(0.5 * Math.exp(l) * s, 12);
      const d = sigmoid(l);
      expect(generatorPush('maximum-likelihood', l, s)).toBeCloseTo((0.5 * d * s) / (1 - d), 10);
    }
    expect(generatorPush('non-saturating', 0, 3)).toBeCloseTo(0.75, 12);
    expect(generatorPush('minimax', 0, 3)).toBeCloseTo(0.75, 12);
    expect(generatorPush('maximum-likelihood', 0, 3)).toBeCloseTo(1.5, 12);
  });

  it('arrows point towards higher D (towards "real") for every cost', () => {
    const arrows = generatorArrows(
      onGrid((x) => sigmoid(-x)),
      CHART_GRID,
      [-1, 0, 1],
    );
    for (const a of arrows) for (const cost of GENERATOR_COSTS) expect(a.push[cost]).toBeLessThan(0);
  });
});

describe('arrowPositions', () => {
  it('spreads n points over the central mass of p_model', () => {
    const p = onGrid((x) => Math.exp(-0.5 * (x - 1) ** 2) / Math.sqrt(2 * Math.PI));
    const pts = arrowPositions(p, CHART_GRID, { n: 25 });
    expect(pts).toHaveLength(25);
    // The 0.5% and 99.5% quantiles of N(1, 1): 1 ∓ 2.576.
    expect(pts[0]).toBeCloseTo(1 - 2.576, 2);
    expect(pts[24]).toBeCloseTo(1 + 2.576, 2);
  });

  it('uses fewer points on a narrow p_model, and none without mass', () => {
    const narrow = onGrid((x) => (Math.abs(x - 0.5) < 0.1 ? 5 : 0));
    const pts = arrowPositions(narrow, CHART_GRID, { n: 25, minGap: 0.15 });
    expect(pts.length).toBeGreaterThanOrEqual(1);
    expect(pts.length).toBeLessThanOrEqual(2);
    expect(arrowPositions(new Float64Array(CHART_GRID.bins), CHART_GRID)).toEqual([]);
  });
});
