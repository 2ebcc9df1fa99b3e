// The distance √(θ² + ψ²) to the equilibrium over the steps (and, optionally, how far an EMA of G is
// from the data), with a cursor at the step the animation has reached.
import { useMemo } from 'react';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { useT } from '../../state/language';
import { Axis, RefLine } from '../charts/Axis';
import { MARGIN } from '../charts/theme';
import { minus, niceCeil, stepTicks } from '../charts/scales';
import { DIRAC_COLORS } from './diracTheme';
import { PlotSvg } from '../charts/PlotSvg';

export interface DistanceChartProps {
  size: { width: number; height: number };
  distance: Float64Array;
  /** |θ̄|, the EMA of G's θ (its distance to the data), or null when not shown. */
  ema: Float64Array | null;
  /** Steps asked for (the axis' extent; a run that escaped is shorter). */
  steps: number;
  step: number;
}

export function DistanceChart({ size, distance, ema, steps, step }: DistanceChartProps) {
  const w = size.width - MARGIN.left - MARGIN.right;
  const h = size.height - MARGIN.top - MARGIN.bottom;
  const { x, y, yTicks, full, emaPath } = useMemo(() => {
    let max = 0;
    for (const d of distance) if (Number.isFinite(d)) max = Math.max(max, d);
    const x = scaleLinear().domain([0, steps]).range([0, w]);
    const y = scaleLinear()
      .domain([0, niceCeil(max * 1.05)])
      .range([h, 0]);
    const yTicks = y.ticks(Math.max(2, Math.floor(h / 45)));
    const path = (a: ArrayLike<number>) =>
      line<number>()
        .x((k) => x(k))
        .y((k) => y(Math.abs(a[k])))(Array.from({ length: a.length }, (_, k) => k)) ?? '';
    return { x, y, yTicks, full: path(distance), emaPath: ema ? path(ema) : null };
  }, [distance, ema, steps, w, h]);
  const shown = Math.min(step, distance.length - 1);
  const upto =
    line<number>()
      .x((k) => x(k))
      .y((k) => y(distance[k]))(Array.from({ length: shown + 1 }, (_, k) => k)) ?? '';
  const fmtY = y.tickFormat(yTicks.length);
  const t = useT();

  return (
    <PlotSvg size={size} label={t('theory.dirac.distance.aria')} testId="dirac-distance-chart">
      <Axis
        orient="bottom"
        scale={x}
        ticks={stepTicks(x, w)}
        format={String}
        label={t('theory.dirac.distance.stepAxis')}
        width={w}
        height={h}
      />
      <Axis
        orient="left"
        scale={y}
        ticks={yTicks}
        format={(v) => minus(fmtY(v))}
        label={t('theory.dirac.distance.distanceAxis')}
        width={w}
        height={h}
      />
      <RefLine
        y={y(distance[0])}
        width={w}
        label={t('theory.dirac.distance.start')}
        color={DIRAC_COLORS.reference}
        labelAt="left"
      />
      {emaPath && <path className="dirac-ema-line" d={emaPath} />}
      <path className="dirac-distance-full" d={full} />
      <path className="dirac-distance" d={upto} data-testid="dirac-distance-line" />
      {shown < distance.length - 1 && <line className="dirac-cursor" x1={x(shown)} x2={x(shown)} y1={0} y2={h} />}
    </PlotSvg>
  );
}
