// Frame-aligned scheduling with a timeout fallback.

/** Runs `fn` soon (see onNextFrame); returns a cancel function. Injected so tests can run without frames. */
export type FrameScheduler = (fn: () => void, ms: number) => () => void;

/**
 * Runs `fn` on the next animation frame, or after `ms` if no frame comes first (a background tab,
 * or a browser whose frames are starved by slow software rasterisation): the DOM then still follows.
 * Returns a cancel function.
 */
export const onNextFrame: FrameScheduler = (fn, ms) => {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    cancelAnimationFrame(raf);
    clearTimeout(timer);
    fn();
  };
  const raf = requestAnimationFrame(run);
  const timer = setTimeout(run, ms);
  return () => {
    done = true;
    cancelAnimationFrame(raf);
    clearTimeout(timer);
  };
};
