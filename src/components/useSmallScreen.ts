// Whether the page is laid out for a phone or a tablet (src/styles/small-screens.css, ≤ 1024 px wide):
// there the header's tools fold into one menu and the controls into a drawer, which are then ARIA
// widgets; on a wider screen they are plain parts of the page.
import { useSyncExternalStore } from 'react';

const SMALL_SCREEN = '(max-width: 1024px)';

function subscribe(onChange: () => void): () => void {
  const mq = window.matchMedia?.(SMALL_SCREEN);
  mq?.addEventListener('change', onChange);
  return () => mq?.removeEventListener('change', onChange);
}

const isSmall = () => !!window.matchMedia?.(SMALL_SCREEN).matches;

export function useSmallScreen(): boolean {
  return useSyncExternalStore(subscribe, isSmall, () => false);
}
