// Hooks for the live data: only components that call them re-render on a new snapshot.
import { useStore } from './store';
import { historyStore, snapshotStore, transportStore } from './trainerClient';

export const useSnapshot = () => useStore(snapshotStore);
export const useHistory = () => useStore(historyStore);
export const useTransport = () => useStore(transportStore);
