// Dismissible notices (bad links, worker restarts): a list in a store, rendered by <Notices>.
import { createStore } from './store';

export interface Notice {
  id: number;
  text: string;
  tone: 'warning' | 'error' | 'info';
}

export const noticesStore = createStore<readonly Notice[]>([]);
let nextId = 1;

export function addNotice(text: string, tone: Notice['tone'] = 'warning'): number {
  const id = nextId++;
  // The same text twice in a row (e.g. two crashes with one cause) shows once.
  const rest = noticesStore.get().filter((n) => n.text !== text);
  noticesStore.set([...rest, { id, text, tone }].slice(-4));
  return id;
}

export function dismissNotice(id: number): void {
  noticesStore.set(noticesStore.get().filter((n) => n.id !== id));
}
