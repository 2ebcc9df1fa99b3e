// The Wasserstein-1 (earth mover's) distance between two densities on one grid (docs/theory.md §5.1).
// In 1-D it is the area between the two distribution functions: W1(P, Q) = ∫ |F_P(x) − F_Q(x)| dx.

/**
 * W1(P, Q) = ∫ |F_P − F_Q| dx for two bin-density arrays on the same grid (bin averages: P_k = p_k·Δx
 * is the mass of bin k), in units of x.
 *
 * Within a bin a bin-average density is constant, so F_P − F_Q is linear there, going from d0 at the
 * bin's left edge to d1 at its right edge; the integral of its absolute value over the bin is exact:
 * (|d0| + |d1|)/2·Δx when d0 and d1 have the same sign, and (d0² + d1²)/(2(|d0| + |d1|))·Δx when the
 * difference crosses 0 inside the bin. So the result is the exact W1 of the two binned distributions.
 *
 * Both distribution functions start at 0 at the grid's left edge: mass off the grid is not seen. If the
 * two masses on the grid differ (F_P − F_Q ≠ 0 at the right edge), W1 is not defined between them;
 * the function then still returns the integral above over the grid.
 */
export function wasserstein1(p: ArrayLike<number>, q: ArrayLike<number>, dx: number): number {
  if (p.length !== q.length) throw new RangeError(`wasserstein1: ${p.length} bins against ${q.length}`);
  let d0 = 0; // F_P − F_Q at the left edge of the current bin
  let sum = 0;
  for (let k = 0; k < p.length; k++) {
    const d1 = d0 + (p[k] - q[k]) * dx;
    const a0 = Math.abs(d0),
      a1 = Math.abs(d1);
    if (d0 * d1 >= 0) sum += 0.5 * (a0 + a1);
    else sum += (d0 * d0 + d1 * d1) / (2 * (a0 + a1));
    d0 = d1;
  }
  return sum * dx;
}
