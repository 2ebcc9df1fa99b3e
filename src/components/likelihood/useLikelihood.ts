// The likelihood view's numbers, memoised at module level so that the view and the playground's
// overlay share one fit, and the KL-against-m sweep, computed in slices so that no task blocks the page.
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { binnedDensity } from '../../core/density';
import { targetDistribution, type Distribution1D } from '../../core/distributions';
import { CHART_GRID } from '../../core/grid';
import { likelihoodFit, targetEntropy, type LikelihoodFit } from '../../core/likelihood';
import { SWEEP_RESAMPLES, SWEEP_SIZES, sweepKl, sweepPoint, type SweepPoint } from '../../core/likelihoodSweep';
import { scopeKey, type KeysInScope, type Settings } from '../../core/settings';
import { useScope, useSetting } from '../../state/context';

type TargetSettings = Pick<Settings, KeysInScope<'target'>>;

export interface Target {
  key: string;
  dist: Distribution1D;
  pData: Float64Array;
  /** H(p_data) = −∫ p log p dx over the whole line (the integrals of KL(p_data ‖ fit)), nats. */
  entropy: number;
}

let targetCache: Target | null = null;
/** p_data on the grid for the target settings (one entry: the settings change rarely). */
export function targetFor(s: TargetSettings): Target {
  const key = scopeKey(s, 'target');
  if (targetCache?.key !== key) {
    const dist = targetDistribution(s);
    const pData = binnedDensity(dist, CHART_GRID);
    targetCache = { key, dist, pData, entropy: targetEntropy(dist) };
  }
  return targetCache;
}

const fitCache = new Map<string, LikelihoodFit>();
const FIT_CACHE_SIZE = 8;

/** The fit for (target, m, K, seed), from a small cache shared by the view and the overlay. */
export function fitFor(target: Target, m: number, K: number, seed: number): LikelihoodFit {
  const key = `${target.key}|${m}|${K}|${seed}`;
  let fit = fitCache.get(key);
  if (!fit) {
    fit = likelihoodFit(target.dist, CHART_GRID, m, K, seed);
    if (fitCache.size >= FIT_CACHE_SIZE) fitCache.delete(fitCache.keys().next().value!);
    fitCache.set(key, fit);
  }
  return fit;
}

export function useTarget(): Target {
  const s = useScope('target');
  return useMemo(() => targetFor(s), [s]);
}

export interface LikelihoodState {
  target: Target;
  m: number;
  K: number;
  seed: number;
  fit: LikelihoodFit;
  /** True while the numbers shown are for the previous m / K / seed (a slider is moving). */
  stale: boolean;
}

/**
 * The samples and the fit for the view's settings. m, K and the seed are deferred, so that a slider
 * moves at once and the fit (up to ~100 ms for m = 5000 and K = 3) follows when the page is idle.
 */
export function useLikelihood(): LikelihoodState {
  const target = useTarget();
  const m = useSetting('likelihoodSamples');
  const K = useSetting('likelihoodComponents');
  const seed = useSetting('likelihoodSeed');
  const dTarget = useDeferredValue(target);
  const dm = useDeferredValue(m);
  const dK = useDeferredValue(K);
  const dSeed = useDeferredValue(seed);
  const fit = useMemo(() => fitFor(dTarget, dm, dK, dSeed), [dTarget, dm, dK, dSeed]);
  return {
    target: dTarget,
    m: dm,
    K: dK,
    seed: dSeed,
    fit,
    stale: dTarget !== target || dm !== m || dK !== K || dSeed !== seed,
  };
}

const sweepCache = new Map<string, SweepPoint[]>();
const SWEEP_CACHE_SIZE = 24;
/** A slice of the sweep runs for about this long before it yields to the page. */
const SLICE_MS = 12;

/**
 * KL(p_data ‖ fit) against m (SWEEP_SIZES, several resamples each) for the target and K: from the
 * cache, or computed a few sizes per task (small m first, so the curve grows from the left).
 */
export function useKlSweep(target: Target, K: number): { points: SweepPoint[]; done: boolean } {
  const key = `${target.key}|${K}`;
  const cached = sweepCache.get(key);
  const [partial, setPartial] = useState<{ key: string; points: SweepPoint[] }>({ key: '', points: [] });
  useEffect(() => {
    if (sweepCache.has(key)) return;
    const points: SweepPoint[] = [];
    let kls: number[] = [];
    let timer = 0;
    // One sample set per step, as many steps as fit in a slice; small m first.
    const slice = () => {
      const t0 = performance.now();
      const before = points.length;
      do {
        const m = SWEEP_SIZES[points.length];
        kls.push(sweepKl(target.dist, K, m, kls.length));
        if (kls.length === SWEEP_RESAMPLES) {
          points.push(sweepPoint(m, kls));
          kls = [];
        }
      } while (points.length < SWEEP_SIZES.length && performance.now() - t0 < SLICE_MS);
      if (points.length === SWEEP_SIZES.length) {
        if (sweepCache.size >= SWEEP_CACHE_SIZE) sweepCache.delete(sweepCache.keys().next().value!);
        sweepCache.set(key, points);
      } else timer = window.setTimeout(slice, 0);
      if (points.length > before) setPartial({ key, points: [...points] });
    };
    timer = window.setTimeout(slice, 0);
    return () => window.clearTimeout(timer);
  }, [key, target, K]);
  if (cached) return { points: cached, done: true };
  return { points: partial.key === key ? partial.points : [], done: false };
}
