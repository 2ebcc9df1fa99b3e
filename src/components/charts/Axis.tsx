// One axis component for every chart: d3 computes the scale and the tick values, React draws them.
import { useLayoutEffect, useRef, useState } from 'react';
import type { ScaleLinear } from 'd3-scale';
import { useT } from '../../state/language';
import { formatX, minus, X_TICKS } from './scales';
import { COLORS, inkOf } from './theme';
import { VerticalAxisLabel } from './VerticalAxisLabel';
export interface AxisProps {
  orient: 'bottom' | 'left';
  /** Maps a data value to a pixel offset inside the plot area. */
  scale: (v: number) => number;
  ticks: readonly number[];
  format: (v: number) => string;
  label: string;
  /** Size of the plot area (the axis sits on its bottom or left edge). */
  width: number;
  height: number;
  /** Faint grid lines across the plot. */
  grid?: boolean;
}

/** The vertical axis name's baseline, left of the axis, when the tick labels leave room for it. */
const LEFT_LABEL_X = -44;
/** Space between the widest tick label and the name's glyphs. */
const LABEL_GAP = 5;

export function Axis({ orient, scale, ticks, format, label, width, height, grid = true }: AxisProps) {
  // A left axis's name sits at LEFT_LABEL_X, or further left when the tick labels are wider than usual
  // (long numbers, a projector's larger type), so the two never overlap.
  const leftRef = useRef<SVGGElement>(null);
  const [labelX, setLabelX] = useState(LEFT_LABEL_X);
  useLayoutEffect(() => {
    const el = leftRef.current;
    if (!el) return;
    let widest = 0;
    for (const t of el.querySelectorAll<SVGTextElement>('.tick-label'))
      if (typeof t.getBBox === 'function') widest = Math.max(widest, t.getBBox().width);
    const next = Math.min(LEFT_LABEL_X, -(9 + widest + LABEL_GAP));
    if (Math.abs(next - labelX) > 0.5) setLabelX(next);
  }, [ticks, width, height, labelX]);
  if (orient === 'bottom') {
    return (
      <g className="axis axis-bottom" transform={`translate(0,${height})`}>
        {ticks.map((t) => {
          const x = scale(t);
          return (
            <g key={t} transform={`translate(${x},0)`}>
              {grid && <line className="grid-line" y1={-height} y2={0} />}
              <line className="tick" y2={6} />
              <text y={20} textAnchor="middle">
                {format(t)}
              </text>
            </g>
          );
        })}
        <line className="domain" x1={0} x2={width} />
        <text className="axis-label" x={width / 2} y={36} textAnchor="middle">
          {label}
        </text>
      </g>
    );
  }
  return (
    <g className="axis axis-left" ref={leftRef}>
      {ticks.map((t) => {
        const y = scale(t);
        return (
          <g key={t} transform={`translate(0,${y})`}>
            {grid && <line className="grid-line" x1={0} x2={width} />}
            <line className="tick" x1={-6} x2={0} />
            <text className="tick-label" x={-9} dy="0.34em" textAnchor="end">
              {format(t)}
            </text>
          </g>
        );
      })}
      <line className="domain" y1={0} y2={height} />
      <VerticalAxisLabel x={labelX} height={height} turn={-90} label={label} />
    </g>
  );
}

/** A labelled horizontal reference line (e.g. log 2, ½). */
export function RefLine({
  y,
  width,
  label,
  color = COLORS.reference,
  dash = '6 4',
  labelAt = 'right',
}: {
  y: number;
  width: number;
  label: string;
  color?: string;
  dash?: string;
  labelAt?: 'left' | 'right';
}) {
  return (
    <g className="ref-line">
      <line x1={0} x2={width} y1={y} y2={y} style={{ stroke: color }} strokeWidth={1.5} strokeDasharray={dash} />
      <text
        x={labelAt === 'right' ? width - 4 : 4}
        y={y - 5}
        textAnchor={labelAt === 'right' ? 'end' : 'start'}
        style={{ fill: inkOf(color) }}
        className="ref-label"
      >
        {label}
      </text>
    </g>
  );
}

/** The axes of a density over x on the chart grid: density (ticks about every 45 px) and x ∈ [−6, 6]. */
export function DensityAxes({
  x,
  y,
  width,
  height,
}: {
  x: (v: number) => number;
  y: ScaleLinear<number, number>;
  width: number;
  height: number;
}) {
  const t = useT();
  const n = Math.max(2, Math.floor(height / 45));
  const yFormat = y.tickFormat(n);
  return (
    <>
      <Axis
        orient="left"
        scale={y}
        ticks={y.ticks(n)}
        format={(v) => minus(yFormat(v))}
        label={t('chart.axis.density')}
        width={width}
        height={height}
      />
      <Axis orient="bottom" scale={x} ticks={X_TICKS} format={formatX} label="x" width={width} height={height} />
    </>
  );
}
