// What a screen reader hears of the training, through one polite live region (components/LiveAnnouncer):
// "Training." when it starts, the step and JS every few seconds while it runs (never every frame: a
// reader would fall behind and say nothing else), and where it stopped when it is paused.
import type { Snapshot } from '../core/protocol';
import type { Settings } from '../core/settings';
import { formatNumber, toUnits } from './format';
import { translatorFor } from './language';
import { createStore, type Store } from './store';
import type { TransportState } from './trainerClient';

/** At most one progress announcement this often while training. */
export const ANNOUNCE_INTERVAL_MS = 5000;

export interface AnnouncerDeps {
  snapshot: Store<Snapshot | null>;
  transport: Store<TransportState>;
  settings: Store<Settings>;
  now: () => number;
  intervalMs?: number;
}

export interface Announcer {
  /** The live region's text: it changes only when something should be said. */
  message: Store<string>;
  dispose(): void;
}

export function createAnnouncer(deps: AnnouncerDeps): Announcer {
  const { snapshot, transport, settings, now } = deps;
  const interval = deps.intervalMs ?? ANNOUNCE_INTERVAL_MS;
  const message = createStore('');
  let last = -Infinity;
  let running = transport.get().running;

  const say = (m: string) => {
    last = now();
    message.set(m);
  };
  /** Said in the interface's language at the moment it is said. */
  const t = () => translatorFor(settings.get());
  const numbers = (snap: Snapshot) => {
    const units = settings.get().units;
    return { step: snap.step, js: formatNumber(toUnits(snap.analysis.js, units)), unit: t()(`value.${units}`) };
  };

  const onTransport = () => {
    const next = transport.get().running;
    if (next === running) return;
    running = next;
    const snap = snapshot.get();
    if (running) say(t()('pg.announce.started'));
    else if (snap) say(t()('pg.announce.paused', numbers(snap)));
  };
  const onSnapshot = () => {
    const snap = snapshot.get();
    if (!snap || !running || now() - last < interval) return;
    say(t()('pg.announce.progress', numbers(snap)));
  };

  const unsubscribe = [transport.subscribe(onTransport), snapshot.subscribe(onSnapshot)];
  return {
    message,
    dispose: () => unsubscribe.forEach((u) => u()),
  };
}
