// The training history the charts draw: every point the worker sends, thinned so that it never holds
// more than about `limit` points however long a run lasts (halve, then keep every 2nd, 4th, … point).
import type { HistoryPoint } from '../core/protocol';

const HISTORY_LIMIT = 4000;

export class HistoryBuffer {
  private points: HistoryPoint[] = [];
  private stride = 1;
  private strideCount = 0;
  runId = -1;

  constructor(private readonly limit = HISTORY_LIMIT) {}

  get all(): readonly HistoryPoint[] {
    return this.points;
  }

  /** Starts over, for a new run. */
  reset(runId: number): void {
    this.points = [];
    this.runId = runId;
    this.stride = 1;
    this.strideCount = 0;
  }

  append(points: readonly HistoryPoint[]): void {
    for (const p of points) {
      // A point that is not after the last one: a repeat (dropped) or a restart that kept the runId.
      const last = this.points[this.points.length - 1];
      if (last && p.step <= last.step) {
        if (p.step < last.step) this.reset(this.runId);
        else continue;
      }
      if (this.strideCount++ % this.stride !== 0) continue;
      this.points.push(p);
      if (this.points.length > this.limit) {
        this.points = this.points.filter((_, i) => i % 2 === 0);
        this.stride *= 2;
        this.strideCount = 1;
      }
    }
  }
}
