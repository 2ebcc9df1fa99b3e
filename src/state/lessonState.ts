// Lessons on the page: choosing one saves the person's own setup and loads the lesson's (the defaults,
// the lesson's settings and its first step); Back and Next move between steps; "Leave lesson" restores
// the setup from before. Restore defaults (undoable) lives here too, as it also closes a lesson. The
// lesson and its step are settings (`lesson=`, `lstep=` in the link), so a link or a reload reopens it.
import { clampStep, goToStep, isBareLessonLink, lessonSetup, withPreferences, type Lesson } from '../core/lessons';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import { lessonById, LESSONS } from './lessonCatalog';
import type { Notices } from './notices';
import type { SettingsState } from './settingsState';

/**
 * What a loaded link's lesson means: an unknown lesson is reported and closed (the rest of the link
 * stays), a bare lesson link (`#v=2&lesson=…&lstep=…` and nothing else) opens the lesson's own setup at
 * that step, and a step past the lesson's last is its last.
 */
export function resolveLessonLink(s: Settings, notices: Notices, lessons: readonly Lesson[] = LESSONS): Settings {
  if (s.lesson === '') return s;
  const lesson = lessonById(s.lesson, lessons);
  if (!lesson) {
    const id = s.lesson;
    notices.add((t) => t('pg.lessons.unknown', { id }), 'warning');
    return { ...s, lesson: '', lessonStep: 0 };
  }
  if (isBareLessonLink(s)) return lessonSetup(lesson, s.lessonStep, s);
  const step = clampStep(lesson, s.lessonStep);
  return step === s.lessonStep ? s : { ...s, lessonStep: step };
}

export interface LessonControls {
  readonly lessons: readonly Lesson[];
  /** The open lesson, if any. */
  current(): Lesson | undefined;
  /** Opens a lesson at its first step (saving the person's own setup first); false for an unknown id. */
  choose(id: string): boolean;
  next(): void;
  back(): void;
  /** Closes the lesson and restores the setup from before it (the defaults when there is none). */
  leave(): void;
  /** Every setting to its default, any lesson closed; a notice offers Undo. */
  restoreDefaults(): void;
  /** The person's own setup saved when the open lesson was chosen (null: none). */
  own(): Settings | null;
  dispose(): void;
}

export interface LessonDeps {
  settings: Pick<SettingsState, 'store' | 'replace'>;
  notices: Notices;
  /** The own setup known at start (from this device's memory), when a lesson is open. */
  initialOwn: Settings | null;
  /** A fresh start of the run (paused, step 0) for a new setup. */
  restartRun: () => void;
  lessons?: readonly Lesson[];
}

export function createLessonState(deps: LessonDeps): LessonControls {
  const { settings, notices } = deps;
  const lessons = deps.lessons ?? LESSONS;
  const store = settings.store;
  let own: Settings | null = store.get().lesson !== '' ? deps.initialOwn : null;
  let internal = false;
  let undoNotice: number | null = null;

  /** A change made here: the own setup is set by the caller, not guessed from the change. */
  const replace = (next: Settings) => {
    internal = true;
    try {
      settings.replace(next);
    } finally {
      internal = false;
    }
  };

  let prev = store.get();
  const unsubscribe = store.subscribe(() => {
    const next = store.get();
    if (next.lesson === '') own = null;
    // A lesson opened by a link over the person's own setup: that setup is what "Leave" restores.
    else if (!internal && prev.lesson === '' && own === null) own = prev;
    prev = next;
  });

  const current = () => (store.get().lesson ? lessonById(store.get().lesson, lessons) : undefined);
  const move = (delta: number) => {
    const lesson = current();
    if (!lesson) return;
    const s = store.get();
    const to = clampStep(lesson, s.lessonStep + delta);
    if (to !== s.lessonStep) replace(goToStep(lesson, s, to));
  };
  const clearUndo = () => {
    if (undoNotice !== null) notices.dismiss(undoNotice);
    undoNotice = null;
  };

  return {
    lessons,
    current,
    choose(id) {
      const lesson = lessonById(id, lessons);
      if (!lesson) return false;
      const s = store.get();
      if (s.lesson === '') own = s;
      clearUndo();
      replace(lessonSetup(lesson, 0, s));
      deps.restartRun();
      return true;
    },
    next: () => move(1),
    back: () => move(-1),
    leave() {
      const s = store.get();
      if (s.lesson === '') return;
      const target = own ?? DEFAULT_SETTINGS;
      own = null;
      replace(withPreferences({ ...target, lesson: '', lessonStep: 0 }, s));
      deps.restartRun();
    },
    restoreDefaults() {
      const before = store.get();
      const ownBefore = own;
      own = null;
      clearUndo();
      replace({ ...DEFAULT_SETTINGS });
      deps.restartRun();
      const id = notices.add((t) => t('pg.share.defaultsRestored'), 'info', {
        label: (t) => t('pg.share.undo'),
        run: () => {
          undoNotice = null;
          replace(before);
          own = before.lesson !== '' ? ownBefore : null;
          deps.restartRun();
        },
      });
      undoNotice = id;
    },
    own: () => own,
    dispose: unsubscribe,
  };
}
