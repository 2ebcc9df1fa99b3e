// The page's state made by createAppState, on a page of fakes (testing/fakePage.ts): the link, snapshots
// and history, the worker's crashes and settings, and the backend choice. The commands are in commands.test.ts.
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../core/settings';
import type { BackendProbe } from '../core/protocol';
import { translator } from '../i18n/messages';
import type { AppState } from './appState';
import { MEMORY_KEY, MEMORY_VERSION } from './backendMemory';
import { command } from './commands';
import { backendSummary, backendWarnings, nextBackendText } from './messages';
import { noticeText } from './notices';
import { HASH_WRITE_INTERVAL_MS } from './settingsState';
import { DEVICE, page, pagesPerTest, readyPage, settle } from './testing/fakePage';
import { FakeStorage, fakeSnapshot, historyPoint, readyStatus } from './testing/fakeTrainer';

const en = translator('en');
pagesPerTest();

describe('the link', () => {
  it('loads the valid fields of the hash, reports the bad ones and rewrites the address bar', async () => {
    const { app, writes } = page('#v=2&m0=-2&s0=banana&zz=1');
    expect(app.settings.store.get().mean0).toBe(-2);
    expect(app.settings.store.get().std0).toBe(DEFAULT_SETTINGS.std0);
    app.start();
    const first = app.notices.store.get()[0];
    const notice = first ? noticeText(first.text, en) : '';
    expect(notice).toContain('banana');
    expect(notice).toContain('zz');
    expect(writes).toEqual(['#v=2&m0=-2']);
  });

  it('follows changes with at most one write per interval, ending at the latest settings', () => {
    const { app, writes, frames, location } = page('#v=2');
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
    expect(location.hash).toBe('#v=2&m0=2');
  });

  it('round-trips: a link written by one page opens the same settings in another', () => {
    const a = page();
    a.app.start();
    a.app.setSettingsPatch({ mean0: -1.25, std0: 0.35, lrD: 0.003, units: 'bits', showHistogram: false });
    a.app.settings.writeHashNow();
    const b = page(a.location.hash);
    expect(b.app.settings.store.get()).toEqual(a.app.settings.store.get());
    b.app.start();
    expect(b.app.notices.store.get()).toEqual([]);
  });

  it('a link pasted into an open page replaces the settings; the page’s own hash is not reloaded', () => {
    const { app, location } = page('#v=2&m0=1');
    app.start();
    const before = app.settings.store.get();
    app.settings.loadHash(location.hash);
    expect(app.settings.store.get()).toBe(before);
    app.settings.loadHash('#v=2&m0=3');
    expect(app.settings.store.get().mean0).toBe(3);
  });
});

describe('snapshots and history', () => {
  it('keeps only the latest snapshot per frame but every history point', async () => {
    const { app, worker, frames } = await readyPage();
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
    const { app, worker, frames } = await readyPage();
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
    const { app, workers, worker, frames } = await readyPage();
    const first = worker();
    first.crash('boom');
    await settle();
    expect(first.terminated).toBe(true);
    expect(workers).toHaveLength(2);
    expect(noticeText(app.notices.store.get().at(-1)!.text, en)).toContain('boom');
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
    const { app, worker, frames } = await readyPage();
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

describe('backends', () => {
  const probe = (name: BackendProbe['name'], stepsPerSecond: number): BackendProbe => ({
    name,
    ok: true,
    stepsPerSecond,
  });
  const noWebGL: BackendProbe = {
    name: 'webgl',
    ok: false,
    failure: { code: 'start-failed', detail: 'no WebGL context' },
  };
  const summary = (app: AppState) => backendSummary(en, app.trainer.transport.get().backend!);
  const remember = (storage: FakeStorage, probes: BackendProbe[], device = DEVICE, at = Date.now()) =>
    storage.items.set(MEMORY_KEY, JSON.stringify({ v: MEMORY_VERSION, device, at, probes }));

  /** Started, the worker ready on `active` at step 0 (`status` defaults to a provisional auto choice). */
  async function started(hash = '', storage: FakeStorage | null = new FakeStorage(), status = readyStatus('wasm')) {
    const p = page(hash, storage);
    p.app.start();
    await settle();
    p.worker().sendStatus(status);
    p.worker().sendSnapshot(fakeSnapshot(1, 0));
    p.frames.flush();
    await settle();
    return p;
  }

  it('starts at once without a plan, says the choice is provisional, and measures in a second worker', async () => {
    const p = await started();
    expect(p.worker().last('init')!.plan).toBeNull();
    // Play can be pressed while the others are measured in the background.
    expect(command('play').enabled(p.app.trainer.transport.get(), p.app.settings.store.get())).toBe(true);
    expect(p.measurers).toHaveLength(1);
    expect(p.measurer().last('measure')!.backends).toEqual(['wasm', 'cpu', 'webgl']);
    expect(p.app.trainer.transport.get().backend!.measuring).toEqual(['wasm', 'cpu', 'webgl']);
    expect(summary(p.app)).toBe('auto → WASM (measuring CPU, WebGL…)');

    p.measurer().sendProbe(probe('wasm', 800));
    p.measurer().sendProbe(probe('cpu', 210));
    expect(summary(p.app)).toBe('auto → WASM: 800 steps/s vs CPU 210 (measuring WebGL…)');
    p.measurer().finishMeasuring([probe('wasm', 800), probe('cpu', 210), noWebGL]);
    await settle();

    expect(p.measurer().terminated).toBe(true);
    expect(summary(p.app)).toBe('auto → WASM: 800 steps/s vs CPU 210, WebGL failed: failed to start: no WebGL context');
    expect(p.app.trainer.transport.get().backend!.measuring).toBeUndefined();
    // WASM stays (it is the fastest): the worker gets the plan, the run is not restarted.
    expect(p.worker().methods()).toEqual(['init', 'setPlan']);
    expect(p.worker().last('setPlan')!.plan).toMatchObject({ order: ['wasm', 'cpu'], source: 'measurement' });
    // …and it is remembered for this device.
    const stored = JSON.parse(p.storage!.items.get(MEMORY_KEY)!);
    expect(stored).toMatchObject({ v: MEMORY_VERSION, device: DEVICE });
    expect(stored.probes.map((q: BackendProbe) => q.name)).toEqual(['wasm', 'cpu', 'webgl']);
  });

  it('a later load starts on the remembered best backend and does not measure again', async () => {
    const storage = new FakeStorage();
    remember(storage, [probe('wasm', 300), probe('cpu', 900), noWebGL]);
    const remembered = [probe('cpu', 900), probe('wasm', 300), noWebGL];
    const p = await started('', storage, readyStatus('cpu', 'memory', remembered));
    expect(p.worker().last('init')!.plan).toMatchObject({ order: ['cpu', 'wasm'], source: 'memory' });
    expect(p.measurers).toHaveLength(0);
    expect(summary(p.app)).toBe(
      'auto → CPU: 900 steps/s vs WASM 300, WebGL failed: failed to start: no WebGL context (as measured earlier on this device)',
    );
  });

  it('ignores a corrupt, foreign, outdated or unreadable memory, and measures instead', async () => {
    const corrupt = new FakeStorage();
    corrupt.items.set(MEMORY_KEY, '{"v":1,"device":');
    const foreign = new FakeStorage();
    remember(foreign, [probe('cpu', 900)], 'another browser');
    const old = new FakeStorage();
    remember(old, [probe('cpu', 900)], DEVICE, Date.now() - 365 * 24 * 3600 * 1000);
    const badProbe = new FakeStorage();
    remember(badProbe, [{ name: 'tpu', ok: true, stepsPerSecond: 1 } as unknown as BackendProbe]);
    const forbidden = new FakeStorage();
    forbidden.broken = true;
    for (const storage of [corrupt, foreign, old, badProbe, forbidden, null]) {
      const p = await started('', storage);
      expect(p.worker().last('init')!.plan).toBeNull();
      expect(p.measurers).toHaveLength(1);
      // Writing the result to a forbidden (or no) storage breaks nothing either.
      p.measurer().finishMeasuring([probe('wasm', 800), probe('cpu', 210), noWebGL]);
      await settle();
      expect(p.app.trainer.transport.get().backend!.measuring).toBeUndefined();
    }
    // A good measurement replaces the corrupt one.
    expect(JSON.parse(corrupt.items.get(MEMORY_KEY)!).probes).toHaveLength(3);
  });

  it('when the remembered best backend no longer starts, falls back, says so and measures again', async () => {
    const storage = new FakeStorage();
    remember(storage, [probe('webgl', 2000), probe('wasm', 800)]);
    const failed: BackendProbe = {
      name: 'webgl',
      ok: false,
      failure: { code: 'start-failed', detail: 'context lost' },
    };
    const p = await started('', storage, readyStatus('wasm', 'memory', [failed, probe('wasm', 800)]));
    expect(p.worker().last('init')!.plan!.order[0]).toBe('webgl');
    expect(backendWarnings(en, p.app.trainer.transport.get().backend!)).toEqual([
      'WebGL unavailable: failed to start: context lost',
    ]);
    expect(p.measurers).toHaveLength(1);
    expect(summary(p.app)).toMatch(/^auto → WASM.*WebGL failed: failed to start: context lost.*measuring/);
  });

  it('switches at once to a faster backend while the run is still at step 0 (a Reset of the same run)', async () => {
    const p = await started('#v=2&seed=7');
    p.measurer().finishMeasuring([probe('wasm', 100), probe('cpu', 300), noWebGL]);
    await settle();
    expect(p.worker().methods()).toEqual(['init', 'setPlan', 'reset']);
    expect(p.worker().last('setPlan')!.plan!.order).toEqual(['cpu', 'wasm']);
    expect(p.worker().last('reset')!.settings).toMatchObject({ seed: 7 });
    expect(p.app.trainer.transport.get().backend!.next).toBeUndefined();
    // The worker restarts step 0 on CPU and reports it.
    p.worker().sendStatus(readyStatus('cpu', 'measurement', [probe('cpu', 300), probe('wasm', 100), noWebGL]));
    expect(summary(p.app)).toBe('auto → CPU: 300 steps/s vs WASM 100, WebGL failed: failed to start: no WebGL context');
    expect(p.app.trainer.transport.get().backend!.next).toBeUndefined();
  });

  it('after training started, keeps the run and uses the faster backend from the next Reset', async () => {
    const p = await started();
    expect(p.app.run('step')).toBe(true);
    await settle();
    p.worker().sendSnapshot(fakeSnapshot(1, 1));
    p.measurer().finishMeasuring([probe('wasm', 100), probe('cpu', 300), noWebGL]);
    await settle();
    expect(p.worker().methods()).toEqual(['init', 'step', 'setPlan']);
    const backend = p.app.trainer.transport.get().backend!;
    expect(backend.next).toBe('cpu');
    expect(nextBackendText(en, backend)).toBe(
      'CPU measured faster (300 steps/s): training switches to it at the next Reset or New seed',
    );
    // Reset: the worker has the plan and starts the new run on CPU.
    expect(p.app.run('reset')).toBe(true);
    await settle();
    expect(p.worker().methods()).toEqual(['init', 'step', 'setPlan', 'reset']);
    p.worker().sendStatus(readyStatus('cpu', 'measurement', [probe('cpu', 300)]));
    expect(p.app.trainer.transport.get().backend!.next).toBeUndefined();
  });

  // A run that is playing is never measured beside (backgroundMeasurement.test.ts).
  it('does not switch a run with a Step on its way', async () => {
    const stepping = await started();
    stepping.app.run('step'); // not answered yet: the snapshot still says step 0
    stepping.measurer().finishMeasuring([probe('wasm', 100), probe('cpu', 300)]);
    await settle();
    expect(stepping.worker().methods()).not.toContain('reset');
  });

  it('never overrides a pinned backend, but lists what it measured', async () => {
    const p = await started('#v=2&be=wasm', new FakeStorage(), readyStatus('wasm', undefined, undefined, 'pinned'));
    p.measurer().finishMeasuring([probe('wasm', 100), probe('cpu', 300), noWebGL]);
    await settle();
    expect(p.worker().methods()).toEqual(['init', 'setPlan']);
    const backend = p.app.trainer.transport.get().backend!;
    expect(backend.next).toBeUndefined();
    expect(backendSummary(en, backend)).toBe('pinned → WASM: 100 steps/s');
    expect(backend.probes.map((q) => q.name)).toEqual(['wasm', 'cpu', 'webgl']);
  });

  // A measuring worker that hangs: backgroundMeasurement.test.ts (the time budget).
  it('a measuring worker that crashes: the rest are listed as not measured and nothing is remembered', async () => {
    const crashed = await started();
    crashed.measurer().sendProbe(probe('wasm', 800));
    crashed.measurer().crash('out of memory');
    await settle();
    expect(crashed.measurer().terminated).toBe(true);
    expect(summary(crashed.app)).toBe(
      'auto → WASM: 800 steps/s vs CPU failed: the measurement stopped (out of memory), WebGL failed: the measurement stopped (out of memory)',
    );
    expect(crashed.storage!.items.has(MEMORY_KEY)).toBe(false);
    // The training worker is not touched.
    expect(crashed.workers).toHaveLength(1);
    expect(crashed.app.notices.store.get()).toEqual([]);
  });
});
