// The experiment service under Node on the CPU backend, with few seeds and steps.
import { expect, test } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { ExperimentRunner } from './experimentRunner';
import { EXPERIMENT_CHECK_EVERY, type ExperimentSetup, type ExperimentSnapshot } from '../core/experiment';
import { DEFAULT_SETTINGS, trainingSettings } from '../core/settings';

const A = { ...trainingSettings(DEFAULT_SETTINGS), batchSize: 32 };
const setup = (steps: number, seeds = 2): ExperimentSetup => ({
  a: A,
  b: { ...A, r1Gamma: 1 },
  seeds,
  steps,
  backend: 'auto',
});

async function runner() {
  const snapshots: ExperimentSnapshot[] = [];
  const r = new ExperimentRunner({ backends: ['cpu'], snapshotHz: 1000 });
  await r.init((s) => snapshots.push(s));
  return { r, snapshots };
}

async function until(done: () => boolean): Promise<void> {
  while (!done()) await new Promise((resolve) => setTimeout(resolve, 10));
}

test('configure sends step 0 of both arms; play trains both to `steps` and stops there', async () => {
  const { r, snapshots } = await runner();
  await r.configure(setup(250));
  const first = snapshots.at(-1)!;
  expect(first).toMatchObject({ step: 0, steps: 250, running: false, backend: 'cpu', error: null });
  expect(first.a.seeds.map((s) => s.seed)).toEqual([1, 2]);
  expect(first.b.seeds.map((s) => s.seed)).toEqual([1, 2]);
  expect(first.b.settings.r1Gamma).toBe(1);
  expect(first.a.seeds[0].js).toBeGreaterThan(0.01);
  expect(first.a.seeds[0].jsHistory.length).toBe(0);
  expect(first.a.seeds[0].density.length).toBeGreaterThan(0);

  await r.play();
  await until(() => snapshots.at(-1)!.step === 250 && !snapshots.at(-1)!.running);
  await r.waitIdle();
  const last = snapshots.at(-1)!;
  // Checks at 100 and 200 (the history); the readings themselves are of step 250.
  for (const arm of [last.a, last.b])
    for (const seed of arm.seeds) {
      expect(seed.jsHistory.length).toBe(Math.floor(250 / EXPERIMENT_CHECK_EVERY));
      expect(Number.isFinite(seed.js)).toBe(true);
      expect(['converged', 'open', 'held', 'collapsed']).toContain(seed.outcome);
    }
  // Snapshots arrived while it ran, each with the rate of all models, and the step only went up.
  const steps = snapshots.map((s) => s.step);
  expect(steps.every((v, i) => i === 0 || v >= steps[i - 1])).toBe(true);
  expect(snapshots.some((s) => s.running && s.step > 0)).toBe(true);
  expect(last.rate).toBe(0);
  // Nothing trains past the end: play() at the end does nothing.
  await r.play();
  await r.waitIdle();
  expect(r.currentStep).toBe(250);
  await r.dispose();
}, 120_000);

test('pause stops both arms at one step; configure resets to step 0; no tensor leaks', async () => {
  const { r, snapshots } = await runner();
  const before = tf.memory().numTensors;
  await r.configure(setup(5000));
  const built = tf.memory().numTensors;
  expect(built).toBeGreaterThan(before);
  await r.play();
  await until(() => snapshots.at(-1)!.step >= 120);
  await r.pause();
  const paused = snapshots.at(-1)!;
  expect(paused.running).toBe(false);
  expect(paused.step).toBe(r.currentStep);
  expect(paused.step).toBeLessThan(5000);
  // Both arms moved together: the same number of checks in every seed's history.
  const checks = Math.floor(paused.step / EXPERIMENT_CHECK_EVERY);
  for (const arm of [paused.a, paused.b]) for (const s of arm.seeds) expect(s.jsHistory.length).toBe(checks);
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(r.currentStep).toBe(paused.step);
  // Training and the checks' read-backs leave no tensor behind.
  expect(tf.memory().numTensors).toBe(built);

  await r.configure(setup(5000, 3));
  const reset = snapshots.at(-1)!;
  expect(reset.step).toBe(0);
  expect(reset.a.seeds).toHaveLength(3);
  await r.dispose();
  // The first configure's tensors went with the second; the second's with dispose.
  expect(tf.memory().numTensors).toBe(before);
}, 120_000);

test('a diverging arm (SGD, learning rate 10) is marked diverged; the other arm trains on to the end', async () => {
  const { r, snapshots } = await runner();
  const wild = { ...A, optimizer: 'sgd' as const, lrD: 10, lrG: 10 };
  await r.configure({ ...setup(500), b: wild });
  await r.play();
  await until(() => snapshots.at(-1)!.step === 500 && !snapshots.at(-1)!.running);
  await r.waitIdle();
  const last = snapshots.at(-1)!;
  expect(last.error).toBeNull();
  expect(last.b.seeds.map((s) => s.outcome)).toEqual(['diverged', 'diverged']);
  expect(last.b.seeds.every((s) => Number.isNaN(s.js))).toBe(true);
  for (const s of last.a.seeds) {
    expect(s.outcome).not.toBe('diverged');
    expect(Number.isFinite(s.js)).toBe(true);
  }
  await r.dispose();
}, 120_000);
