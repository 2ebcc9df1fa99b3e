// Actions as data: one list drives the header buttons, the keyboard shortcuts and the help dialog.
import { randomSeed } from '../core/random';
import { setSetting, settingsStore } from './settingsStore';
import { createStore } from './store';
import { trainer, transportStore, type TransportState } from './trainerClient';

export type CommandId = 'play' | 'step' | 'reset' | 'newSeed' | 'units' | 'help';

export interface Command {
  id: CommandId;
  /** The button's accessible name (Play/Pause changes with the state). */
  label: (t: TransportState) => string;
  /** What the help dialog says it does. */
  description: string;
  /** `key` as in KeyboardEvent.key; `display` is what the help shows. */
  shortcut: { key: string; display: string };
  run: () => void;
  enabled: (t: TransportState) => boolean;
}

/** Whether the help dialog is open. */
export const helpOpenStore = createStore(false);

const canTrain = (t: TransportState) => t.ready && t.status.kind !== 'error' && t.status.kind !== 'starting';

export const COMMANDS: readonly Command[] = [
  {
    id: 'play',
    label: (t) => (t.running ? 'Pause' : 'Play'),
    description: 'Start or pause training',
    shortcut: { key: ' ', display: 'Space' },
    run: () => trainer.toggle(),
    enabled: (t) => t.running || (canTrain(t) && t.status.kind !== 'diverged'),
  },
  {
    id: 'step',
    label: () => 'Step',
    description: 'Train one step (one generator update, k discriminator updates)',
    shortcut: { key: 's', display: 'S' },
    run: () => trainer.step(),
    enabled: (t) => !t.running && canTrain(t) && t.status.kind !== 'diverged',
  },
  {
    id: 'reset',
    label: () => 'Reset',
    description: 'Restart the run from step 0 with the same seed (the same run again)',
    shortcut: { key: 'r', display: 'R' },
    run: () => trainer.reset(),
    enabled: (t) => t.ready,
  },
  {
    id: 'newSeed',
    label: () => 'New seed',
    description: 'Restart from step 0 with new random initial weights and noise',
    shortcut: { key: 'n', display: 'N' },
    run: () => setSetting('seed', randomSeed()),
    enabled: (t) => t.ready,
  },
  {
    id: 'units',
    label: () => 'Nats/bits',
    description: 'Show divergences in nats or in bits (1 bit = ln 2 nats)',
    shortcut: { key: 'u', display: 'U' },
    run: () => setSetting('units', settingsStore.get().units === 'nats' ? 'bits' : 'nats'),
    enabled: () => true,
  },
  {
    id: 'help',
    label: () => 'Help',
    description: 'Show this list of keyboard shortcuts',
    shortcut: { key: '?', display: '?' },
    run: () => helpOpenStore.set(!helpOpenStore.get()),
    enabled: () => true,
  },
];

export const command = (id: CommandId): Command => COMMANDS.find((c) => c.id === id)!;

/** Global shortcuts; typing in a field or using a focused control's own keys is left alone. */
export function installShortcuts(): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
    const target = e.target as HTMLElement | null;
    const tag = target?.tagName;
    if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA' || target?.isContentEditable) return;
    // Space on a focused button or summary activates that element, not Play.
    if (e.key === ' ' && (tag === 'BUTTON' || tag === 'SUMMARY' || tag === 'A')) return;
    // With the help dialog open only "?" (and Escape, handled by the dialog) act.
    if (helpOpenStore.get() && e.key !== '?') return;
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    const cmd = COMMANDS.find((c) => c.shortcut.key === key);
    if (!cmd || !cmd.enabled(transportStore.get())) return;
    e.preventDefault();
    cmd.run();
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
