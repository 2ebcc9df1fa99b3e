// Actions as data: one list drives the header buttons, the banners' buttons, the keyboard shortcuts
// and the help dialog. Every user action on the run goes through `AppState.run(id)`.
import type { Settings } from '../core/settings';
import { DISPLAY_TEXT } from './displayText';
import { lessonById } from './lessonCatalog';
import type { LessonControls } from './lessonState';
import { LESSON_TEXTS, SHARE_TEXTS } from './lessonTexts';
import type { Share } from './share';
import type { Store } from './store';
import type { TrainerClient, TransportState } from './trainerClient';

export type CommandId =
  | 'play'
  | 'step'
  | 'stepD'
  | 'stepG'
  | 'slowMotion'
  | 'optimalD'
  | 'reset'
  | 'newSeed'
  | 'units'
  | 'presentation'
  | 'help'
  | 'restartWorker'
  | 'copyLink'
  | 'restoreDefaults'
  | 'lessonBack'
  | 'lessonNext'
  | 'leaveLesson';

/** What a command may touch. */
export interface CommandContext {
  trainer: TrainerClient;
  settings: Store<Settings>;
  setSetting<K extends keyof Settings>(key: K, value: Settings[K]): void;
  helpOpen: Store<boolean>;
  randomSeed: () => number;
  lessons: LessonControls;
  share: Share;
}

export interface Command {
  id: CommandId;
  /** The button's accessible name (Play/Pause changes with the state). */
  label: (t: TransportState) => string;
  /** What the help dialog says it does. */
  description: string;
  /** `key` as in KeyboardEvent.key; `display` is what the help shows. Commands without one are buttons only. */
  shortcut?: { key: string; display: string };
  /** Whether it can run now, from the transport and the settings (Step D is off in optimal-D mode). */
  enabled: (t: TransportState, s: Settings) => boolean;
  run: (ctx: CommandContext) => void;
}

/** The open lesson's step count (0 when no lesson is open). */
const lessonSteps = (s: Settings) => (s.lesson ? (lessonById(s.lesson)?.steps.length ?? 0) : 0);

const canTrain = (t: TransportState) =>
  t.ready && t.status.kind !== 'error' && t.status.kind !== 'starting' && t.status.kind !== 'diverged';

export const COMMANDS: readonly Command[] = [
  {
    id: 'play',
    label: (t) => (t.running ? 'Pause' : 'Play'),
    description: 'Start or pause training',
    shortcut: { key: ' ', display: 'Space' },
    enabled: (t) => t.running || canTrain(t),
    run: ({ trainer }) => trainer.toggle(),
  },
  {
    id: 'step',
    label: () => 'Step',
    description: 'Train one step (one generator update, k discriminator updates)',
    shortcut: { key: 's', display: 'S' },
    enabled: (t) => !t.running && canTrain(t),
    run: ({ trainer }) => trainer.step(),
  },
  {
    id: 'stepD',
    label: () => 'Step D',
    description: 'One discriminator update only: watch D(x) move while G stands still',
    shortcut: { key: 'd', display: 'D' },
    enabled: (t, s) => !t.running && canTrain(t) && !s.optimalD,
    run: ({ trainer }) => trainer.step('d'),
  },
  {
    id: 'stepG',
    label: () => 'Step G',
    description: 'One generator update only: watch p_model move while D stands still',
    shortcut: { key: 'g', display: 'G' },
    enabled: (t) => !t.running && canTrain(t),
    run: ({ trainer }) => trainer.step('g'),
  },
  {
    id: 'slowMotion',
    label: () => 'Slow motion',
    description: 'Train a few updates a second, D’s and G’s one at a time, each drawn',
    shortcut: { key: 'm', display: 'M' },
    enabled: () => true,
    run: ({ settings, setSetting }) => setSetting('slowMotion', !settings.get().slowMotion),
  },
  {
    id: 'optimalD',
    label: () => 'Optimal D',
    description: 'Train G against the exact best discriminator D* instead of the network D',
    shortcut: { key: 'o', display: 'O' },
    enabled: () => true,
    run: ({ settings, setSetting }) => setSetting('optimalD', !settings.get().optimalD),
  },
  {
    id: 'reset',
    label: () => 'Reset',
    description: 'Restart the run from step 0 with the same seed (the same run again)',
    shortcut: { key: 'r', display: 'R' },
    enabled: (t) => t.ready,
    run: ({ trainer }) => trainer.reset(),
  },
  {
    id: 'newSeed',
    label: () => 'New seed',
    description: 'Restart from step 0 with new random initial weights and noise',
    shortcut: { key: 'n', display: 'N' },
    enabled: (t) => t.ready,
    run: ({ setSetting, randomSeed }) => setSetting('seed', randomSeed()),
  },
  {
    id: 'units',
    label: () => 'Nats/bits',
    description: 'Show divergences in nats or in bits (1 bit = ln 2 nats)',
    shortcut: { key: 'u', display: 'U' },
    enabled: () => true,
    run: ({ settings, setSetting }) => setSetting('units', settings.get().units === 'nats' ? 'bits' : 'nats'),
  },
  {
    id: 'presentation',
    label: () => DISPLAY_TEXT.presentation.label,
    description: DISPLAY_TEXT.presentation.description,
    shortcut: { key: 'p', display: 'P' },
    enabled: () => true,
    run: ({ settings, setSetting }) => setSetting('presentation', !settings.get().presentation),
  },
  {
    id: 'help',
    label: () => 'Help',
    description: 'Show this list of keyboard shortcuts',
    shortcut: { key: '?', display: '?' },
    enabled: () => true,
    run: ({ helpOpen }) => helpOpen.set(!helpOpen.get()),
  },
  {
    id: 'restartWorker',
    label: () => 'Restart the worker',
    description: 'Start a new training worker after it crashed repeatedly',
    enabled: (t) => t.status.kind === 'error' && !t.ready,
    run: ({ trainer }) => trainer.restart(),
  },
  {
    id: 'copyLink',
    label: () => SHARE_TEXTS.copyLink,
    description: SHARE_TEXTS.copyLinkDescription,
    enabled: () => true,
    run: ({ share }) => void share.copy(),
  },
  {
    id: 'restoreDefaults',
    label: () => SHARE_TEXTS.restoreDefaults,
    description: SHARE_TEXTS.restoreDefaultsDescription,
    enabled: () => true,
    run: ({ lessons }) => lessons.restoreDefaults(),
  },
  {
    id: 'lessonBack',
    label: () => LESSON_TEXTS.back,
    description: LESSON_TEXTS.backDescription,
    enabled: (_t, s) => lessonSteps(s) > 0 && s.lessonStep > 0,
    run: ({ lessons }) => lessons.back(),
  },
  {
    id: 'lessonNext',
    label: () => LESSON_TEXTS.next,
    description: LESSON_TEXTS.nextDescription,
    enabled: (_t, s) => s.lessonStep < lessonSteps(s) - 1,
    run: ({ lessons }) => lessons.next(),
  },
  {
    id: 'leaveLesson',
    label: () => LESSON_TEXTS.leave,
    description: LESSON_TEXTS.leaveDescription,
    enabled: (_t, s) => s.lesson !== '',
    run: ({ lessons }) => lessons.leave(),
  },
];

export const command = (id: CommandId): Command => COMMANDS.find((c) => c.id === id)!;

/** The command a key press triggers, if any (keys as KeyboardEvent.key; letters in any case). */
export function commandForKey(key: string): Command | undefined {
  const k = key.length === 1 ? key.toLowerCase() : key;
  return COMMANDS.find((c) => c.shortcut?.key === k);
}
