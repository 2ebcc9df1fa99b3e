// The x-grid every chart and every integral shares: bins of equal width over a fixed range.

export interface XGrid {
  min: number;
  max: number;
  bins: number;
}

/** The chart's grid: [-6, 6] in 400 bins (Δx = 0.03). Targets live in [-5, 5] by construction. */
export const CHART_GRID: XGrid = { min: -6, max: 6, bins: 400 };

/** Equal-probability z cells pushed through G to get p_model (see density.ts). */
export const Z_CELLS = 4000;

export const binWidth = (g: XGrid): number => (g.max - g.min) / g.bins;

export function binCenters(g: XGrid): Float64Array {
  const dx = binWidth(g);
  return Float64Array.from({ length: g.bins }, (_, i) => g.min + (i + 0.5) * dx);
}

export function binEdges(g: XGrid): Float64Array {
  const dx = binWidth(g);
  return Float64Array.from({ length: g.bins + 1 }, (_, i) => g.min + i * dx);
}

/** The bin holding x; values off the grid fall into the first or the last bin. */
export function binIndex(g: XGrid, x: number): number {
  return Math.min(g.bins - 1, Math.max(0, Math.floor((x - g.min) / binWidth(g))));
}
