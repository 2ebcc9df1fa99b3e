// The page's side of an experiment, on a fake experiment worker: the worker starts on the first Run with
// the setup from the settings, a changed setup resets it while paused, Run pauses the playground, Reset
// goes back to step 0, and a finished experiment runs again from step 0.
import { describe, expect, it } from 'vitest';
import type { ExperimentSetup, ExperimentSnapshot } from '../core/experiment';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import { ExperimentClient } from './experimentClient';
import type { ExperimentConnection } from './experimentConnection';
import { createStore } from './store';

const settle = async () => {
  for (let i = 0; i < 8; i++) await Promise.resolve();
};

class FakeExperiment implements ExperimentConnection {
  calls: string[] = [];
  setups: ExperimentSetup[] = [];
  private send: (s: ExperimentSnapshot) => void = () => {};
  async init(onSnapshot: (s: ExperimentSnapshot) => void) {
    this.calls.push('init');
    this.send = onSnapshot;
  }
  async configure(setup: ExperimentSetup) {
    this.calls.push('configure');
    this.setups.push(setup);
    this.snapshot(0, false);
  }
  async play() {
    this.calls.push('play');
  }
  async pause() {
    this.calls.push('pause');
  }
  terminate() {
    this.calls.push('terminate');
  }
  snapshot(step: number, running: boolean) {
    const setup = this.setups.at(-1)!;
    const arm = { settings: setup.a, seeds: [] };
    this.send({ step, steps: setup.steps, running, rate: 0, backend: 'cpu', a: arm, b: arm, error: null });
  }
}

function client(initial: Partial<Settings> = {}) {
  const settings = createStore<Settings>({ ...DEFAULT_SETTINGS, experimentSeeds: 4, ...initial });
  const worker = new FakeExperiment();
  let connections = 0;
  let playgroundPauses = 0;
  const c = new ExperimentClient({
    connect: () => {
      connections++;
      return worker;
    },
    settings,
    backend: () => 'wasm',
    pausePlayground: () => playgroundPauses++,
  });
  return { c, worker, settings, connections: () => connections, playgroundPauses: () => playgroundPauses };
}

describe('the experiment client', () => {
  it('starts the worker on the first Run with A, B = A with the variant, N seeds and the steps', async () => {
    const p = client({ variantB: 'r1:1,ema:0', experimentSteps: 1000 });
    expect(p.connections()).toBe(0);
    p.c.run();
    expect(p.c.running.get()).toBe(true);
    expect(p.playgroundPauses()).toBe(1);
    await settle();
    expect(p.connections()).toBe(1);
    expect(p.worker.calls).toEqual(['init', 'configure', 'play']);
    const setup = p.worker.setups[0];
    expect(setup).toMatchObject({ seeds: 4, steps: 1000, backend: 'wasm' });
    expect(setup.a.r1Gamma).toBe(0);
    expect(setup.b).toEqual({ ...setup.a, r1Gamma: 1, emaDecay: 0 });
    // While the call was pending, the configure's paused snapshot did not flip the button back.
    expect(p.c.running.get()).toBe(true);
    p.worker.snapshot(300, true);
    expect(p.c.snapshot.get()!.step).toBe(300);
  });

  it('Pause, then Run goes on without configuring again; a changed setup while paused resets to step 0', async () => {
    const p = client();
    p.c.run();
    await settle();
    p.c.pause();
    await settle();
    p.worker.snapshot(500, false);
    expect(p.c.running.get()).toBe(false);
    p.c.run();
    await settle();
    expect(p.worker.calls).toEqual(['init', 'configure', 'play', 'pause', 'play']);
    p.c.pause();
    await settle();
    p.settings.set({ ...p.settings.get(), experimentSeeds: 8 });
    await settle();
    expect(p.worker.calls.at(-1)).toBe('configure');
    expect(p.worker.setups.at(-1)!.seeds).toBe(8);
    expect(p.c.snapshot.get()!.step).toBe(0);
    // A display setting (the open view) is no new setup.
    const configures = p.worker.setups.length;
    p.settings.set({ ...p.settings.get(), view: 'playground' });
    await settle();
    expect(p.worker.setups).toHaveLength(configures);
  });

  it('does not reconfigure while it runs; Reset and a finished experiment start again from step 0', async () => {
    const p = client();
    p.c.run();
    await settle();
    p.settings.set({ ...p.settings.get(), r1Gamma: 1 });
    await settle();
    expect(p.worker.setups).toHaveLength(1);
    p.c.reset();
    await settle();
    expect(p.worker.calls.slice(-2)).toEqual(['pause', 'configure']);
    expect(p.worker.setups.at(-1)!.a.r1Gamma).toBe(1);
    expect(p.c.running.get()).toBe(false);
    // Finished: Run trains the same setup again from step 0.
    p.worker.snapshot(p.worker.setups.at(-1)!.steps, false);
    p.c.run();
    await settle();
    expect(p.worker.calls.slice(-2)).toEqual(['configure', 'play']);
  });

  it('keeps its results for the playground’s own seed, and for a change made keeping them, until Run', async () => {
    const p = client();
    p.c.run();
    await settle();
    p.c.pause();
    await settle();
    p.worker.snapshot(700, false);
    // The playground's seed (New seed) is not the experiment's: seeds 1..N train whatever it is.
    p.settings.set({ ...p.settings.get(), seed: 7 });
    await settle();
    expect(p.worker.setups).toHaveLength(1);
    // A seed opened in the playground changes A; the results stay on screen until the next Run.
    p.c.keepingResults(() => p.settings.set({ ...p.settings.get(), r1Gamma: 1 }));
    await settle();
    expect(p.worker.setups).toHaveLength(1);
    expect(p.c.snapshot.get()!.step).toBe(700);
    // Coming back to the view (a display setting) keeps them too.
    p.settings.set({ ...p.settings.get(), view: 'experiment' });
    await settle();
    expect(p.worker.setups).toHaveLength(1);
    p.c.run();
    await settle();
    expect(p.worker.calls.slice(-2)).toEqual(['configure', 'play']);
    expect(p.worker.setups.at(-1)!.a.r1Gamma).toBe(1);
  });

  it('stops its worker when the page goes', async () => {
    const p = client();
    p.c.run();
    await settle();
    p.c.dispose();
    expect(p.worker.calls.at(-1)).toBe('terminate');
  });
});
