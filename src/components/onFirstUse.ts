// A part of the page that the first screen does not show (a menu's items, the help dialog): its code loads
// on first use. `preload` starts the download early (when the pointer or the focus reaches its button), so
// that the part is usually there by the time it opens.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export interface OnFirstUse<P> {
  Component: LazyExoticComponent<ComponentType<P>>;
  preload(): void;
}

export function onFirstUse<P extends object>(load: () => Promise<ComponentType<P>>): OnFirstUse<P> {
  let loading: Promise<ComponentType<P>> | null = null;
  const start = () =>
    (loading ??= load().catch((e: unknown) => {
      loading = null; // tried again next time
      throw e;
    }));
  return {
    Component: lazy(() => start().then((component) => ({ default: component }))),
    preload: () => void start().catch(() => {}),
  };
}
