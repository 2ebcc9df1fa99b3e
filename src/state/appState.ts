// The page's whole state, made by one factory from what it needs of the browser, so that it can be
// made twice (tests, a second view) and tested without a browser: the settings and their link, the
// training worker's client, notices, the help dialog, and the command list that every action runs through.
import { randomSeed as platformRandomSeed } from '../core/random';
import type { Settings } from '../core/settings';
import { browserDevice, browserStorage, createBackendMemory, type KeyValueStorage } from './backendMemory';
import { command, type CommandContext, type CommandId } from './commands';
import { onNextFrame, type FrameScheduler } from './frame';
import { createNotices, type Notices } from './notices';
import { createSettingsState, type LinkEnvironment, type SettingsState } from './settingsState';
import { createStore, type Store } from './store';
import { TrainerClient } from './trainerClient';
import type { TrainerConnection, WorkerRole } from './trainerConnection';

export interface AppEnvironment {
  location: LinkEnvironment['location'];
  history: LinkEnvironment['history'];
  /**
   * Starts a worker (the real one: connectWorker): the one that trains ('train'), or a short-lived one
   * that measures the backends in the background ('measure').
   */
  connectTrainer: (role: WorkerRole) => TrainerConnection;
  /** Defaults: the next animation frame, performance.now, Math.random. */
  frame?: FrameScheduler;
  now?: () => number;
  randomSeed?: () => number;
  /**
   * Where the last backend measurement on this device is kept. Default: window.localStorage, looked up
   * when first needed (never at import); null: remember nothing.
   */
  storage?: KeyValueStorage | null;
  /** Names this device and browser in the stored measurement (default: user agent and hardware). */
  device?: () => string;
  /** The wall clock for the measurement's age (default Date.now). */
  clock?: () => number;
}

export interface AppState {
  settings: SettingsState;
  trainer: Pick<TrainerClient, 'snapshot' | 'history' | 'transport'>;
  notices: Notices;
  helpOpen: Store<boolean>;
  setSetting<K extends keyof Settings>(key: K, value: Settings[K]): void;
  setSettingsPatch(patch: Partial<Settings>): void;
  /** Runs a command if it is enabled now; returns whether it ran. */
  run(id: CommandId): boolean;
  /** Reports link problems, normalises the address bar and starts the worker. Call once. */
  start(): void;
  dispose(): void;
}

export function createAppState(env: AppEnvironment): AppState {
  const frame = env.frame ?? onNextFrame;
  const now = env.now ?? (() => performance.now());
  const notices = createNotices();
  const settings = createSettingsState({ location: env.location, history: env.history, frame, now }, notices);
  const memory = createBackendMemory(
    () => (env.storage !== undefined ? env.storage : browserStorage()),
    env.device ?? browserDevice,
    env.clock ?? Date.now,
  );
  const trainer = new TrainerClient({
    connect: env.connectTrainer,
    settings: settings.store,
    notices,
    frame,
    now,
    memory,
  });
  const helpOpen = createStore(false);
  const context: CommandContext = {
    trainer,
    settings: settings.store,
    setSetting: settings.set,
    helpOpen,
    randomSeed: env.randomSeed ?? platformRandomSeed,
  };
  return {
    settings,
    trainer,
    notices,
    helpOpen,
    setSetting: settings.set,
    setSettingsPatch: settings.patch,
    run(id) {
      const c = command(id);
      if (!c.enabled(trainer.transport.get(), settings.store.get())) return false;
      c.run(context);
      return true;
    },
    start() {
      settings.reportInitialProblems();
      // Normalise the address bar to the settings actually loaded (clamped, defaults for bad fields).
      settings.writeHashNow();
      trainer.start();
    },
    dispose() {
      trainer.dispose();
      settings.dispose();
    },
  };
}
