// What became of each seed of an experiment, and the per-arm counts the Experiments view reads out
// ("JS < 0.01 now: k/N", "every mode held: k/N", the median steps to JS < 0.01). The rules are the
// convergence benchmark's (src/bench/convergence.ts), so the app and the README's tables agree.
import { pushforwardDensity } from './density';
import type { Distribution1D } from './distributions';
import { jsDivergence } from './divergences';
import { JS_THRESHOLD, SMALL_CHART_BINS, type SeedOutcome, type SeedReading } from './experiment';
import { binWidth, CHART_GRID } from './grid';
import { COLLAPSE_FRACTION, isCollapsed, modeMasses } from './modeMass';

/** One model's numbers at a check: what a SeedReading holds besides its seed, outcome and history. */
export interface SeedNumbers {
  /** JS(p_data‖p_model) in nats; NaN when G gave a non-finite value (the model diverged). */
  js: number;
  /** Each mode's captured mass / its target weight (mixtures of ≥ 2 modes; else empty). NaN once diverged. */
  modeShares: number[];
  /** Every mode keeps ≥ COLLAPSE_FRACTION of its weight (null: not a mixture of ≥ 2 modes). */
  modesHeld: boolean | null;
  /** p_model on SMALL_CHART_BINS bins over CHART_GRID's range (zeros once diverged). */
  density: Float32Array;
}

/**
 * One model's numbers from its G at the z grid's edges (noiseQuantileEdges, as the playground uses),
 * on CHART_GRID like the playground's analysis: the pushforward p_model, JS against `pData`
 * (binnedDensity(target, CHART_GRID)), the per-mode mass of the target's components, and a coarse
 * p_model for the small chart.
 */
export function seedNumbers(
  gAtZEdges: ArrayLike<number>,
  pData: ArrayLike<number>,
  target: Distribution1D,
): SeedNumbers {
  const components = target.components ?? [];
  let finite = true;
  for (let i = 0; i < gAtZEdges.length && finite; i++) finite = Number.isFinite(gAtZEdges[i]);
  if (!finite) {
    // A NaN in G would only "escape" the grid and leave a finite JS: it is a diverged model instead.
    const modes = components.length >= 2 ? components.length : 0;
    return {
      js: NaN,
      modeShares: Array.from({ length: modes }, () => NaN),
      modesHeld: modes > 0 ? false : null,
      density: new Float32Array(SMALL_CHART_BINS),
    };
  }
  const { density: pModel } = pushforwardDensity(gAtZEdges, CHART_GRID);
  const modes = modeMasses(components, pModel, CHART_GRID);
  return {
    js: jsDivergence(pData, pModel, binWidth(CHART_GRID)),
    modeShares: modes.map((m) => m.mass / m.weight),
    modesHeld: modes.length > 0 ? modes.every((m) => !isCollapsed(m)) : null,
    density: coarsen(pModel, SMALL_CHART_BINS),
  };
}

/** Bin averages on `bins` coarser bins of the same range (the fine bins must divide evenly). */
function coarsen(fine: Float64Array, bins: number): Float32Array {
  const per = fine.length / bins;
  if (!Number.isInteger(per)) throw new RangeError(`coarsen: ${fine.length} bins do not split into ${bins}`);
  const out = new Float32Array(bins);
  for (let k = 0; k < bins; k++) {
    let sum = 0;
    for (let j = 0; j < per; j++) sum += fine[k * per + j];
    out[k] = sum / per;
  }
  return out;
}

/**
 * What became of a seed, first match wins: diverged (JS not finite) > converged (JS < JS_THRESHOLD
 * now) > collapsed (some mode below COLLAPSE_FRACTION of its weight) > held (a mixture, every mode
 * held) > open (none of these yet).
 */
export function seedOutcome(r: { js: number; modeShares: number[] }): SeedOutcome {
  if (!Number.isFinite(r.js)) return 'diverged';
  if (r.js < JS_THRESHOLD) return 'converged';
  if (r.modeShares.some((share) => share < COLLAPSE_FRACTION)) return 'collapsed';
  if (r.modeShares.length > 0) return 'held';
  return 'open';
}

/** One arm's counts over its seeds. */
export interface ArmCounts {
  seeds: number;
  /** Seeds with JS < JS_THRESHOLD now. */
  converged: number;
  /** Seeds whose every mode is held now; null when no seed has modes (one Gaussian, uniform, drawn). */
  held: number | null;
  /**
   * The median over all seeds of the first checked step with JS < JS_THRESHOLD (a seed that never
   * reached it counts as later than any); null unless more than half of the seeds reached it.
   */
  medianStepsToReach: number | null;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export function armCounts(seeds: readonly SeedReading[]): ArmCounts {
  const reached = seeds.filter((r) => r.reachedAt !== null).length;
  const withModes = seeds.some((r) => r.modesHeld !== null);
  return {
    seeds: seeds.length,
    converged: seeds.filter((r) => r.js < JS_THRESHOLD).length,
    held: withModes ? seeds.filter((r) => r.modesHeld === true).length : null,
    medianStepsToReach: reached > seeds.length / 2 ? median(seeds.map((r) => r.reachedAt ?? Infinity)) : null,
  };
}

/** A count as the view and the issue write it: "11/16". */
export const countText = (k: number, n: number): string => `${k}/${n}`;
