// The app state reaches React through one context; these hooks are how components read it. Each hook
// subscribes to one store (or one field), so only the components that read a value re-render.
import { createContext, useContext, useRef, useSyncExternalStore, type ReactNode } from 'react';
import { keysInScope, scopeKey, type KeysInScope, type Settings, type SettingScope } from '../core/settings';
import type { AppState } from './appState';
import { useStore } from './store';

const AppStateContext = createContext<AppState | null>(null);

export function AppStateProvider({ app, children }: { app: AppState; children: ReactNode }) {
  return <AppStateContext.Provider value={app}>{children}</AppStateContext.Provider>;
}

export function useAppState(): AppState {
  const app = useContext(AppStateContext);
  if (!app) throw new Error('useAppState: no <AppStateProvider> above this component');
  return app;
}

export const useSettings = (): Settings => useStore(useAppState().settings.store);
export const useSnapshot = () => useStore(useAppState().trainer.snapshot);
export const useHistory = () => useStore(useAppState().trainer.history);

/**
 * One value derived from the latest snapshot (a string, a number: compared with Object.is): the
 * component re-renders only when it changes, not on every snapshot.
 */
export function useSnapshotValue<T extends string | number | boolean | null | undefined>(
  select: (s: ReturnType<AppState['trainer']['snapshot']['get']>) => T,
): T {
  const store = useAppState().trainer.snapshot;
  return useSyncExternalStore(
    store.subscribe,
    () => select(store.get()),
    () => select(store.get()),
  );
}
export const useTransport = () => useStore(useAppState().trainer.transport);
export const useNotices = () => useStore(useAppState().notices.store);
export const useHelpOpen = () => useStore(useAppState().helpOpen);

/** One field of the settings: the component re-renders only when that field changes. */
export function useSetting<K extends keyof Settings>(key: K): Settings[K] {
  const store = useAppState().settings.store;
  return useSyncExternalStore(
    store.subscribe,
    () => store.get()[key],
    () => store.get()[key],
  );
}

/**
 * The settings of one scope (e.g. the target) as one object that changes only when one of them does,
 * for memoising work on them (p_data on the grid).
 */
export function useScope<S extends SettingScope>(scope: S): Pick<Settings, KeysInScope<S>> {
  const store = useAppState().settings.store;
  const cache = useRef<{ key: string; value: Pick<Settings, KeysInScope<S>> } | null>(null);
  const read = () => {
    const s = store.get();
    const key = scopeKey(s, scope);
    if (cache.current?.key !== key) {
      const value = Object.fromEntries(keysInScope(scope).map((k) => [k, s[k]])) as Pick<Settings, KeysInScope<S>>;
      cache.current = { key, value };
    }
    return cache.current.value;
  };
  return useSyncExternalStore(store.subscribe, read, read);
}
