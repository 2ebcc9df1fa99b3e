// The likelihood view's fit drawn on the playground's density chart, as a thin dashed line, when the
// setting showMleFit is on (the same samples, m, K and seed as in the view).
import { useDeferredValue, useMemo } from 'react';
import { useSetting } from '../../state/context';
import { useT } from '../../state/language';
import type { LegendItem } from '../charts/Legend';
import { gridLine } from '../charts/scales';
import { FIT_COLOR } from './theme';
import { fitFor, useTarget } from './useLikelihood';

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
  const target = useDeferredValue(useTarget());
  const t = useT();
  return useMemo(
    () =>
      show
        ? {
            density: fitFor(target, m, K, seed).density,
            legend: { label: t('theory.likelihood.overlay.legend', { K, m }), color: FIT_COLOR, kind: 'dashed' },
          }
        : null,
    [show, target, m, K, seed, t],
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
      <title>{t('theory.likelihood.overlay.title')}</title>
    </path>
  );
}
