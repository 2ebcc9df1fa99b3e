// The page's whole state, made by one factory from what it needs of the browser, so that it can be
// made twice (tests, a second view) and tested without a browser: the settings and their link, the
// training worker's client, notices, the help dialog, and the command list that every action runs through.
import { randomSeed as platformRandomSeed } from '../core/random';
import type { Settings } from '../core/settings';
import { settingsFromHash } from '../core/settingsLink';
import { browserDevice, browserStorage, createBackendMemory, type KeyValueStorage } from './backendMemory';
import { command, type CommandContext, type CommandId } from './commands';
import { onNextFrame, type FrameScheduler } from './frame';
import { createExporter, type Exporter } from './exporter';
import type { ExperimentConnection } from './experimentConnection';
import { createExperimentState, type ExperimentState } from './experimentState';
import { createLessonState, resolveLessonLink, type LessonControls } from './lessonState';
import { createNotices, type Notices } from './notices';
import { createSettingsState, isEmptyHash, type LinkEnvironment, type SettingsState } from './settingsState';
import { createSetupMemory, type StoredSetup } from './setupMemory';
import { browserClipboard, createShare, type ClipboardLike, type Share } from './share';
import { createStore, type Store } from './store';
import { TrainerClient } from './trainerClient';
import type { TrainerConnection, WorkerRole } from './trainerConnection';

export interface AppEnvironment {
  /** `href` is what "Copy link" copies (default: `#` and the hash). */
  location: LinkEnvironment['location'] & { readonly href?: string };
  history: LinkEnvironment['history'];
  /**
   * Starts a worker (the real one: connectWorker): the one that trains ('train'), or a short-lived one
   * that measures the backends in the background ('measure').
   */
  connectTrainer: (role: WorkerRole) => TrainerConnection;
  /** Starts the experiment worker (default: the real one), on the experiment's first Run. */
  connectExperiment?: () => ExperimentConnection;
  /** Defaults: the next animation frame, performance.now, Math.random. */
  frame?: FrameScheduler;
  now?: () => number;
  randomSeed?: () => number;
  /**
   * Where the last backend measurement and the last setup on this device are kept. Default:
   * window.localStorage, looked up when first needed (never at import); null: remember nothing.
   */
  storage?: KeyValueStorage | null;
  /** Names this device and browser in the stored measurement (default: user agent and hardware). */
  device?: () => string;
  /** The wall clock for the measurement's age (default Date.now). */
  clock?: () => number;
  /** Saves an exported file (default: a browser download). */
  save?: (blob: Blob, name: string) => void;
  /** Where "Copy link" writes (default: navigator.clipboard; null: none, the link is offered to copy by hand). */
  clipboard?: () => ClipboardLike | null;
}

export interface AppState {
  settings: SettingsState;
  trainer: Pick<TrainerClient, 'snapshot' | 'history' | 'transport'>;
  notices: Notices;
  helpOpen: Store<boolean>;
  /** Export and load: charts, the history, the settings, the weights. */
  exporter: Exporter;
  /** The lessons: choose one, its steps, leave it; restore the defaults. */
  lessons: LessonControls;
  /** "Copy link" and its outcome; the QR code of the link. */
  share: Share;
  /** The Experiments view: its snapshot, Run / Pause / Reset, and a seed opened in the playground. */
  experiment: ExperimentState;
  setSetting<K extends keyof Settings>(key: K, value: Settings[K]): void;
  setSettingsPatch(patch: Partial<Settings>): void;
  /** Runs a command if it is enabled now; returns whether it ran. */
  run(id: CommandId): boolean;
  /** Reports link problems, normalises the address bar and starts the worker. Call once. */
  start(): void;
  /** Writes what is pending now (the page is being hidden or closed): the last setup on this device. */
  flush(): void;
  dispose(): void;
}

export function createAppState(env: AppEnvironment): AppState {
  const frame = env.frame ?? onNextFrame;
  const now = env.now ?? (() => performance.now());
  const notices = createNotices();
  const storage = () => (env.storage !== undefined ? env.storage : browserStorage());
  // The last setup on this device: loaded when the page opens without a link (a link always wins).
  const setup = createSetupMemory(storage);
  const saved = setup.read();
  const settings = createSettingsState({ location: env.location, history: env.history, frame, now }, notices, {
    savedHash: saved?.settings,
    resolve: (s) => resolveLessonLink(s, notices),
  });
  const memory = createBackendMemory(storage, env.device ?? browserDevice, env.clock ?? Date.now);
  const trainer = new TrainerClient({
    connect: env.connectTrainer,
    settings: settings.store,
    notices,
    frame,
    now,
    clock: env.clock ?? Date.now,
    memory,
  });
  const helpOpen = createStore(false);
  const restartRun = () => {
    // A new setup starts clean: paused at step 0 (before the worker is ready it starts with it anyway).
    const t = trainer.transport.get();
    if (!t.ready) return;
    if (t.running) trainer.pause();
    trainer.reset();
  };
  const lessons = createLessonState({
    settings,
    notices,
    initialOwn: initialOwnSetup(saved, !isEmptyHash(env.location.hash)),
    restartRun,
  });
  // The playground and the experiment never train at once (two cores): each one's Run pauses the other.
  const experiment = createExperimentState({
    connect: env.connectExperiment,
    settings: settings.store,
    backend: () => trainer.transport.get().backend?.active ?? 'auto',
    pausePlayground: () => {
      if (trainer.transport.get().running) trainer.pause();
    },
    patchSettings: settings.patch,
    restartRun,
  });
  const unsubscribeExperiment = [
    trainer.transport.subscribe(() => {
      if (trainer.transport.get().running && experiment.running.get()) experiment.pause();
    }),
    // Nor does the background measurement of the backends time them while the experiment trains.
    experiment.running.subscribe(() => trainer.measurement.setExperimentTraining(experiment.running.get())),
  ];
  const remember = () => setup.write(settings.store.get(), lessons.own());
  const unsubscribeSetup = settings.store.subscribe(remember);
  const share = createShare({
    link: () => {
      settings.writeHashNow();
      return env.location.href ?? env.location.hash;
    },
    clipboard: env.clipboard ?? browserClipboard,
    onSetupChange: (listener) => settings.store.subscribe(listener),
  });
  const context: CommandContext = {
    trainer,
    settings: settings.store,
    setSetting: settings.set,
    helpOpen,
    randomSeed: env.randomSeed ?? platformRandomSeed,
    lessons,
    share,
  };
  return {
    settings,
    // The client's stores only: its actions are reached through the commands (run) and the parts below.
    trainer: { snapshot: trainer.snapshot, history: trainer.history, transport: trainer.transport },
    notices,
    helpOpen,
    exporter: createExporter({ trainer, settings, notices, save: env.save }),
    lessons,
    share,
    experiment: {
      snapshot: experiment.snapshot,
      running: experiment.running,
      run: experiment.run,
      pause: experiment.pause,
      reset: experiment.reset,
      openSeed: experiment.openSeed,
    },
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
      remember();
      trainer.start();
    },
    flush: () => setup.flush(),
    dispose() {
      trainer.dispose();
      for (const unsubscribe of unsubscribeExperiment) unsubscribe();
      experiment.dispose();
      unsubscribeSetup();
      lessons.dispose();
      share.dispose();
      setup.dispose();
      settings.dispose();
    },
  };
}

/**
 * The person's own setup for "Leave lesson" when the page opens in a lesson: the one saved with the
 * lesson on this device, else (for a lesson opened by a link) the last setup here if it was no lesson.
 */
function initialOwnSetup(saved: StoredSetup | null, openedByLink: boolean): Settings | null {
  if (!saved) return null;
  if (saved.own) return { ...settingsFromHash(saved.own).settings, lesson: '', lessonStep: 0 };
  if (!openedByLink) return null;
  const last = settingsFromHash(saved.settings).settings;
  return last.lesson === '' ? last : null;
}
