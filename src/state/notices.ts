// Dismissible notices (bad links, worker restarts): a list in a store, rendered by <Notices>.
import { createStore, type Store } from './store';

export interface Notice {
  id: number;
  text: string;
  tone: 'warning' | 'error' | 'info';
}

export interface Notices {
  store: Store<readonly Notice[]>;
  add(text: string, tone?: Notice['tone']): number;
  dismiss(id: number): void;
}

/** At most this many notices are shown; older ones give way. */
const MAX_NOTICES = 4;

export function createNotices(): Notices {
  const store = createStore<readonly Notice[]>([]);
  let nextId = 1;
  return {
    store,
    add(text, tone = 'warning') {
      const id = nextId++;
      // The same text twice in a row (e.g. two crashes with one cause) shows once.
      const rest = store.get().filter((n) => n.text !== text);
      store.set([...rest, { id, text, tone }].slice(-MAX_NOTICES));
      return id;
    },
    dismiss(id) {
      store.set(store.get().filter((n) => n.id !== id));
    },
  };
}
