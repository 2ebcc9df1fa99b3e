// The trajectory's animation: which step to show now, advanced on animation frames. With
// prefers-reduced-motion (or while the start point is dragged) the whole run is shown at once.
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';

const REDUCED = '(prefers-reduced-motion: reduce)';

function subscribeReduced(onChange: () => void): () => void {
  if (typeof window === 'undefined' || !window.matchMedia) return () => {};
  const mq = window.matchMedia(REDUCED);
  mq.addEventListener('change', onChange);
  return () => mq.removeEventListener('change', onChange);
}
const readReduced = () => typeof window !== 'undefined' && !!window.matchMedia?.(REDUCED).matches;

const usePrefersReducedMotion = (): boolean => useSyncExternalStore(subscribeReduced, readReduced, () => false);

/** A run of `n` steps takes about this long: ~8 ms a step, within 1.5–5 s. */
const replayMs = (n: number) => Math.min(5000, Math.max(1500, n * 8));

/**
 * The step shown (0…n) for the run named `runKey`: it restarts at 0 whenever `runKey` changes or
 * `replay()` is called, and shows `n` when `animate` is false or the user prefers reduced motion.
 */
export function useReplay(
  n: number,
  runKey: string,
  animate: boolean,
): { step: number; playing: boolean; replay: () => void; reduced: boolean } {
  const reduced = usePrefersReducedMotion();
  const [run, setRun] = useState(0);
  const key = `${runKey}#${run}`;
  const [shown, setShown] = useState<{ key: string; step: number }>({ key: '', step: 0 });
  const on = animate && !reduced;

  useEffect(() => {
    if (!on) return;
    let frame = 0;
    let t0: number | null = null;
    const total = replayMs(n);
    const tick = (now: number) => {
      t0 ??= now;
      const step = Math.min(n, Math.round(((now - t0) / total) * n));
      setShown({ key, step });
      if (step < n) frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [on, key, n]);

  const replay = useCallback(() => setRun((r) => r + 1), []);
  const step = !on ? n : shown.key === key ? Math.min(shown.step, n) : 0;
  return { step, playing: on && step < n, replay, reduced };
}
