// What became of a seed, and what an arm's seeds add up to. TEMPORARY minimal version for the ui
// branch (the link engineer's file, with the same signatures and tests, replaces it at merge).
import { JS_THRESHOLD, SMALL_CHART_BINS, type SeedOutcome, type SeedReading } from './experiment';
import type { Distribution1D } from './distributions';
import { binWidth, CHART_GRID } from './grid';
import { pushforwardDensity } from './density';
import { jsDivergence } from './divergences';
import { COLLAPSE_FRACTION, modeMasses } from './modeMass';

/** diverged > converged > collapsed > held > open (the rules of src/bench/convergence.ts). */
export function seedOutcome(r: { js: number; modeShares: number[] }): SeedOutcome {
  if (!Number.isFinite(r.js)) return 'diverged';
  if (r.js < JS_THRESHOLD) return 'converged';
  if (r.modeShares.some((s) => s < COLLAPSE_FRACTION)) return 'collapsed';
  if (r.modeShares.length >= 2) return 'held';
  return 'open';
}

export interface ArmCounts {
  seeds: number;
  converged: number;
  held: number | null;
  medianStepsToReach: number | null;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export function armCounts(seeds: readonly SeedReading[]): ArmCounts {
  const reached = seeds.filter((s) => s.reachedAt !== null).length;
  const withModes = seeds.filter((s) => s.modesHeld !== null);
  return {
    seeds: seeds.length,
    converged: seeds.filter((s) => s.js < JS_THRESHOLD).length,
    held: withModes.length ? withModes.filter((s) => s.modesHeld).length : null,
    medianStepsToReach:
      seeds.length && reached > seeds.length / 2 ? median(seeds.map((s) => s.reachedAt ?? Infinity)) : null,
  };
}

export const countText = (k: number, n: number): string => `${k}/${n}`;

/** One model's numbers from G at the z grid's edges: JS, each mode's share, and the small chart's density. */
export function seedNumbers(
  gAtZEdges: ArrayLike<number>,
  pData: Float64Array,
  target: Distribution1D,
): Pick<SeedReading, 'js' | 'modeShares' | 'modesHeld' | 'density'> {
  const { density: pModel } = pushforwardDensity(gAtZEdges, CHART_GRID);
  let finite = true;
  for (let i = 0; i < gAtZEdges.length && finite; i++) finite = Number.isFinite(gAtZEdges[i]);
  // A G that gives NaN or ∞ anywhere has diverged: its JS is NaN, not the JS of what is left.
  const js = finite ? jsDivergence(pData, pModel, binWidth(CHART_GRID)) : NaN;
  const modes = modeMasses(target.components ?? [], pModel, CHART_GRID);
  const modeShares = modes.map((m) => m.mass / m.weight);
  const per = CHART_GRID.bins / SMALL_CHART_BINS;
  const density = new Float32Array(SMALL_CHART_BINS);
  for (let i = 0; i < SMALL_CHART_BINS; i++) {
    let sum = 0;
    for (let j = 0; j < per; j++) sum += pModel[i * per + j];
    density[i] = sum / per;
  }
  return {
    js,
    modeShares,
    modesHeld: modeShares.length >= 2 ? modeShares.every((s) => s >= COLLAPSE_FRACTION) : null,
    density,
  };
}
