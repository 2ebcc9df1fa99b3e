// Timing one backend for the page's background measurement: start it, warm it up, time training steps,
// all within a budget. Switches tfjs's active backend: only for a worker that does not train.
import type { BackendName, BackendProbe, ProbeTiming } from '../core/protocol';
import type { TrainingSettings } from '../core/settings';
import { backendFailureOf } from './backends';
import { createTfGan, type TfGan } from './tfGan';
import { sleep } from './taskQueue';

/**
 * After the first steps (which compile), untimed steps for about this long: the JavaScript engine
 * optimises the step's code only once it has run a while, and the first few hundred ms run at about
 * half the speed training then keeps up for minutes.
 */
export const PROBE_WARMUP_MS = 300;
/** The timed part of a probe: blocks of 10 steps for about this long, after the warm-up. */
export const PROBE_TIMING_MS = 500;

const now = (): number => performance.now();

/** Trains blocks of 10 steps, each read back, for about `ms`; returns how many steps. */
async function stepFor(gan: TfGan, ms: number): Promise<number> {
  const start = now();
  let steps = 0;
  while (now() - start < ms) {
    gan.trainSteps(10);
    await gan.losses();
    steps += 10;
  }
  return steps;
}

export interface ProbeResult {
  probe: BackendProbe;
  /** When the steps were timed; null when nothing was timed (a failure, too slow). */
  timed: ProbeTiming | null;
}

/**
 * Times a few steps of `settings` on `name`; never throws. Starting and the warm-up (the first steps
 * compile WebGL's shaders: seconds on a software WebGL, docs/engine.md §4) must leave the timing its
 * share of `budgetMs`, else the backend is reported as slower to start than that ('probe-slow').
 */
export async function probeBackend(
  name: BackendName,
  settings: TrainingSettings,
  budgetMs: number,
): Promise<ProbeResult> {
  const started = now();
  const slow: ProbeResult = { probe: { name, ok: false, failure: { code: 'probe-slow', ms: budgetMs } }, timed: null };
  let gan: TfGan | null = null;
  try {
    gan = await createTfGan(name, { ...settings });
    const timedPart = PROBE_WARMUP_MS + PROBE_TIMING_MS;
    const left = budgetMs - timedPart - (now() - started);
    if (left <= 0) return slow;
    gan.trainSteps(3);
    const warm = await Promise.race([gan.losses().then(() => true), sleep(left).then(() => false)]);
    // Compiling can hold the thread past the timer: the clock decides.
    if (!warm || now() - started > budgetMs - timedPart) {
      const busy = gan;
      gan = null;
      // Disposed once its queued work is done; the worker is about to be closed anyway.
      void busy
        .losses()
        .catch(() => undefined)
        .finally(() => busy.dispose());
      return slow;
    }
    await stepFor(gan, PROBE_WARMUP_MS);
    const from = Date.now();
    const timingStart = now();
    const steps = await stepFor(gan, PROBE_TIMING_MS);
    const stepsPerSecond = (1000 * steps) / (now() - timingStart);
    return { probe: { name, ok: true, stepsPerSecond }, timed: { from, to: Date.now() } };
  } catch (e) {
    return { probe: { name, ok: false, failure: backendFailureOf(e, 'start') }, timed: null };
  } finally {
    try {
      gan?.dispose();
    } catch {
      /* a backend that failed took its tensors with it */
    }
  }
}
