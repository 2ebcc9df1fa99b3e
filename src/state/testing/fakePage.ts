// A page made of fakes for the state tests of lessons, the saved setup and sharing: a location whose
// hash and href follow replaceState, a fake training worker per connection, a storage and a clipboard.
// Every page made is disposed of by disposePages() (call it in afterEach).
import { createAppState, type AppState } from '../appState';
import { SETUP_KEY } from '../setupMemory';
import type { ClipboardLike } from '../share';
import { FakeStorage, FakeTrainer, fakeSnapshot, manualFrames, readyStatus } from './fakeTrainer';

export const ORIGIN = 'https://example.test/gan/';

let apps: AppState[] = [];

/** Disposes of every page made since the last call. */
export function disposePages(): void {
  for (const a of apps) a.dispose();
  apps = [];
}

/** A page of fakes: location (hash and href follow replaceState), workers, storage and a clipboard. */
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
  const history = {
    state: null,
    replaceState(_data: unknown, _unused: string, url?: string) {
      location.hash = url ?? '';
    },
  };
  const workers: FakeTrainer[] = [];
  const frames = manualFrames();
  const app = createAppState({
    location,
    history,
    connectTrainer: (role) => {
      const w = new FakeTrainer();
      if (role === 'train') workers.push(w);
      return w;
    },
    frame: frames.frame,
    now: () => Date.now(),
    randomSeed: () => 12345,
    storage,
    device: () => 'test',
    clock: () => Date.now(),
    clipboard: () => clipboard,
  });
  apps.push(app);
  const worker = () => workers[workers.length - 1];
  return { app, location, worker, frames, storage };
}

/** Lets the fake worker's promises (init, calls) settle. */
export const settle = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

/** Started, the worker ready at step 0. */
export async function ready(...args: Parameters<typeof page>) {
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
