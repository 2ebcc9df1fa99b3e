import { describe, expect, it } from 'vitest';
import { binCenters, binEdges, binIndex, CHART_GRID, type XGrid } from './grid';

describe('binIndex', () => {
  const small: XGrid = { min: 0, max: 1, bins: 4 };

  it('finds the bin of every bin centre of the chart grid', () => {
    const centers = binCenters(CHART_GRID);
    centers.forEach((c, k) => expect(binIndex(CHART_GRID, c)).toBe(k));
  });

  it('puts a left edge in the bin it opens', () => {
    expect(binIndex(small, 0.25)).toBe(1);
    expect(binIndex(small, 0.2499)).toBe(0);
    const edges = binEdges(CHART_GRID);
    expect(binIndex(CHART_GRID, edges[1] + 1e-9)).toBe(1);
  });

  it('clamps values off the grid to the first and last bin', () => {
    expect(binIndex(small, -3)).toBe(0);
    expect(binIndex(small, 1)).toBe(3);
    expect(binIndex(small, 42)).toBe(3);
    expect(binIndex(CHART_GRID, CHART_GRID.max)).toBe(CHART_GRID.bins - 1);
  });
});
