// The Experiments view's part of the page state: its client loads on the first action, and a seed opened
// in the playground takes its arm's settings with that seed, the playground's run restarted.
import { expect, it, vi } from 'vitest';
import type { ExperimentSetup, ExperimentSnapshot } from '../core/experiment';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import type { ExperimentConnection } from './experimentConnection';
import { createExperimentState } from './experimentState';
import { createStore } from './store';

it('loads its client on Run, and opens a seed of B in the playground with B’s settings', async () => {
  const settings = createStore<Settings>({ ...DEFAULT_SETTINGS, experimentSeeds: 2, variantB: 'r1:1' });
  let send: (s: ExperimentSnapshot) => void = () => {};
  const setups: ExperimentSetup[] = [];
  const connection: ExperimentConnection = {
    init: async (onSnapshot) => void (send = onSnapshot),
    configure: async (setup) => void setups.push(setup),
    play: async () => {},
    pause: async () => {},
    terminate: () => {},
  };
  const restartRun = vi.fn();
  const state = createExperimentState({
    connect: () => connection,
    settings,
    backend: () => 'cpu',
    pausePlayground: () => {},
    patchSettings: (patch) => settings.set({ ...settings.get(), ...patch }),
    restartRun,
  });
  // Nothing to open before a run.
  state.openSeed('b', 2);
  expect(restartRun).not.toHaveBeenCalled();

  state.run();
  await vi.waitFor(() => expect(setups).toHaveLength(1));
  const arm = (s: ExperimentSetup['a']) => ({ settings: s, seeds: [] });
  send({
    step: 300,
    steps: 5000,
    running: false,
    rate: 0,
    backend: 'cpu',
    a: arm(setups[0].a),
    b: arm(setups[0].b),
    error: null,
  });
  expect(state.snapshot.get()!.step).toBe(300);

  state.openSeed('b', 2);
  expect(settings.get()).toMatchObject({ seed: 2, r1Gamma: 1, view: 'playground' });
  expect(restartRun).toHaveBeenCalledTimes(1);
  // The results stay: opening a seed is no new setup for the experiment.
  expect(setups).toHaveLength(1);
  state.dispose();
});
