// Small helpers shared by the charts.
import { binCenters, CHART_GRID } from '../../core/grid';

export const X_CENTERS = binCenters(CHART_GRID);
export const X_DOMAIN: [number, number] = [CHART_GRID.min, CHART_GRID.max];
export const X_TICKS = [-6, -4, -2, 0, 2, 4, 6];
export const formatX = (v: number) => (v < 0 ? `−${-v}` : String(v));

/** A "nice" upper bound: 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10^k at or above v. */
export function niceCeil(v: number): number {
  if (!(v > 0) || !Number.isFinite(v)) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (m * p >= v * (1 - 1e-9)) return m * p;
  return 10 * p;
}

/** A domain maximum that grows at once but shrinks only when far too large (no jitter while training). */
export function stickyMax(prev: number | undefined, needed: number): number {
  const nice = niceCeil(needed);
  if (prev === undefined || needed > prev || needed < 0.55 * prev) return nice;
  return prev;
}

/** Minus signs as in print (−2, not -2). */
export const minus = (s: string) => s.replace(/^-/, '−');

export function maxOf(a: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) if (a[i] > m && Number.isFinite(a[i])) m = a[i];
  return m;
}

/** Indices of bin centres closest to the given x values (for the screen-reader tables). */
export const sampleIndices = (xs: readonly number[]) =>
  xs.map((x) =>
    Math.min(
      CHART_GRID.bins - 1,
      Math.max(0, Math.floor((x - CHART_GRID.min) / ((CHART_GRID.max - CHART_GRID.min) / CHART_GRID.bins))),
    ),
  );

/** Step ticks for a history axis, about one per 90 px. */
export function stepTicks(x: { ticks(n: number): number[] }, width: number): number[] {
  return x.ticks(Math.max(2, Math.floor(width / 90)));
}
