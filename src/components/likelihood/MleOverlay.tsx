// The likelihood view's fit drawn on the playground's density chart, as a thin dashed line, when the
// setting showMleFit is on (the same samples, m, K and seed as in the view). The fitting code
// (useLikelihood.ts and core/likelihood.ts) loads when the setting is first on: the first screen
// seldom shows the fit.
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useScope, useSetting } from '../../state/context';
import { useT } from '../../state/language';
import type { LegendItem } from '../charts/Legend';
import { gridLine } from '../charts/scales';
import { FIT_COLOR } from './theme';

type Fitting = typeof import('./useLikelihood');
/** The fitting code, once loaded (the page's other density charts then draw the fit at once). */
let loadedFitting: Fitting | null = null;

/** The fitting code when `needed` (null while it loads). */
function useFitting(needed: boolean): Fitting | null {
  const [fitting, setFitting] = useState(loadedFitting);
  useEffect(() => {
    if (!needed || fitting) return;
    let mounted = true;
    void import('./useLikelihood').then((m) => {
      loadedFitting = m;
      if (mounted) setFitting(m);
    });
    return () => {
      mounted = false;
    };
  }, [needed, fitting]);
  return fitting;
}

export interface MleOverlayData {
  /** The fit on the grid (bin averages). */
  density: Float64Array;
  legend: LegendItem;
}

/** The fit and its legend entry when the setting showMleFit is on, else null. */
export function useMleOverlay(): MleOverlayData | null {
  const show = useSetting('showMleFit');
  const m = useSetting('likelihoodSamples');
  const K = useSetting('likelihoodComponents');
  const seed = useSetting('likelihoodSeed');
  // Deferred: while a target handle is dragged, the refit waits for idle time.
  const target = useDeferredValue(useScope('target'));
  const fitting = useFitting(show);
  const t = useT();
  return useMemo(
    () =>
      show && fitting
        ? {
            density: fitting.fitFor(fitting.targetFor(target), m, K, seed).density,
            legend: { label: t('chart.mleOverlay.legend', { K, m }), color: FIT_COLOR, kind: 'dashed' },
          }
        : null,
    [show, fitting, target, m, K, seed, t],
  );
}

export function MleOverlay({
  density,
  x,
  y,
}: {
  density: Float64Array;
  x: (v: number) => number;
  y: (v: number) => number;
}) {
  const t = useT();
  const d = gridLine(x, y, density);
  return (
    <path
      d={d}
      fill="none"
      style={{ stroke: FIT_COLOR }}
      strokeWidth={1.75}
      strokeDasharray="6 4"
      pointerEvents="none"
      data-testid="mle-overlay"
    >
      <title>{t('chart.mleOverlay.title')}</title>
    </path>
  );
}
