import { describe, expect, it } from 'vitest';
import { HistoryBuffer } from './historyBuffer';
import { historyPoint } from './testing/fakeTrainer';

const steps = (b: HistoryBuffer) => b.all.map((p) => p.step);

describe('HistoryBuffer', () => {
  it('keeps every point below the limit', () => {
    const b = new HistoryBuffer(10);
    b.append([1, 2, 3].map(historyPoint));
    expect(steps(b)).toEqual([1, 2, 3]);
  });

  it('thins a long run to at most the limit, evenly, keeping the first point', () => {
    const b = new HistoryBuffer(10);
    for (let s = 1; s <= 1000; s++) b.append([historyPoint(s)]);
    const kept = steps(b);
    expect(kept.length).toBeLessThanOrEqual(10);
    expect(kept.length).toBeGreaterThanOrEqual(5);
    expect(kept[0]).toBe(1);
    const gaps = kept.slice(1).map((s, i) => s - kept[i]);
    expect(new Set(gaps).size).toBe(1); // one stride for the whole history
    expect(kept.at(-1)!).toBeGreaterThan(1000 - gaps[0] * 2);
  });

  it('drops repeated steps and starts over when the steps go back', () => {
    const b = new HistoryBuffer(10);
    b.append([1, 2, 3, 3].map(historyPoint));
    expect(steps(b)).toEqual([1, 2, 3]);
    b.append([1, 2].map(historyPoint));
    expect(steps(b)).toEqual([1, 2]);
  });
});
