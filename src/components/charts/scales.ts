// Small helpers shared by the charts.
import { area, line } from 'd3-shape';
import { binCenters, binEdges, binIndex, CHART_GRID } from '../../core/grid';
import type { HistoryPoint } from '../../core/protocol';
import { columnDecimate } from './columnDecimate';

export const X_CENTERS = binCenters(CHART_GRID);
export const X_EDGES = binEdges(CHART_GRID);
export const X_DOMAIN: [number, number] = [CHART_GRID.min, CHART_GRID.max];
export const X_TICKS = [-6, -4, -2, 0, 2, 4, 6];
export const formatX = (v: number) => (v < 0 ? `−${-v}` : String(v));

type Scale = (v: number) => number;

/** The SVG path of values on the grid's bin centres (density, D, …) as a line; non-finite values are gaps. */
export const gridLine = (x: Scale, y: Scale, values: ArrayLike<number>): string =>
  line<number>()
    .defined((v) => Number.isFinite(v))
    .x((_, i) => x(X_CENTERS[i]))
    .y((v) => y(v))(Array.from(values)) ?? '';

/**
 * The SVG path of one series over the training steps, thinned to the pixel columns it spans
 * (columnDecimate); points where `drawn` is false are gaps.
 */
export function historyLine(
  points: readonly HistoryPoint[],
  x: Scale,
  y: (p: HistoryPoint) => number,
  drawn: (p: HistoryPoint) => boolean,
): string {
  const px = (p: HistoryPoint) => x(p.step);
  return line<HistoryPoint>().defined(drawn).x(px).y(y)(columnDecimate(points, px, y, drawn)) ?? '';
}

/** The same as an area down to the pixel row `baseline` (the x-axis). */
export const gridArea = (x: Scale, y: Scale, values: ArrayLike<number>, baseline: number): string =>
  area<number>()
    .x((_, i) => x(X_CENTERS[i]))
    .y0(baseline)
    .y1((v) => y(v))(Array.from(values)) ?? '';

/** A "nice" upper bound: 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10^k at or above v. */
export function niceCeil(v: number): number {
  if (!(v > 0) || !Number.isFinite(v)) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (m * p >= v * (1 - 1e-9)) return m * p;
  return 10 * p;
}

/** Minus signs as in print (−2, not -2). */
export const minus = (s: string) => s.replace(/^-/, '−');

export function maxOf(a: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) if (a[i] > m && Number.isFinite(a[i])) m = a[i];
  return m;
}

/** Indices of the bins holding the given x values (for the screen-reader tables). */
export const sampleIndices = (xs: readonly number[]) => xs.map((x) => binIndex(CHART_GRID, x));

/** Step ticks for a history axis, about one per 90 px. */
export function stepTicks(x: { ticks(n: number): number[] }, width: number): number[] {
  return x.ticks(Math.max(2, Math.floor(width / 90)));
}
