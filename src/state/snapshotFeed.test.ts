import { describe, expect, it } from 'vitest';
import type { HistoryPoint } from '../core/protocol';
import { HISTORY_MS, SnapshotFeed } from './snapshotFeed';
import { fakeSnapshot, manualFrames } from './testing/fakeTrainer';

const point = (step: number) => ({ step }) as unknown as HistoryPoint;

function feedWithClock() {
  const frames = manualFrames();
  let t = 1000;
  const feed = new SnapshotFeed(frames.frame, () => t);
  const steps = () => feed.history.get().points.map((p) => p.step);
  return { feed, frames, steps, advance: (ms: number) => (t += ms) };
}

describe('SnapshotFeed', () => {
  it('hands on only the latest snapshot at the next frame, however many came in', () => {
    const { feed, frames } = feedWithClock();
    feed.receive(fakeSnapshot(1, 10, [], true));
    feed.receive(fakeSnapshot(1, 20, [], true));
    expect(feed.snapshot.get()).toBeNull();
    expect(frames.pending()).toBe(1);
    frames.flush();
    expect(feed.snapshot.get()?.step).toBe(20);
  });

  it('while training, redraws the history at most every HISTORY_MS, and keeps every point', () => {
    const { feed, frames, steps, advance } = feedWithClock();
    feed.receive(fakeSnapshot(1, 10, [point(10)], true));
    frames.flush();
    expect(steps()).toEqual([10]);
    const version = feed.history.get().version;

    advance(HISTORY_MS / 3);
    feed.receive(fakeSnapshot(1, 20, [point(20)], true));
    frames.flush();
    expect(feed.snapshot.get()?.step).toBe(20); // the snapshot itself is not held back
    expect(feed.history.get().version).toBe(version);

    advance(HISTORY_MS);
    feed.receive(fakeSnapshot(1, 30, [point(30)], true));
    frames.flush();
    expect(feed.history.get().version).toBe(version + 1);
    expect(steps()).toEqual([10, 20, 30]);
  });

  it('a stopped run’s history is handed on at once: its paused snapshot, or stopped() after a divergence', () => {
    const { feed, frames, steps, advance } = feedWithClock();
    const version = () => feed.history.get().version;
    feed.receive(fakeSnapshot(1, 10, [point(10)], true));
    frames.flush();
    const v0 = version();
    advance(1);
    feed.receive(fakeSnapshot(1, 20, [point(20)], false));
    frames.flush();
    expect(version()).toBe(v0 + 1);
    expect(steps()).toEqual([10, 20]);

    advance(1);
    feed.receive(fakeSnapshot(1, 30, [point(30)], true));
    frames.flush();
    expect(version()).toBe(v0 + 1); // held back
    feed.stopped();
    expect(frames.pending()).toBe(1);
    frames.flush();
    expect(version()).toBe(v0 + 2);
    expect(steps()).toEqual([10, 20, 30]);
    feed.stopped(); // nothing held back: no frame asked for
    expect(frames.pending()).toBe(0);
  });

  it('a new run starts with an empty history at once', () => {
    const { feed, frames, steps, advance } = feedWithClock();
    feed.receive(fakeSnapshot(1, 10, [point(10)], true));
    frames.flush();
    advance(1);
    feed.receive(fakeSnapshot(2, 0, [], true));
    frames.flush();
    expect(feed.history.get().runId).toBe(2);
    expect(steps()).toEqual([]);
  });
});
