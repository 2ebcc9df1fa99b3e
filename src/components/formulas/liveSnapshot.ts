// How the Formulas view follows the run. Numbers are read, not watched move: while training, the cards
// in view take the latest snapshot about 4 times a second (in the frame that draws a snapshot anyway)
// and the cards out of view every 2 s (they are not laid out or painted meanwhile, see
// formulasContainment.css); when training stops, every card takes every snapshot at once (the last one
// after Pause, a Step, a Reset). Redrawn at the snapshot rate (18–30/s), the view's ~30 cards kept the
// main thread 40% busy.
import { useEffect, useState, useSyncExternalStore, type RefObject } from 'react';
import type { Snapshot } from '../../core/protocol';
import { useAppState } from '../../state/context';
import { throttled } from '../../state/throttledStore';

const ON_SCREEN_MS = 250;
const OFF_SCREEN_MS = 2000;

/** Whether training runs now (a selector: the transport's other fields do not re-render). */
function useRunning(): boolean {
  const transport = useAppState().trainer.transport;
  const running = () => transport.get().running;
  return useSyncExternalStore(transport.subscribe, running, running);
}

/** The snapshot a live part shows: throttled while training (more for a card out of view), else the latest. */
export function useLiveSnapshot(onScreen = true): Snapshot | null {
  const source = useAppState().trainer.snapshot;
  const store = useRunning() ? throttled(source, onScreen ? ON_SCREEN_MS : OFF_SCREEN_MS) : source;
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}

// One IntersectionObserver for all the cards (it sees the view's scroller clip them).
type Watch = (visible: boolean) => void;
const watched = new Map<Element, Watch>();
let observer: IntersectionObserver | null = null;

function watch(el: Element, onChange: Watch): () => void {
  observer ??= new IntersectionObserver((entries) => {
    for (const e of entries) watched.get(e.target)?.(e.isIntersecting);
  });
  watched.set(el, onChange);
  observer.observe(el);
  return () => {
    watched.delete(el);
    observer?.unobserve(el);
  };
}

/** Whether the element is in view (true until the first observation, and where there is no IntersectionObserver). */
export function useOnScreen(ref: RefObject<Element | null>): boolean {
  const [onScreen, setOnScreen] = useState(true);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    return watch(el, setOnScreen);
  }, [ref]);
  return onScreen;
}
