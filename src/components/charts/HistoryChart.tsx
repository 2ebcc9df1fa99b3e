// The plot of a few series over the training steps (divergences, losses): d3 builds the scales, ticks and
// paths, React draws them.
import { scaleLinear, scaleSymlog, type ScaleContinuousNumeric } from 'd3-scale';
import type { HistoryPoint } from '../../core/protocol';
import { useT } from '../../state/language';
import { Axis, RefLine } from './Axis';
import { CursorLayer, historyReading, useChartCursor, type ReadoutSeries } from './ChartCursor';
import { COLORS, MARGIN } from './theme';
import { historyLine, stepTicks } from './scales';

/** Pixels at the top of the plot where ∞ values are drawn. */
const INF_BAND = 18;
/** Ticks keep this far below the ∞ band so their text does not run into its label. */
const INF_BAND_TICK_GAP = 14;

export interface HistorySeries {
  /** Names the series (the React key and data-series, the same in every language; unique within a chart). */
  name: string;
  /** The name the hover readout shows, when it differs by language. */
  label?: string;
  value: (p: HistoryPoint) => number;
  color: string;
  width: number;
}

/** A labelled horizontal line at a y value (e.g. log 2). */
interface HistoryReference {
  value: number;
  label: string;
  color: string;
}

type YScale = ScaleContinuousNumeric<number, number>;

interface YTicks {
  values: number[];
  format: (v: number) => string;
}

type HistoryYAxis = {
  domain: readonly [number, number];
  label: string;
  /** Tick values and text for the built scale; no tick should sit above `minTickY` (pixels from the top). */
  ticks: (y: YScale, plot: { height: number; minTickY: number }) => YTicks;
} & (
  | { type: 'linear' }
  | { type: 'symlog'; /** The scale is linear within ±constant, logarithmic beyond. */ constant: number }
);

export interface HistoryChartProps {
  size: { width: number; height: number };
  points: readonly HistoryPoint[];
  /** Drawn in this order: the last one on top. */
  series: readonly HistorySeries[];
  y: HistoryYAxis;
  references?: readonly HistoryReference[];
  /** Reserve a row at the top for ∞ values, drawn there instead of leaving a gap. */
  infinityBand?: boolean;
  /** Shown while there are no points; `dy` moves it down from the centre (e.g. off a reference line). */
  emptyNote: { text: string; dy?: number };
  ariaLabel: string;
  testId: string;
  /** Values the hover readout lists after the series, without a line here (e.g. W1, drawn by its own overlay). */
  readoutExtras?: readonly ReadoutSeries[];
}

export function HistoryChart({
  size,
  points,
  series,
  y: yAxis,
  references = [],
  infinityBand = false,
  emptyNote,
  ariaLabel,
  testId,
  readoutExtras = [],
}: HistoryChartProps) {
  const cursor = useChartCursor();
  const t = useT();
  const w = size.width - MARGIN.left - MARGIN.right;
  const h = size.height - MARGIN.top - MARGIN.bottom;
  const lastStep = points.length ? points[points.length - 1].step : 0;
  const x = scaleLinear()
    .domain([0, Math.max(10, lastStep)])
    .range([0, w])
    .nice();
  const yRange = [h, infinityBand ? INF_BAND : 0];
  const y: YScale =
    yAxis.type === 'symlog'
      ? scaleSymlog().constant(yAxis.constant).domain(yAxis.domain).range(yRange).clamp(true)
      : scaleLinear().domain(yAxis.domain).range(yRange).clamp(true);
  const yTicks = yAxis.ticks(y, { height: h, minTickY: infinityBand ? INF_BAND + INF_BAND_TICK_GAP : -1 });

  // Without the band an infinite value is a gap in the line, like NaN.
  const drawn = (v: number) => (infinityBand ? !Number.isNaN(v) : Number.isFinite(v));
  const yOf = (v: number) => (Number.isFinite(v) ? y(v) : INF_BAND / 2 - 2);
  const path = (value: HistorySeries['value']) =>
    historyLine(
      points,
      x,
      (p) => yOf(value(p)),
      (p) => drawn(value(p)),
    );

  return (
    <svg
      width={size.width}
      height={size.height}
      role="img"
      aria-label={ariaLabel}
      data-testid={testId}
      {...cursor.svgProps}
    >
      <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
        <Axis
          orient="left"
          scale={y}
          ticks={yTicks.values}
          format={yTicks.format}
          label={yAxis.label}
          width={w}
          height={h}
        />
        <Axis
          orient="bottom"
          scale={x}
          ticks={stepTicks(x, w)}
          format={(v) => String(v)}
          label={t('chart.axis.trainingStep')}
          width={w}
          height={h}
        />
        {infinityBand && (
          <g className="inf-band">
            <line
              x1={0}
              x2={w}
              y1={INF_BAND}
              y2={INF_BAND}
              style={{ stroke: COLORS.reference }}
              strokeDasharray="1 3"
            />
            <text x={-9} y={INF_BAND / 2} dy="0.34em" textAnchor="end" className="inf-label">
              ∞
            </text>
          </g>
        )}
        {references.map((r) => (
          <RefLine key={r.label} y={y(r.value)} width={w} label={r.label} color={r.color} />
        ))}
        {series.map((s) => (
          <path
            key={s.name}
            data-series={s.name}
            d={path(s.value)}
            fill="none"
            style={{ stroke: s.color }}
            strokeWidth={s.width}
            strokeLinejoin="round"
          />
        ))}
        <CursorLayer
          cursor={cursor}
          width={w}
          height={h}
          testId={`cursor-${testId.replace(/^chart-/, '')}`}
          // The series on top (drawn last) first, as the eye reads the chart.
          read={(px) => historyReading(px, x, points, [...[...series].reverse(), ...readoutExtras], t)}
        />
        {points.length === 0 && (
          <text x={w / 2} y={h / 2 + (emptyNote.dy ?? 0)} textAnchor="middle" className="empty-note">
            {emptyNote.text}
          </text>
        )}
      </g>
    </svg>
  );
}
