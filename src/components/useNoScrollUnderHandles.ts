// A finger on a chart's handle (or on the drawing area) drags it and must not scroll the page. CSS
// `touch-action: none` on them is not enough: Chromium does not apply touch-action to SVG shapes, and the
// plots themselves allow vertical panning (pan-y) so that a phone's page still scrolls over a chart. So a
// touch that starts on a handle has its default (the scroll) cancelled; pointer events, which drive the
// drag, still come.
import { useEffect, type RefObject } from 'react';

const DRAGGABLE = '.handle, .draw-layer';

export function useNoScrollUnderHandles(root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const onTouchStart = (e: TouchEvent) => {
      if (e.target instanceof Element && e.target.closest(DRAGGABLE)) e.preventDefault();
    };
    // Not passive: a passive listener may not cancel the scroll.
    el.addEventListener('touchstart', onTouchStart, { passive: false });
    return () => el.removeEventListener('touchstart', onTouchStart);
  }, [root]);
}
