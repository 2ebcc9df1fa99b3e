// Whether the density chart is in drawing mode, shared by its toggle and the sidebar's (page state of
// one app, never in the link), and what a stroke or loaded samples do to the target.
import { useState, useSyncExternalStore } from 'react';
import { encodeDrawnDensity } from '../../core/drawnDensity';
import type { AppState } from '../../state/appState';
import { useAppState } from '../../state/context';
import { createStore, type Store } from '../../state/store';

interface DrawMode {
  /** Strokes on the density chart draw p_data (the handles step aside). */
  active: boolean;
  /** Cleared: the next stroke is the whole density (0 where it does not reach), not a patch of the current one. */
  blank: boolean;
}

const OFF: DrawMode = { active: false, blank: false };
const stores = new WeakMap<AppState, Store<DrawMode>>();

function drawStore(app: AppState): Store<DrawMode> {
  let s = stores.get(app);
  if (!s) {
    s = createStore<DrawMode>(OFF);
    stores.set(app, s);
  }
  return s;
}

export interface DrawModeControls {
  mode: DrawMode;
  setActive(active: boolean): void;
  /** The next stroke starts from an empty chart (and drawing is switched on). */
  clear(): void;
  /** Makes `knots` (a density on the knots) the target: targetKind 'drawn'. */
  applyKnots(knots: readonly number[]): void;
}

export function useDrawMode(): DrawModeControls {
  const app = useAppState();
  const store = drawStore(app);
  const mode = useSyncExternalStore(store.subscribe, store.get, store.get);
  const [controls] = useState(() => ({
    setActive: (active: boolean) => store.set(active ? { ...store.get(), active } : OFF),
    clear: () => store.set({ active: true, blank: true }),
    applyKnots: (knots: readonly number[]) => {
      app.setSettingsPatch({ targetKind: 'drawn', drawnDensity: encodeDrawnDensity(knots) });
      if (store.get().blank) store.set({ ...store.get(), blank: false });
    },
  }));
  return { mode, ...controls };
}
