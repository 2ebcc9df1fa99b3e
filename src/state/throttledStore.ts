// A store that follows another at most once every `ms` milliseconds. A change passes at once when the
// last one passed at least `ms` ago, so it is drawn in the same frame as the change itself (a snapshot
// flushed on an animation frame); changes in between wait, and if none comes after the interval the
// latest one still lands, half an interval later (so the last snapshot before training stops is shown).
// For views that read numbers, not motion: they need not re-render at the snapshot rate.
import type { Store } from './store';

type ReadableStore<T> = Pick<Store<T>, 'get' | 'subscribe'>;

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export function throttledStore<T>(source: ReadableStore<T>, ms: number, clock: Clock = realClock): ReadableStore<T> {
  let value = source.get();
  let last = -Infinity;
  let timer: unknown = null;
  let unsubscribe: (() => void) | null = null;
  const listeners = new Set<() => void>();

  const emit = () => {
    timer = null;
    last = clock.now();
    const next = source.get();
    if (Object.is(next, value)) return;
    value = next;
    for (const l of [...listeners]) l();
  };
  const onChange = () => {
    const now = clock.now();
    if (now - last >= ms) {
      if (timer !== null) clock.clearTimeout(timer);
      emit();
    } else if (timer === null) timer = clock.setTimeout(emit, last + 1.5 * ms - now);
  };

  return {
    // Unwatched, it is the source itself (a first render reads the latest value).
    get: () => (listeners.size ? value : (value = source.get())),
    subscribe(listener) {
      if (listeners.size === 0) {
        value = source.get();
        unsubscribe = source.subscribe(onChange);
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0) return;
        unsubscribe?.();
        unsubscribe = null;
        if (timer !== null) clock.clearTimeout(timer);
        timer = null;
      };
    },
  };
}

const shared = new WeakMap<ReadableStore<unknown>, Map<number, ReadableStore<unknown>>>();

/** One throttled follower per source and interval, shared by every component that reads it (one timer, one render). */
export function throttled<T>(source: ReadableStore<T>, ms: number): ReadableStore<T> {
  let byMs = shared.get(source as ReadableStore<unknown>);
  if (!byMs) shared.set(source as ReadableStore<unknown>, (byMs = new Map()));
  let store = byMs.get(ms) as ReadableStore<T> | undefined;
  if (!store) byMs.set(ms, (store = throttledStore(source, ms)));
  return store;
}
