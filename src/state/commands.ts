// Actions as data: one list drives the header buttons, the banners' buttons, the keyboard shortcuts
// and the help dialog. Every user action on the run goes through `AppState.run(id)`.
import type { Settings } from '../core/settings';
import type { Translate } from '../i18n/messages';
import { lessonById } from './lessonCatalog';
import type { LessonControls } from './lessonState';
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
  | 'showQr'
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
  /** The button's accessible name (Play/Pause changes with the state): the message `cmd.<id>.label`. */
  label: (t: Translate, transport: TransportState) => string;
  /** What the help dialog and the tooltip say it does: the message `cmd.<id>.description`. */
  description: (t: Translate) => string;
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
    label: (t, transport) => t(transport.running ? 'cmd.play.pause' : 'cmd.play.label'),
    description: (t) => t('cmd.play.description'),
    shortcut: { key: ' ', display: 'Space' },
    enabled: (t) => t.running || canTrain(t),
    run: ({ trainer }) => trainer.toggle(),
  },
  {
    id: 'step',
    label: (t) => t('cmd.step.label'),
    description: (t) => t('cmd.step.description'),
    shortcut: { key: 's', display: 'S' },
    enabled: (t) => !t.running && canTrain(t),
    run: ({ trainer }) => trainer.step(),
  },
  {
    id: 'stepD',
    label: (t) => t('cmd.stepD.label'),
    description: (t) => t('cmd.stepD.description'),
    shortcut: { key: 'd', display: 'D' },
    enabled: (t, s) => !t.running && canTrain(t) && !s.optimalD,
    run: ({ trainer }) => trainer.step('d'),
  },
  {
    id: 'stepG',
    label: (t) => t('cmd.stepG.label'),
    description: (t) => t('cmd.stepG.description'),
    shortcut: { key: 'g', display: 'G' },
    enabled: (t) => !t.running && canTrain(t),
    run: ({ trainer }) => trainer.step('g'),
  },
  {
    id: 'slowMotion',
    label: (t) => t('cmd.slowMotion.label'),
    description: (t) => t('cmd.slowMotion.description'),
    shortcut: { key: 'm', display: 'M' },
    enabled: () => true,
    run: ({ settings, setSetting }) => setSetting('slowMotion', !settings.get().slowMotion),
  },
  {
    id: 'optimalD',
    label: (t) => t('cmd.optimalD.label'),
    description: (t) => t('cmd.optimalD.description'),
    shortcut: { key: 'o', display: 'O' },
    enabled: () => true,
    run: ({ settings, setSetting }) => setSetting('optimalD', !settings.get().optimalD),
  },
  {
    id: 'reset',
    label: (t) => t('cmd.reset.label'),
    description: (t) => t('cmd.reset.description'),
    shortcut: { key: 'r', display: 'R' },
    enabled: (t) => t.ready,
    run: ({ trainer }) => trainer.reset(),
  },
  {
    id: 'newSeed',
    label: (t) => t('cmd.newSeed.label'),
    description: (t) => t('cmd.newSeed.description'),
    shortcut: { key: 'n', display: 'N' },
    enabled: (t) => t.ready,
    run: ({ setSetting, randomSeed }) => setSetting('seed', randomSeed()),
  },
  {
    id: 'units',
    label: (t) => t('cmd.units.label'),
    description: (t) => t('cmd.units.description'),
    shortcut: { key: 'u', display: 'U' },
    enabled: () => true,
    run: ({ settings, setSetting }) => setSetting('units', settings.get().units === 'nats' ? 'bits' : 'nats'),
  },
  {
    id: 'presentation',
    label: (t) => t('cmd.presentation.label'),
    description: (t) => t('cmd.presentation.description'),
    shortcut: { key: 'p', display: 'P' },
    enabled: () => true,
    run: ({ settings, setSetting }) => setSetting('presentation', !settings.get().presentation),
  },
  {
    id: 'help',
    label: (t) => t('cmd.help.label'),
    description: (t) => t('cmd.help.description'),
    shortcut: { key: '?', display: '?' },
    enabled: () => true,
    run: ({ helpOpen }) => helpOpen.set(!helpOpen.get()),
  },
  {
    id: 'restartWorker',
    label: (t) => t('cmd.restartWorker.label'),
    description: (t) => t('cmd.restartWorker.description'),
    enabled: (t) => t.status.kind === 'error' && !t.ready,
    run: ({ trainer }) => trainer.restart(),
  },
  {
    id: 'copyLink',
    label: (t) => t('cmd.copyLink.label'),
    description: (t) => t('cmd.copyLink.description'),
    enabled: () => true,
    run: ({ share }) => void share.copy(),
  },
  {
    id: 'showQr',
    label: (t) => t('cmd.showQr.label'),
    description: (t) => t('cmd.showQr.description'),
    shortcut: { key: 'q', display: 'Q' },
    enabled: () => true,
    run: ({ share }) => share.toggleQr(),
  },
  {
    id: 'restoreDefaults',
    label: (t) => t('cmd.restoreDefaults.label'),
    description: (t) => t('cmd.restoreDefaults.description'),
    enabled: () => true,
    run: ({ lessons }) => lessons.restoreDefaults(),
  },
  {
    id: 'lessonBack',
    label: (t) => t('cmd.lessonBack.label'),
    description: (t) => t('cmd.lessonBack.description'),
    enabled: (_t, s) => lessonSteps(s) > 0 && s.lessonStep > 0,
    run: ({ lessons }) => lessons.back(),
  },
  {
    id: 'lessonNext',
    label: (t) => t('cmd.lessonNext.label'),
    description: (t) => t('cmd.lessonNext.description'),
    enabled: (_t, s) => s.lessonStep < lessonSteps(s) - 1,
    run: ({ lessons }) => lessons.next(),
  },
  {
    id: 'leaveLesson',
    label: (t) => t('cmd.leaveLesson.label'),
    description: (t) => t('cmd.leaveLesson.description'),
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

/** A command's key as the help and the tooltips name it (the space bar by its name in the language). */
export const shortcutName = (t: Translate, c: Command): string | undefined =>
  c.shortcut && (c.shortcut.key === ' ' ? t('pg.help.space') : c.shortcut.display);

/** A command's tooltip: what it does, and its key. */
/**
 * Why a transport command is disabled, when the person can do something about it: a diverged run
 * trains no more until Reset (the button's tooltip and description say so).
 */
export const disabledReason = (t: Translate, c: Command, transport: TransportState, s: Settings): string | null =>
  transport.status.kind === 'diverged' && !c.enabled(transport, s)
    ? t('cmd.disabledDiverged', { step: transport.status.step })
    : null;

export const commandTitle = (t: Translate, c: Command): string => {
  const key = shortcutName(t, c);
  return key ? t('cmd.withKey', { description: c.description(t), key }) : c.description(t);
};
