// A page made of fakes for the state layer's tests (createAppState without a browser): a location whose
// hash and href follow replaceState, a training worker per connection, a measuring worker per background
// measurement, a storage, a clipboard, and animation frames run by hand. pagesPerTest(), called once per
// test file, disposes of every page made after each test.
import { afterEach, beforeEach, vi } from 'vitest';
import { createAppState, type AppState } from '../appState';
import { SETUP_KEY } from '../setupMemory';
import type { ClipboardLike } from '../share';
import { FakeStorage, FakeTrainer, fakeSnapshot, manualFrames, readyStatus } from './fakeTrainer';

export const ORIGIN = 'https://example.test/gan/';
/** The device name the page stores with a backend measurement. */
export const DEVICE = 'test browser | 2 cores';

let apps: AppState[] = [];

/** Disposes of every page made since the last call. */
function disposePages(): void {
  for (const a of apps) a.dispose();
  apps = [];
}

/**
 * Call once at the top of a test file: fake timers and a quiet console.error in each test, and every page
 * made in it disposed after it.
 */
export function pagesPerTest(): void {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => {
    disposePages();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });
}

export function page(
  hash = '',
  storage: FakeStorage | null = new FakeStorage(),
  clipboard: ClipboardLike | null = null,
) {
  const location = {
    hash,
    get href() {
      return ORIGIN + this.hash;
    },
  };
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
    clipboard: () => clipboard,
  });
  apps.push(app);
  const worker = () => workers[workers.length - 1];
  const measurer = () => measurers[measurers.length - 1];
  return { app, location, writes, workers, worker, measurers, measurer, frames, storage };
}

/** Lets the fake worker's promises (init, calls) settle. */
export const settle = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

/** A started page whose worker is ready on the CPU backend at step 0, its first snapshot drawn. */
export async function readyPage(...args: Parameters<typeof page>) {
  const p = page(...args);
  p.app.start();
  await settle();
  p.worker().sendStatus(readyStatus('cpu'));
  p.worker().sendSnapshot(fakeSnapshot(1, 0));
  p.frames.flush();
  await settle();
  return p;
}

export const get = (app: AppState) => app.settings.store.get();
/** The settings as stored (the entry's settings link read back). */
export const stored = (storage: FakeStorage) => JSON.parse(storage.items.get(SETUP_KEY) ?? 'null');
