// A page made of fakes for the state layer's tests (createAppState without a browser): a location
// whose hash follows replaceState, a training worker per connection, a measuring worker per background
// measurement, a storage, and animation frames run by hand.
import { afterEach, beforeEach, vi } from 'vitest';
import { createAppState, type AppState } from '../appState';
import { FakeStorage, FakeTrainer, fakeSnapshot, manualFrames } from './fakeTrainer';

/** The device name the page stores with a backend measurement. */
export const DEVICE = 'test browser | 2 cores';

export function page(hash = '', storage: FakeStorage | null = new FakeStorage()) {
  const location = { hash };
  const writes: string[] = [];
  const history = {
    state: null,
    replaceState(_data: unknown, _unused: string, url?: string) {
      writes.push(url ?? '');
      location.hash = url ?? '';
    },
  };
  const workers: FakeTrainer[] = [];
  const measurers: FakeTrainer[] = [];
  const frames = manualFrames();
  const app = createAppState({
    location,
    history,
    connectTrainer: (role) => {
      const w = new FakeTrainer();
      (role === 'measure' ? measurers : workers).push(w);
      return w;
    },
    frame: frames.frame,
    now: () => Date.now(),
    randomSeed: () => 12345,
    storage,
    device: () => DEVICE,
    clock: () => Date.now(),
  });
  const worker = () => workers[workers.length - 1];
  const measurer = () => measurers[measurers.length - 1];
  return { app, location, writes, workers, worker, measurers, measurer, frames, storage };
}

/** Lets the fake worker's promises (init, calls) settle. */
export const settle = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

/** A started page whose worker is ready on the CPU backend, with its first snapshot drawn. */
export async function readyPage(hash = '') {
  const p = page(hash);
  p.app.start();
  await settle();
  p.worker().sendStatus({
    kind: 'ready',
    backend: { active: 'cpu', how: 'auto', probes: [{ name: 'cpu', ok: true }] },
  });
  p.worker().sendSnapshot(fakeSnapshot(1, 0));
  p.frames.flush();
  return p;
}

/**
 * Call once at the top of a test file: fake timers and a quiet console.error in each test, and every
 * page passed to the returned `track` disposed after it.
 */
export function pagesPerTest(): <T extends { app: AppState }>(p: T) => T {
  let apps: AppState[] = [];
  beforeEach(() => {
    vi.useFakeTimers();
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => {
    for (const a of apps) a.dispose();
    apps = [];
    vi.useRealTimers();
    vi.restoreAllMocks();
  });
  return (p) => {
    apps.push(p.app);
    return p;
  };
}
