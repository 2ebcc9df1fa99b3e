// Dismissible notices (bad links, worker restarts): a list in a store, rendered by <Notices>. A notice
// holds its text as a function of `t`, so that it is worded again in the current language on every render.
import { translator, type Translate } from '../i18n/messages';
import { createStore, type Store } from './store';

/** A notice's words in the current language. (A plain string is shown as it is, in no other language.) */
export type NoticeText = ((t: Translate) => string) | string;

interface Notice {
  id: number;
  text: NoticeText;
  tone: 'warning' | 'error' | 'info';
  /** A button on the notice (e.g. Undo); the notice closes when it is pressed. */
  action?: NoticeAction;
}

interface NoticeAction {
  label: NoticeText;
  run: () => void;
}

export interface Notices {
  store: Store<readonly Notice[]>;
  add(text: NoticeText, tone?: Notice['tone'], action?: NoticeAction): number;
  dismiss(id: number): void;
}

/** The words of a notice (or of its button) in one language. */
export const noticeText = (text: NoticeText, t: Translate): string => (typeof text === 'string' ? text : text(t));

/** At most this many notices are shown; older ones give way. */
const MAX_NOTICES = 4;

export function createNotices(): Notices {
  const store = createStore<readonly Notice[]>([]);
  let nextId = 1;
  // Two notices are the same when they say the same thing (in any language: English here).
  const en = translator('en');
  return {
    store,
    add(text, tone = 'warning', action) {
      const id = nextId++;
      // The same text twice in a row (e.g. two crashes with one cause) shows once.
      const words = noticeText(text, en);
      const rest = store.get().filter((n) => noticeText(n.text, en) !== words);
      store.set([...rest, { id, text, tone, ...(action ? { action } : {}) }].slice(-MAX_NOTICES));
      return id;
    },
    dismiss(id) {
      store.set(store.get().filter((n) => n.id !== id));
    },
  };
}
