// The training service under Node on the CPU backend: it learns, it replays, it pauses on divergence.
import { expect, test } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { Trainer } from './trainer';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import { PROBE_TIMING_MS, PROBE_WARMUP_MS } from './backendProbe';
import type { BackendPlan, BackendProbe, ProbeTiming, Snapshot, WorkerStatus } from '../core/protocol';

async function started(settings: Settings, plan: BackendPlan | null = null) {
  const snapshots: Snapshot[] = [];
  const statuses: WorkerStatus[] = [];
  const trainer = new Trainer({ backends: ['cpu'] });
  await trainer.init(
    settings,
    (s) => snapshots.push(s),
    (s) => statuses.push(s),
    plan,
  );
  return { trainer, snapshots, statuses };
}

async function runUntil(trainer: Trainer, done: () => boolean, timeoutMs: number): Promise<void> {
  const t0 = Date.now();
  trainer.play();
  while (!done() && Date.now() - t0 < timeoutMs) await new Promise((r) => setTimeout(r, 20));
  trainer.pause();
  await trainer.waitIdle();
}

test('training on one Gaussian moves JS down and keeps the tensor count flat', async () => {
  const { trainer, snapshots, statuses } = await started({ ...DEFAULT_SETTINGS, seed: 3 });
  expect(statuses.at(-1)).toMatchObject({ kind: 'ready', backend: { active: 'cpu', how: 'auto' } });
  const initial = snapshots.at(-1)!;
  expect(initial.step).toBe(0);
  expect(initial.analysis.js).toBeGreaterThan(0.05); // an untrained G is far from N(1.5, 0.6²)

  await runUntil(trainer, () => (snapshots.at(-1)?.step ?? 0) >= 100, 60_000);
  const tensorsAfterWarmup = tf.memory().numTensors;
  await runUntil(trainer, () => (snapshots.at(-1)?.step ?? 0) >= 600, 120_000);
  const last = snapshots.at(-1)!;
  expect(last.step).toBeGreaterThanOrEqual(600);
  expect(last.analysis.js).toBeLessThan(initial.analysis.js / 2);
  expect(tf.memory().numTensors).toBe(tensorsAfterWarmup);
  // The history the main thread appends covers the run in increasing steps.
  const steps = snapshots.flatMap((s) => s.history.map((h) => h.step));
  expect(steps.length).toBeGreaterThan(3);
  expect(steps.every((v, i) => i === 0 || v > steps[i - 1])).toBe(true);

  // Step: exactly one more step. Reset: the same run again from step 0.
  const before = trainer.currentStep;
  await trainer.step();
  expect(trainer.currentStep).toBe(before + 1);
  await trainer.reset({ ...DEFAULT_SETTINGS, seed: 3 });
  const again = snapshots.at(-1)!;
  expect(again.step).toBe(0);
  expect(again.runId).toBeGreaterThan(initial.runId);
  expect(again.analysis.js).toBeCloseTo(initial.analysis.js, 12);
}, 240_000);

test('a diverging run (SGD, learning rate 10) pauses itself and says so', async () => {
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    optimizer: 'sgd',
    lrD: 10,
    lrG: 10,
    // Leaky ReLU: a plain ReLU net can die (all units off) instead of overflowing.
    gActivation: 'leakyRelu',
    dActivation: 'leakyRelu',
    seed: 1,
  };
  const { trainer, statuses } = await started(settings);
  await runUntil(trainer, () => statuses.some((s) => s.kind === 'diverged'), 60_000);
  const diverged = statuses.find((s) => s.kind === 'diverged');
  expect(diverged).toBeDefined();
  expect(diverged!.kind === 'diverged' && diverged!.step).toBeGreaterThan(0);
}, 120_000);

test('a target change while paused is visible in the next snapshot without a restart', async () => {
  const { trainer, snapshots } = await started(DEFAULT_SETTINGS);
  await trainer.step();
  const before = snapshots.at(-1)!;
  await trainer.setSettings({ ...DEFAULT_SETTINGS, mean0: -2 });
  const after = snapshots.at(-1)!;
  expect(after.runId).toBe(before.runId);
  expect(after.step).toBe(before.step);
  // p_data's peak moved from x = 1.5 to x = −2.
  const argmax = (a: Float64Array) => a.indexOf(Math.max(...a));
  expect(argmax(before.analysis.pData)).toBeGreaterThan(argmax(after.analysis.pData));
});

test('auto starts at once on the first backend that starts, times nothing, and says the choice is provisional', async () => {
  const { trainer, snapshots, statuses } = await started(DEFAULT_SETTINGS);
  expect(statuses).toEqual([
    { kind: 'starting', phase: 'starting', backend: 'cpu' },
    // No rate: nothing was timed (the page measures in the background).
    {
      kind: 'ready',
      backend: { active: 'cpu', how: 'auto', chosenBy: 'start-order', probes: [{ name: 'cpu', ok: true }] },
    },
  ]);
  // Ready means step 0 is drawn and nothing has trained.
  expect(snapshots).toHaveLength(1);
  expect(snapshots[0].step).toBe(0);
  expect(trainer.currentStep).toBe(0);
  await trainer.dispose();
});

test('with a remembered measurement it says so and lists it', async () => {
  const probes: BackendProbe[] = [
    { name: 'cpu', ok: true, stepsPerSecond: 240 },
    { name: 'webgl', ok: false, failure: { code: 'start-failed', detail: 'no WebGL context' } },
  ];
  const { trainer, statuses } = await started(DEFAULT_SETTINGS, { order: ['cpu'], probes, source: 'memory' });
  expect(statuses.at(-1)).toEqual({
    kind: 'ready',
    backend: { active: 'cpu', how: 'auto', chosenBy: 'memory', probes },
  });
  // A new plan (the page measured again) is used from the next run on; the same backend: same run again.
  const first = trainer.currentStep;
  await trainer.setPlan({ order: ['cpu'], probes, source: 'measurement' });
  await trainer.reset(DEFAULT_SETTINGS);
  expect(trainer.currentStep).toBe(first);
  await trainer.dispose();
});

test('a pinned backend that cannot start falls back to auto and says why', async () => {
  // Under Node there is no OffscreenCanvas: WebGL cannot start.
  const { trainer, statuses } = await started({ ...DEFAULT_SETTINGS, backend: 'webgl' });
  expect(statuses.at(-1)).toMatchObject({
    kind: 'ready',
    backend: { active: 'cpu', how: 'fallback', pinned: { name: 'webgl', failure: { code: 'no-offscreen-canvas' } } },
  });
  await trainer.dispose();
});

test('measure() times each backend within its budget and says when; a training worker refuses to', async () => {
  const prober = new Trainer({ backends: ['cpu'] });
  const seen: { probe: BackendProbe; timed: ProbeTiming | null }[] = [];
  const before = Date.now();
  await prober.measure(DEFAULT_SETTINGS, ['cpu'], 20_000, (probe, timed) => seen.push({ probe, timed }));
  expect(seen).toHaveLength(1);
  expect(seen[0].probe).toMatchObject({ name: 'cpu', ok: true });
  expect(seen[0].probe.stepsPerSecond).toBeGreaterThan(0);
  // Timed on the wall clock, for about PROBE_TIMING_MS, after the warm-up.
  const { from, to } = seen[0].timed!;
  expect(from).toBeGreaterThanOrEqual(before + PROBE_WARMUP_MS);
  expect(to - from).toBeGreaterThanOrEqual(PROBE_TIMING_MS);
  expect(to).toBeLessThanOrEqual(Date.now());

  // A budget that leaves no time to warm up and be timed: slower to start than that, with its time.
  const budget = PROBE_WARMUP_MS + PROBE_TIMING_MS - 1;
  const hurried: BackendProbe[] = [];
  await prober.measure(DEFAULT_SETTINGS, ['cpu'], budget, (probe, timed) => {
    hurried.push(probe);
    expect(timed).toBeNull();
  });
  expect(hurried).toEqual([{ name: 'cpu', ok: false, failure: { code: 'probe-slow', ms: budget } }]);
  await prober.dispose();

  const { trainer } = await started(DEFAULT_SETTINGS);
  await expect(trainer.measure(DEFAULT_SETTINGS, ['cpu'], 20_000, () => {})).rejects.toThrow(/does not train/);
  await trainer.dispose();
});

test('Step D and Step G update one player and say which; slow motion alternates k D updates and one G update', async () => {
  const { trainer, snapshots } = await started({ ...DEFAULT_SETTINGS, seed: 4, kD: 2 });
  await trainer.stepPart('d');
  expect(snapshots.at(-1)).toMatchObject({ step: 0, lastUpdate: 'd' });
  await trainer.stepPart('g');
  expect(snapshots.at(-1)).toMatchObject({ step: 1, lastUpdate: 'g' });
  await trainer.step();
  expect(snapshots.at(-1)).toMatchObject({ step: 2, lastUpdate: 'both' });

  await trainer.setSettings({ ...DEFAULT_SETTINGS, seed: 4, kD: 2, slowMotion: true });
  const from = snapshots.length;
  await runUntil(trainer, () => snapshots.length - from >= 6, 20_000);
  const players = snapshots.slice(from, from + 6).map((s) => s.lastUpdate);
  expect(players).toEqual(['d', 'd', 'g', 'd', 'd', 'g']);
  expect(snapshots.at(-1)!.step).toBeGreaterThanOrEqual(4);
}, 60_000);

test('each objective trains under the service and its theorem holds: J(D*) by quadrature = its closed form', async () => {
  for (const objective of ['lsgan', 'wgan', 'wgan-gp', 'hinge'] as const) {
    const { trainer, snapshots } = await started({ ...DEFAULT_SETTINGS, seed: 2, objective });
    await runUntil(trainer, () => (snapshots.at(-1)?.step ?? 0) >= 50, 60_000);
    const a = snapshots.at(-1)!.analysis;
    expect(a.objective).toBe(objective);
    expect(a.jdStar!).toBeCloseTo(a.jdStarClosedForm!, 2);
    expect(Number.isFinite(snapshots.at(-1)!.lossD)).toBe(true);
    await trainer.dispose();
  }
}, 120_000);
