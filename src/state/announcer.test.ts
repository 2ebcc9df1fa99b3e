import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../core/protocol';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import { ANNOUNCE_INTERVAL_MS, createAnnouncer } from './announcer';
import { createStore } from './store';
import { fakeSnapshot } from './testing/fakeTrainer';
import type { TransportState } from './trainerClient';

function setup() {
  let t = 0;
  const snapshot = createStore<Snapshot | null>(null);
  const transport = createStore<TransportState>({
    status: { kind: 'starting' },
    backend: null,
    running: false,
    ready: true,
  } as TransportState);
  const settings = createStore<Settings>(DEFAULT_SETTINGS);
  const announcer = createAnnouncer({ snapshot, transport, settings, now: () => t });
  const said: string[] = [];
  announcer.message.subscribe(() => said.push(announcer.message.get()));
  const run = (running: boolean) => transport.set({ ...transport.get(), running });
  /** Snapshots at 30 per second for `seconds`, the step advancing 20 per snapshot. */
  const train = (seconds: number) => {
    for (let i = 0; i < seconds * 30; i++) {
      t += 1000 / 30;
      const step = (snapshot.get()?.step ?? 0) + 20;
      snapshot.set({ ...fakeSnapshot(1, step, [], true), analysis: { ...fakeSnapshot(1, step).analysis, js: 0.0123 } });
    }
  };
  return { announcer, said, run, train, settings, snapshot };
}

describe('the live announcer', () => {
  it('says when training starts, then the step and JS at most once per interval, then where it paused', () => {
    const { said, run, train } = setup();
    run(true);
    train(12);
    run(false);
    expect(said[0]).toBe('Training.');
    const progress = said.filter((m) => m.startsWith('Step'));
    // 12 s of snapshots at 30/s (360 of them): two progress lines at 5 s intervals, not 360.
    expect(progress.length).toBe(Math.floor((12 * 1000) / ANNOUNCE_INTERVAL_MS));
    expect(progress[0]).toMatch(/^Step \d+, JS 0\.0123 nats\.$/);
    expect(said[said.length - 1]).toBe('Paused at step 7200, JS 0.0123 nats.');
    expect(said.length).toBe(1 + progress.length + 1);
  });

  it('says nothing while paused, whatever snapshots arrive', () => {
    const { said, train } = setup();
    train(20);
    expect(said).toEqual([]);
  });

  it('speaks in the chosen units', () => {
    const { said, run, train, settings } = setup();
    settings.set({ ...settings.get(), units: 'bits' });
    run(true);
    train(6);
    expect(said[1]).toMatch(/^Step \d+, JS 0\.0177 bits\.$/);
  });

  it('stops when disposed', () => {
    const { said, run, train, announcer } = setup();
    announcer.dispose();
    run(true);
    train(10);
    expect(said).toEqual([]);
  });
});
