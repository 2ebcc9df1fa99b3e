// The background measurement never competes with training: Play pauses it (a probe cut short is never
// reported), Pause resumes it with the backends not yet measured, each backend has a time budget, and
// nothing timed while training ran is used or remembered. On fake timers and fake workers.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import type { BackendProbe, ProbeTiming } from '../core/protocol';
import { translator } from '../i18n/messages';
import { createBackendMemory, MEMORY_KEY } from './backendMemory';
import {
  BackgroundMeasurement,
  PROBE_BUDGET_MS,
  PROBE_GRACE_MS,
  WORKER_START_MS,
  type Timers,
} from './backgroundMeasurement';
import type { Measurement } from './backendChoice';
import { backendSummary } from './messages';
import { createNotices } from './notices';
import { createStore } from './store';
import { FakeStorage, FakeTrainer, fakeSnapshot, manualFrames, readyStatus } from './testing/fakeTrainer';
import { TrainerClient } from './trainerClient';

const en = translator('en');
const probe = (name: BackendProbe['name'], stepsPerSecond: number): BackendProbe => ({
  name,
  ok: true,
  stepsPerSecond,
});
const noWebGL: BackendProbe = { name: 'webgl', ok: false, failure: { code: 'start-failed', detail: 'no context' } };
const slow = (name: BackendProbe['name']): BackendProbe => ({
  name,
  ok: false,
  failure: { code: 'probe-slow', ms: PROBE_BUDGET_MS },
});

/** Lets the fakes' promises settle. */
const settle = async () => {
  for (let i = 0; i < 8; i++) await Promise.resolve();
};

let clients: TrainerClient[] = [];
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  for (const c of clients) c.dispose();
  clients = [];
  vi.useRealTimers();
});

/** A client whose training worker is ready on WASM at step 0, with a measuring worker started. */
async function started() {
  const workers: FakeTrainer[] = [];
  const measurers: FakeTrainer[] = [];
  const frames = manualFrames();
  const storage = new FakeStorage();
  const client = new TrainerClient({
    connect: (role) => {
      const w = new FakeTrainer();
      (role === 'measure' ? measurers : workers).push(w);
      return w;
    },
    settings: createStore<Settings>(DEFAULT_SETTINGS),
    notices: createNotices(),
    frame: frames.frame,
    now: () => Date.now(),
    clock: () => Date.now(),
    memory: createBackendMemory(
      () => storage,
      () => 'test browser',
    ),
  });
  clients.push(client);
  client.start();
  await settle();
  const worker = workers[0];
  worker.sendStatus(readyStatus('wasm'));
  worker.sendSnapshot(fakeSnapshot(1, 0));
  frames.flush();
  await settle();
  const backend = () => client.transport.get().backend!;
  const remembered = (): BackendProbe[] | null => {
    const raw = storage.items.get(MEMORY_KEY);
    return raw ? JSON.parse(raw).probes : null;
  };
  return { client, worker, measurers, backend, summary: () => backendSummary(en, backend()), remembered };
}

describe('the background measurement and training', () => {
  it('pauses on Play (the measuring worker is closed) and goes on at Pause with only the backends not measured', async () => {
    const p = await started();
    expect(p.measurers).toHaveLength(1);
    expect(p.measurers[0].last('measure')).toMatchObject({
      backends: ['wasm', 'cpu', 'webgl'],
      budgetMs: PROBE_BUDGET_MS,
    });
    p.measurers[0].sendProbe(probe('wasm', 800));

    p.client.play();
    expect(p.measurers[0].terminated).toBe(true);
    expect(p.backend()).toMatchObject({ measuring: ['cpu', 'webgl'], measurementPaused: true });
    expect(p.summary()).toBe('auto → WASM: 800 steps/s (measurement of CPU, WebGL paused while training)');
    await settle();
    p.worker.sendSnapshot(fakeSnapshot(1, 500, [], true));

    // Nothing is measured while training runs, however long it runs, and no budget runs out.
    vi.advanceTimersByTime(10 * (PROBE_BUDGET_MS + PROBE_GRACE_MS + WORKER_START_MS));
    await settle();
    expect(p.measurers).toHaveLength(1);
    expect(p.backend().measurementPaused).toBe(true);

    p.client.pause();
    // Until the worker has answered Pause it may still be training: the measurement waits.
    expect(p.measurers).toHaveLength(1);
    await settle();
    expect(p.measurers).toHaveLength(2);
    expect(p.measurers[1].last('measure')!.backends).toEqual(['cpu', 'webgl']);
    expect(p.backend().measurementPaused).toBeUndefined();
    expect(p.summary()).toBe('auto → WASM: 800 steps/s (measuring CPU, WebGL…)');

    vi.advanceTimersByTime(1000); // the probes take their time
    p.measurers[1].finishMeasuring([probe('cpu', 2000), noWebGL]);
    await settle();
    expect(p.backend().measuring).toBeUndefined();
    expect(p.remembered()!.map((q) => q.name)).toEqual(['wasm', 'cpu', 'webgl']);
    // The run has trained: the faster backend waits for the next run, nothing restarts it.
    expect(p.backend().next).toBe('cpu');
    expect(p.worker.methods()).toEqual(['init', 'play', 'pause', 'setPlan']);
  });

  it('pauses while an experiment trains in its own worker, and goes on when it stops', async () => {
    const p = await started();
    p.client.measurement.setExperimentTraining(true);
    expect(p.measurers[0].terminated).toBe(true);
    expect(p.backend().measurementPaused).toBe(true);
    // The playground's own Play and Pause meanwhile do not resume it: the experiment still trains.
    p.client.play();
    await settle();
    p.client.pause();
    await settle();
    expect(p.measurers).toHaveLength(1);
    p.client.measurement.setExperimentTraining(false);
    await settle();
    expect(p.measurers).toHaveLength(2);
    expect(p.backend().measurementPaused).toBeUndefined();
  });

  it('never reports a probe cut short by Play', async () => {
    const p = await started();
    p.client.play();
    await settle();
    // The closed worker's answer arrives late: it is dropped, the backend is measured again later.
    p.measurers[0].sendProbe(probe('wasm', 233));
    p.measurers[0].finishMeasuring([probe('cpu', 100)]);
    await settle();
    expect(p.summary()).toBe('auto → WASM (measurement of CPU, WebGL paused while training)');
    expect(p.backend().probes).toEqual([{ name: 'wasm', ok: true }]);

    p.client.pause();
    await settle();
    expect(p.measurers[1].last('measure')!.backends).toEqual(['wasm', 'cpu', 'webgl']);
    // Still dropped once a new worker measures.
    vi.advanceTimersByTime(1000);
    p.measurers[0].sendProbe(probe('wasm', 233));
    expect(p.backend().probes).toEqual([{ name: 'wasm', ok: true }]);
    expect(p.backend().measuring).toEqual(['wasm', 'cpu', 'webgl']);
  });

  it('discards a rate timed while training ran and measures that backend again; only clean rates are remembered', async () => {
    const p = await started();
    const playedAt = Date.now();
    p.client.play();
    await settle();
    vi.advanceTimersByTime(5000);
    p.client.pause();
    await settle();
    const resumed = p.measurers[1];
    // A rate whose timing window overlaps the training (as a worker not stopped in time would send).
    const underLoad: ProbeTiming = { from: playedAt + 1000, to: playedAt + 1300 };
    resumed.sendProbe(probe('wasm', 233), underLoad);
    expect(p.backend().measuring).toEqual(['wasm', 'cpu', 'webgl']);
    expect(p.summary()).not.toContain('233');
    vi.advanceTimersByTime(1000);
    resumed.finishMeasuring([probe('cpu', 200), noWebGL]);
    await settle();
    // Measured again, alone, on a new worker; nothing is remembered until it is.
    expect(resumed.terminated).toBe(true);
    expect(p.measurers).toHaveLength(3);
    expect(p.measurers[2].last('measure')!.backends).toEqual(['wasm']);
    expect(p.remembered()).toBeNull();
    p.measurers[2].finishMeasuring([probe('wasm', 930)]);
    await settle();
    expect(p.summary()).toBe('auto → WASM: 930 steps/s vs CPU 200, WebGL failed: failed to start: no context');
    expect(p.remembered()!.find((q) => q.name === 'wasm')!.stepsPerSecond).toBe(930);
  });
});

describe('the time budget', () => {
  it('lists a backend slower to start than its budget with that time, and measures the rest on a new worker', async () => {
    const p = await started();
    p.measurers[0].sendProbe(probe('wasm', 800));
    // CPU does not answer (a worker busy compiling cannot): the page waits the budget and its grace.
    vi.advanceTimersByTime(PROBE_BUDGET_MS + PROBE_GRACE_MS - 1);
    expect(p.measurers[0].terminated).toBe(false);
    vi.advanceTimersByTime(1);
    await settle();
    expect(p.measurers[0].terminated).toBe(true);
    expect(p.summary()).toBe('auto → WASM: 800 steps/s vs CPU took over 8 s to start (not timed) (measuring WebGL…)');
    expect(p.measurers[1].last('measure')!.backends).toEqual(['webgl']);

    // A new worker's first backend also gets the worker's start.
    vi.advanceTimersByTime(PROBE_BUDGET_MS + PROBE_GRACE_MS);
    expect(p.measurers[1].terminated).toBe(false);
    // The worker's own verdict (it noticed its budget) reads the same.
    p.measurers[1].finishMeasuring([slow('webgl')]);
    await settle();
    expect(p.summary()).toBe(
      'auto → WASM: 800 steps/s vs CPU took over 8 s to start (not timed), WebGL took over 8 s to start (not timed)',
    );
    // Every backend answered: remembered, slow ones with the time they had.
    expect(p.remembered()).toEqual([probe('wasm', 800), slow('cpu'), slow('webgl')]);
  });

  it('runs on the timers it is given', () => {
    const pending: { run: () => void; at: number }[] = [];
    const timers: Timers = {
      setTimeout: (run, ms) => pending.push({ run, at: ms }),
      clearTimeout: () => {},
    };
    const worker = new FakeTrainer();
    const states: Measurement[] = [];
    let done: BackendProbe[] | null = null;
    const m = new BackgroundMeasurement({
      connect: () => worker,
      settings: () => DEFAULT_SETTINGS,
      timers,
      clock: () => 0,
      onChange: (s) => states.push(s),
      onDone: (probes) => (done = probes),
    });
    m.start(['cpu']);
    expect(pending.map((t) => t.at)).toEqual([PROBE_BUDGET_MS + PROBE_GRACE_MS + WORKER_START_MS]);
    pending[0].run();
    expect(worker.terminated).toBe(true);
    expect(done).toEqual([slow('cpu')]);
    expect(states.at(-1)!.phase).toBe('done');
  });
});
