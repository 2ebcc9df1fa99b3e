// The throttled follower of a store: at most one change per interval, passed in the change's own call
// when it may, and the latest always in the end.
import { describe, expect, it } from 'vitest';
import { createStore } from './store';
import { throttled, throttledStore, type Clock } from './throttledStore';

/** A clock the test moves by hand. */
function manualClock() {
  let now = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  let id = 0;
  const clock: Clock = {
    now: () => now,
    setTimeout: (fn, ms) => (timers.set(++id, { at: now + ms, fn }), id),
    clearTimeout: (h) => void timers.delete(h as number),
  };
  const advance = (ms: number) => {
    now += ms;
    for (const [k, t] of [...timers].sort((a, b) => a[1].at - b[1].at))
      if (t.at <= now) {
        timers.delete(k);
        t.fn();
      }
  };
  return { clock, advance, pending: () => timers.size };
}

describe('a throttled store', () => {
  it('passes a change at once an interval after the last, and the latest once changes stop', () => {
    const source = createStore(0);
    const { clock, advance, pending } = manualClock();
    const slow = throttledStore(source, 250, clock);
    const seen: number[] = [];
    slow.subscribe(() => seen.push(slow.get()));
    source.set(1);
    expect(seen).toEqual([1]); // the first change after a quiet spell: at once
    for (let v = 2; v <= 9; v++) {
      advance(40); // a snapshot every 40 ms
      source.set(v);
    }
    // 2…7 (40…240 ms) wait; 8 (280 ms) passes in its own call, so in the same frame
    expect(seen).toEqual([1, 8]);
    expect(pending()).toBe(1); // 9 (320 ms) waits
    advance(334);
    expect(seen).toEqual([1, 8]);
    advance(1); // no change came after the interval: the latest lands 1.5 intervals after the last (655 ms)
    expect(seen).toEqual([1, 8, 9]);
    expect(slow.get()).toBe(9);
    advance(1000);
    expect(seen).toEqual([1, 8, 9]);
  });
  it('is the source itself while nobody watches, and stops its timer when the last one leaves', () => {
    const source = createStore('a');
    const { clock, advance, pending } = manualClock();
    const slow = throttledStore(source, 250, clock);
    source.set('b');
    expect(slow.get()).toBe('b');
    const seen: string[] = [];
    const stop = slow.subscribe(() => seen.push(slow.get()));
    source.set('c');
    source.set('d');
    expect(pending()).toBe(1);
    stop();
    expect(pending()).toBe(0);
    advance(500);
    expect(seen).toEqual(['c']);
    source.set('e');
    expect(slow.get()).toBe('e');
  });
  it('is shared per source and interval', () => {
    const source = createStore(0);
    expect(throttled(source, 250)).toBe(throttled(source, 250));
    expect(throttled(source, 250)).not.toBe(throttled(source, 1000));
    expect(throttled(createStore(0), 250)).not.toBe(throttled(source, 250));
  });
});
