import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../core/settings';
import { createAppState, type AppState } from './appState';
import { COMMANDS, type CommandId } from './commands';
import { HASH_WRITE_INTERVAL_MS } from './settingsState';
import { FakeTrainer, fakeSnapshot, historyPoint, manualFrames } from './testing/fakeTrainer';

/** A page made of fakes: a location whose hash follows replaceState, a worker per connection. */
function page(hash = '') {
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
  const frames = manualFrames();
  const app = createAppState({
    location,
    history,
    connectTrainer: () => {
      const w = new FakeTrainer();
      workers.push(w);
      return w;
    },
    frame: frames.frame,
    now: () => Date.now(),
    randomSeed: () => 12345,
  });
  const worker = () => workers[workers.length - 1];
  return { app, location, writes, workers, worker, frames };
}

/** Lets the fake worker's promises (init, calls) settle. */
const settle = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

async function readyPage(hash = '') {
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
const track = <T extends { app: AppState }>(p: T): T => {
  apps.push(p.app);
  return p;
};

describe('the link', () => {
  it('loads the valid fields of the hash, reports the bad ones and rewrites the address bar', async () => {
    const { app, writes } = track(page('#v=1&m0=-2&s0=banana&zz=1'));
    expect(app.settings.store.get().mean0).toBe(-2);
    expect(app.settings.store.get().std0).toBe(DEFAULT_SETTINGS.std0);
    app.start();
    const notice = app.notices.store.get()[0]?.text ?? '';
    expect(notice).toContain('banana');
    expect(notice).toContain('zz');
    expect(writes).toEqual(['#v=1&m0=-2']);
  });

  it('follows changes with at most one write per interval, ending at the latest settings', () => {
    const { app, writes, frames, location } = track(page('#v=1'));
    app.start();
    writes.length = 0;
    for (let i = 1; i <= 20; i++) {
      app.setSetting('mean0', i / 10);
      vi.advanceTimersByTime(20);
      frames.flush();
    }
    // 20 changes over 400 ms: at most one write per 250 ms, plus the one due at the end.
    vi.advanceTimersByTime(HASH_WRITE_INTERVAL_MS);
    frames.flush();
    expect(writes.length).toBeGreaterThan(0);
    expect(writes.length).toBeLessThanOrEqual(3);
    expect(location.hash).toBe('#v=1&m0=2');
  });

  it('round-trips: a link written by one page opens the same settings in another', () => {
    const a = track(page());
    a.app.start();
    a.app.setSettingsPatch({ mean0: -1.25, std0: 0.35, lrD: 0.003, units: 'bits', showHistogram: false });
    a.app.settings.writeHashNow();
    const b = track(page(a.location.hash));
    expect(b.app.settings.store.get()).toEqual(a.app.settings.store.get());
    b.app.start();
    expect(b.app.notices.store.get()).toEqual([]);
  });

  it('a link pasted into an open page replaces the settings; the page’s own hash is not reloaded', () => {
    const { app, location } = track(page('#v=1&m0=1'));
    app.start();
    const before = app.settings.store.get();
    app.settings.loadHash(location.hash);
    expect(app.settings.store.get()).toBe(before);
    app.settings.loadHash('#v=1&m0=3');
    expect(app.settings.store.get().mean0).toBe(3);
  });
});

describe('snapshots and history', () => {
  it('keeps only the latest snapshot per frame but every history point', async () => {
    const { app, worker, frames } = track(await readyPage());
    const seen: number[] = [];
    app.trainer.snapshot.subscribe(() => seen.push(app.trainer.snapshot.get()!.step));
    worker().sendSnapshot(fakeSnapshot(1, 10, [historyPoint(10)]));
    worker().sendSnapshot(fakeSnapshot(1, 20, [historyPoint(20)]));
    worker().sendSnapshot(fakeSnapshot(1, 30, [historyPoint(30)]));
    expect(seen).toEqual([]);
    frames.flush();
    expect(seen).toEqual([30]);
    expect(app.trainer.history.get().points.map((p) => p.step)).toEqual([10, 20, 30]);
  });

  it('starts a new history for a new run and clears a divergence of the old one', async () => {
    const { app, worker, frames } = track(await readyPage());
    worker().sendSnapshot(fakeSnapshot(1, 10, [historyPoint(10)]));
    worker().sendStatus({ kind: 'diverged', step: 10, where: 'weights' });
    expect(app.trainer.transport.get().status.kind).toBe('diverged');
    worker().sendSnapshot(fakeSnapshot(2, 0));
    frames.flush();
    expect(app.trainer.history.get().points).toEqual([]);
    expect(app.trainer.history.get().runId).toBe(2);
    expect(app.trainer.transport.get().status.kind).toBe('ready');
  });
});

describe('the worker', () => {
  it('restarts a crashed worker, ignores the dead one, and gives up after repeated crashes', async () => {
    const { app, workers, worker, frames } = track(await readyPage());
    const first = worker();
    first.crash('boom');
    await settle();
    expect(first.terminated).toBe(true);
    expect(workers).toHaveLength(2);
    expect(app.notices.store.get().at(-1)?.text).toContain('boom');
    // Late messages of the dead worker change nothing.
    first.sendSnapshot(fakeSnapshot(7, 999));
    frames.flush();
    expect(app.trainer.snapshot.get()).toBeNull();
    worker().sendSnapshot(fakeSnapshot(1, 0));
    frames.flush();
    expect(app.trainer.snapshot.get()?.step).toBe(0);

    // Three more crashes within 30 s: no more automatic restarts; the banner's button restarts it.
    for (let i = 0; i < 3; i++) {
      worker().crash(`boom ${i}`);
      await settle();
    }
    expect(workers).toHaveLength(4);
    expect(app.trainer.transport.get().status).toEqual({
      kind: 'error',
      error: { code: 'worker-crashing', detail: 'boom 2' },
    });
    expect(app.run('play')).toBe(false);
    expect(app.run('restartWorker')).toBe(true);
    expect(workers).toHaveLength(5);
  });

  it('sends a live change once per frame and never a display-only change', async () => {
    const { app, worker, frames } = track(await readyPage());
    const sends = () => worker().calls.filter((c) => c.method === 'setSettings');
    app.setSetting('units', 'bits');
    app.setSetting('showHistogram', false);
    frames.flush();
    await settle();
    expect(sends()).toHaveLength(0);
    app.setSetting('lrD', 0.002);
    app.setSetting('lrD', 0.003);
    frames.flush();
    await settle();
    expect(sends()).toHaveLength(1);
    expect(sends()[0].settings).toMatchObject({ lrD: 0.003 });
    expect(sends()[0].settings).not.toHaveProperty('units');
  });
});

describe('commands', () => {
  it('every command with a shortcut is listed once, and keys do not clash', () => {
    const keys = COMMANDS.flatMap((c) => (c.shortcut ? [c.shortcut.key] : []));
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(COMMANDS.map((c) => c.id)).size).toBe(COMMANDS.length);
  });

  it('are the only way to act on the run: each reaches the worker or the state it names', async () => {
    const { app, worker } = track(await readyPage());
    const ran = (id: CommandId) => {
      const ok = app.run(id);
      return ok;
    };
    expect(ran('play')).toBe(true);
    expect(app.trainer.transport.get().running).toBe(true);
    expect(ran('step')).toBe(false); // not while running
    expect(ran('play')).toBe(true); // toggles to pause
    await settle();
    expect(ran('step')).toBe(true);
    expect(ran('reset')).toBe(true);
    await settle();
    expect(worker().methods()).toEqual(['init', 'play', 'pause', 'step', 'reset']);
    expect(worker().calls.at(-1)!.settings).not.toHaveProperty('units');

    expect(ran('newSeed')).toBe(true);
    expect(app.settings.store.get().seed).toBe(12345);
    expect(ran('units')).toBe(true);
    expect(app.settings.store.get().units).toBe('bits');
    expect(ran('help')).toBe(true);
    expect(app.helpOpen.get()).toBe(true);
    expect(ran('restartWorker')).toBe(false); // only after repeated crashes
  });

  it('nothing trains before the worker is ready', () => {
    const { app } = track(page());
    app.start();
    expect(app.run('play')).toBe(false);
    expect(app.run('step')).toBe(false);
    expect(app.run('units')).toBe(true);
  });
});
