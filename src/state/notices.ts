// Dismissible notices (bad links, worker restarts): a list in a store, rendered by <Notices>.
import { createStore, type Store } from './store';

export interface Notice {
  id: number;
  text: string;
  tone: 'warning' | 'error' | 'info';
  /** A button on the notice (e.g. Undo); the notice closes when it is pressed. */
  action?: NoticeAction;
}

export interface NoticeAction {
  label: string;
  run: () => void;
}

export interface Notices {
  store: Store<readonly Notice[]>;
  add(text: string, tone?: Notice['tone'], action?: NoticeAction): number;
  dismiss(id: number): void;
}

/** At most this many notices are shown; older ones give way. */
const MAX_NOTICES = 4;

export function createNotices(): Notices {
  const store = createStore<readonly Notice[]>([]);
  let nextId = 1;
  return {
    store,
    add(text, tone = 'warning', action) {
      const id = nextId++;
      // The same text twice in a row (e.g. two crashes with one cause) shows once.
      const rest = store.get().filter((n) => n.text !== text);
      store.set([...rest, { id, text, tone, ...(action ? { action } : {}) }].slice(-MAX_NOTICES));
      return id;
    },
    dismiss(id) {
      store.set(store.get().filter((n) => n.id !== id));
    },
  };
}
