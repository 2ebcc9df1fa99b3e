// A long line thinned to what a screen can show: a history of 4,000 points drawn 400 px wide puts ten
// points in every pixel column, and building and painting them costs the main thread on every frame.
// Per column the first, lowest, highest and last point are kept, in order, so the drawn line (its
// spikes included) looks the same; gaps (points not drawn) stay gaps.

/**
 * The points of a line, at most four per pixel column of `px`, in their order. `py` is the pixel
 * height used to find each column's lowest and highest point; `drawn` false marks a gap.
 */
export function columnDecimate<T>(
  points: readonly T[],
  px: (p: T) => number,
  py: (p: T) => number,
  drawn: (p: T) => boolean,
): T[] {
  const out: T[] = [];
  let column = NaN;
  let bucket: { first: number; low: number; high: number; last: number } | null = null;
  let lowY = Infinity;
  let highY = -Infinity;
  const flush = () => {
    if (!bucket) return;
    // each kept index once, in the order of the points
    const kept = [...new Set([bucket.first, bucket.low, bucket.high, bucket.last])].sort((a, b) => a - b);
    for (const i of kept) out.push(points[i]);
    bucket = null;
  };
  let gapOpen = false;
  for (let i = 0; i < points.length; i++) {
    const p = points[i];
    if (!drawn(p)) {
      flush();
      // one gap point is enough to break the line
      if (!gapOpen) out.push(p);
      gapOpen = true;
      column = NaN;
      continue;
    }
    gapOpen = false;
    const c = Math.floor(px(p));
    const y = py(p);
    if (c !== column || !bucket) {
      flush();
      column = c;
      bucket = { first: i, low: i, high: i, last: i };
      lowY = y;
      highY = y;
      continue;
    }
    bucket.last = i;
    if (y < lowY) {
      lowY = y;
      bucket.low = i;
    }
    if (y > highY) {
      highY = y;
      bucket.high = i;
    }
  }
  flush();
  return out;
}
