// What the charts read of the training worker's snapshots: only the latest one, handed on at the next
// animation frame however many came in, and every history point (thinned by HistoryBuffer). The
// history charts move slowly (one point per snapshot on an axis of thousands of steps), so while the
// run goes on their data is handed on at most every HISTORY_MS; a stopped run's is handed on at once.
import type { HistoryPoint, Snapshot } from '../core/protocol';
import type { FrameScheduler } from './frame';
import { HistoryBuffer } from './historyBuffer';
import { createStore } from './store';

/** While training, the history charts are redrawn at most this often (ms). */
export const HISTORY_MS = 250;

export interface HistoryView {
  runId: number;
  /** Mutated in place by the feed; `version` changes whenever it does. */
  points: readonly HistoryPoint[];
  version: number;
}

export class SnapshotFeed {
  readonly snapshot = createStore<Snapshot | null>(null);
  readonly history = createStore<HistoryView>({ runId: -1, points: [], version: 0 });
  /** The newest snapshot received (it may not be drawn yet). */
  latest: Snapshot | null = null;
  private cancelFrame: (() => void) | null = null;
  private readonly buffer = new HistoryBuffer();
  private historyVersion = 0;
  private historyDirty = false;
  private historySetAt = -Infinity;

  constructor(
    private readonly frame: FrameScheduler,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Takes a snapshot in; returns true when it is the first of a new run (its history starts afresh). */
  receive(s: Snapshot): boolean {
    const newRun = s.runId !== this.buffer.runId;
    if (newRun) this.resetHistory(s.runId);
    if (s.history.length > 0) {
      this.buffer.append(s.history);
      this.historyDirty = true;
    }
    this.latest = s;
    this.cancelFrame ??= this.frame(() => this.flush(), 100);
    return newRun;
  }

  /** The run stopped (diverged, failed): hands on the history it held back, at the next frame. */
  stopped(): void {
    if (!this.historyDirty) return;
    this.historySetAt = -Infinity;
    this.cancelFrame ??= this.frame(() => this.flush(), 100);
  }

  /** No snapshot and no history (a new worker). */
  clear(): void {
    this.latest = null;
    this.resetHistory(-1);
    this.snapshot.set(null);
  }

  dispose(): void {
    this.cancelFrame?.();
    this.cancelFrame = null;
  }

  private flush(): void {
    this.cancelFrame = null;
    this.snapshot.set(this.latest);
    const t = this.now();
    const due = !this.latest?.running || t - this.historySetAt >= HISTORY_MS;
    if (this.historyDirty && due) {
      this.historyDirty = false;
      this.historySetAt = t;
      this.history.set({ runId: this.buffer.runId, points: this.buffer.all, version: ++this.historyVersion });
    }
  }

  private resetHistory(runId: number): void {
    this.buffer.reset(runId);
    this.historyDirty = true;
    // a new run's empty history is shown at once
    this.historySetAt = -Infinity;
  }
}
