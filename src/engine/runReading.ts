// What a snapshot shows of a run, read from its GAN: G on the z grid and D on the x grid, analysed
// against the target, the latest batch's histogram and losses. NaN or Inf there means the run diverged.
import type { HistoryPoint, Snapshot } from '../core/protocol';
import { scopeKey, type TrainingSettings } from '../core/settings';
import { binCenters, CHART_GRID } from '../core/grid';
import { targetDistribution } from '../core/distributions';
import { analyze } from '../core/analysis';
import { binnedDensity, histogramDensity } from '../core/density';
import type { Losses } from './batchLosses';
import type { TfGan } from './tfGan';

/** The bin centres D is evaluated at (CHART_GRID). */
export const X_CENTERS = Float32Array.from(binCenters(CHART_GRID));

/** The part of a snapshot read from the run (the service adds the step, the rate and the history). */
export type RunReading = Pick<Snapshot, 'analysis' | 'batchHistogram' | 'zxMapping'> & { losses: Losses };

const allFinite = (a: ArrayLike<number>): boolean => {
  for (let i = 0; i < a.length; i++) if (!Number.isFinite(a[i])) return false;
  return true;
};

/** The z → x mapping view's 41 lines: every 100th of the 4,001 z-edges and G there (Snapshot.zxMapping). */
function mappingSubsample(zEdges: Float32Array, g: Float32Array): Snapshot['zxMapping'] {
  const lines = 41,
    every = (zEdges.length - 1) / (lines - 1);
  const z = Float64Array.from({ length: lines }, (_, i) => zEdges[Math.round(i * every)]);
  return { z, x: Float64Array.from({ length: lines }, (_, i) => g[Math.round(i * every)]) };
}

/** A history point of the reading at `step`. */
export function historyPoint(step: number, r: RunReading): HistoryPoint {
  const a = r.analysis;
  return {
    step,
    js: a.js,
    klForward: a.klForward.infinite ? Infinity : a.klForward.value,
    klReverse: a.klReverse.infinite ? Infinity : a.klReverse.value,
    w1: a.w1,
    lossD: r.losses.lossD,
    lossG: r.losses.lossG,
  };
}

export class RunReader {
  private targetCache: { key: string; pData: Float64Array } | null = null;

  /** p_data on the grid, recomputed only when the target changes (it is most of a snapshot's maths). */
  private targetDensity(settings: TrainingSettings): Float64Array {
    const key = scopeKey(settings, 'target');
    if (this.targetCache?.key !== key)
      this.targetCache = { key, pData: binnedDensity(targetDistribution(settings), CHART_GRID) };
    return this.targetCache.pData;
  }

  /**
   * Reads the run, or says where it diverged: in the weights (G or D not finite) or, once it has
   * trained (`started`), in the losses.
   */
  async read(
    gan: TfGan,
    settings: TrainingSettings,
    zEdges: Float32Array,
    started: boolean,
  ): Promise<RunReading | { diverged: 'losses' | 'weights' }> {
    const [{ g, d }, losses, fakes] = await Promise.all([
      gan.evaluate(zEdges, X_CENTERS),
      gan.losses(),
      gan.latestFakes(),
    ]);
    const weightsFinite = allFinite(g) && allFinite(d);
    if (!weightsFinite || (started && (!Number.isFinite(losses.lossD) || !Number.isFinite(losses.lossG))))
      return { diverged: weightsFinite ? 'losses' : 'weights' };
    const analysis = analyze({
      target: targetDistribution(settings),
      gAtZEdges: g,
      dAtCenters: d,
      grid: CHART_GRID,
      pData: this.targetDensity(settings),
      objective: settings.objective,
      optimalD: settings.optimalD,
    });
    return {
      analysis,
      batchHistogram: histogramDensity(fakes, CHART_GRID),
      zxMapping: mappingSubsample(zEdges, g),
      losses,
    };
  }
}
