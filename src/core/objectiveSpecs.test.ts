// What each objective's spec claims beyond its costs (those are checked in optimalDiscriminators.test.ts),
// against the maths: its equilibrium value, where its best D sits at equilibrium (the chart's reference
// line), that no D beats its best one, what it shows, and which objectives give G a push against D*.
import { describe, expect, it } from 'vitest';
import { binnedDensity } from './density';
import { gaussian, uniform, type Distribution1D } from './distributions';
import { binWidth, CHART_GRID, type XGrid } from './grid';
import { OBJECTIVES, rawOutput, shownOutput } from './objectives';
import { OBJECTIVE_SPECS } from './objectiveSpecs';

const FINE: XGrid = { min: -12, max: 12, bins: 4000 };
const DX = binWidth(FINE);
const on = (d: Distribution1D, grid: XGrid = FINE) => binnedDensity(d, grid);

/** A smooth bump on the grid's bin centres (a small change to an output). */
const bump = (grid: XGrid, centre: number, size: number) =>
  Float64Array.from({ length: grid.bins }, (_, k) => {
    const x = grid.min + (k + 0.5) * binWidth(grid);
    return size * Math.exp(-((x - centre) ** 2));
  });

describe.each(OBJECTIVES)('%s', (objective) => {
  const spec = OBJECTIVE_SPECS[objective];

  it('its equilibrium value is J(D*) at p_model = p_data, by the closed form and by quadrature', () => {
    for (const p of [on(gaussian(0, 1)), on(uniform(-1, 2)), on(gaussian(-2, 0.4))]) {
      expect(spec.closedForm(p, p, DX)).toBeCloseTo(spec.equilibrium, 9);
      expect(spec.expectedLoss(spec.optimalOutput(p, p, DX), p, p, DX)).toBeCloseTo(spec.equilibrium, 6);
    }
  });

  it('at equilibrium its best D lies on the chart’s reference line, inside the chart’s floor', () => {
    const p = on(gaussian(0.5, 1.2));
    const best = spec.optimalOutput(p, p, DX);
    let defined = 0;
    for (let k = 0; k < best.length; k++)
      if (p[k] > 0) {
        expect(best[k]).toBeCloseTo(spec.chart.reference, 12);
        defined++;
      }
    expect(defined).toBeGreaterThan(1000);
    const [lo, hi] = spec.chart.floor;
    expect(lo <= spec.chart.reference && spec.chart.reference <= hi).toBe(true);
  });

  it('no D does better than its best one (critics: over slopes at most 1)', () => {
    const p = on(gaussian(-0.5, 0.8)),
      q = on(gaussian(1, 1.3));
    const best = spec.optimalOutput(p, q, DX);
    const jStar = spec.expectedLoss(best, p, q, DX);
    expect(jStar).toBeCloseTo(spec.closedForm(p, q, DX), 3);
    // A critic stays 1-Lipschitz when scaled down; a discriminator may change anywhere (a probability
    // stays in (0, 1)).
    const others = spec.critic
      ? [0.9, 0.5, 0].map((s) => best.map((v) => s * v))
      : [-0.8, 0, 1.1].flatMap((c) =>
          [-0.2, 0.15].map((size) => {
            const b = bump(FINE, c, size);
            return best.map((v, k) =>
              spec.shown === 'probability' ? Math.min(0.999, Math.max(0.001, v + b[k])) : v + b[k],
            );
          }),
        );
    for (const d of others) expect(spec.expectedLoss(d, p, q, DX)).toBeGreaterThan(jStar - 1e-9);
  });

  it('shows D as it says: a probability in [0, 1], or the raw output itself; a critic centred', () => {
    const p = on(gaussian(0, 1)),
      q = on(gaussian(2, 0.7));
    const best = spec.optimalOutput(p, q, DX);
    for (const a of [-2.5, -0.3, 0, 0.8, 3]) {
      const shown = shownOutput(objective, a);
      if (spec.shown === 'probability') expect(shown > 0 && shown < 1).toBe(true);
      else expect(shown).toBe(a);
      expect(rawOutput(objective, shown)).toBeCloseTo(a, 6);
    }
    if (spec.shown === 'probability') expect(best.every((v) => Number.isNaN(v) || (v >= 0 && v <= 1))).toBe(true);
    let mean = 0,
      mass = 0;
    for (let k = 0; k < best.length; k++)
      if (Number.isFinite(best[k])) {
        mean += best[k] * (p[k] + q[k]);
        mass += p[k] + q[k];
      }
    expect(Math.abs(mean / mass) < 1e-9).toBe(spec.critic);
  });

  it('the generator loss changes G’s cost exactly when the objective lists that setting', () => {
    const { minimax, 'non-saturating': ns } = spec.generator;
    const differ = [-2, -0.5, 0.4, 1.5].some((a) => Math.abs(minimax.cost(a) - ns.cost(a)) > 1e-3);
    expect(differ).toBe(spec.settings.includes('generatorLoss'));
  });

  it('has a push against D* exactly when its best D is not flat where the model is, and the push is ∂ℓ_G(a*)/∂x', () => {
    const dx = binWidth(CHART_GRID);
    const p = on(gaussian(0, 1), CHART_GRID),
      q = on(gaussian(1.5, 1), CHART_GRID);
    const best = spec.optimalOutput(p, q, dx);
    // Bins around the model's bulk, away from the crossing of the two densities at x = 0.75.
    const bins = [1.5, 2, 2.5].map((x) => Math.round((x - CHART_GRID.min) / dx - 0.5));
    const flat = bins.every((k) => best[k + 1] === best[k - 1]);
    expect(spec.optimalGeneratorSlope === null).toBe(flat);
    if (!spec.optimalGeneratorSlope) return;
    for (const loss of ['non-saturating', 'minimax'] as const) {
      const slope = spec.optimalGeneratorSlope(loss, p, q, dx);
      const cost = (k: number) => spec.generator[loss].cost(rawOutput(objective, best[k]));
      for (const k of bins) {
        const byDifference = (cost(k + 1) - cost(k - 1)) / (2 * dx);
        expect(Math.abs(slope[k] - byDifference), `${loss} at bin ${k}`).toBeLessThan(
          0.02 * Math.abs(byDifference) + 1e-9,
        );
      }
    }
  });
});
