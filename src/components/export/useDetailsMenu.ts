// A <details> used as a drop-down menu: the <summary> opens and closes it (Enter, Space, a click);
// Escape closes it and returns focus to the summary; a click outside or focus moving away closes it.
// `opened` turns true the first time it opens (and stays): the menu's items are rendered from then on.
import { useCallback, useEffect, useRef, useState } from 'react';

export function useDetailsMenu() {
  const ref = useRef<HTMLDetailsElement>(null);
  const [opened, setOpened] = useState(false);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !el.open) return;
      e.preventDefault();
      e.stopPropagation();
      el.open = false;
      el.querySelector('summary')?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      if (el.open && !el.contains(e.target as Node)) el.open = false;
    };
    const onFocusOut = (e: FocusEvent) => {
      const next = e.relatedTarget as Node | null;
      if (el.open && next && !el.contains(next)) el.open = false;
    };
    const onToggle = () => {
      if (el.open) setOpened(true);
    };
    el.addEventListener('keydown', onKey);
    el.addEventListener('focusout', onFocusOut);
    el.addEventListener('toggle', onToggle);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      el.removeEventListener('keydown', onKey);
      el.removeEventListener('focusout', onFocusOut);
      el.removeEventListener('toggle', onToggle);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, []);

  /** Closes the menu; with `focus`, focus returns to its summary (after a choice made from the keyboard). */
  const close = useCallback((focus = true) => {
    const el = ref.current;
    if (!el) return;
    el.open = false;
    if (focus) el.querySelector('summary')?.focus();
  }, []);

  return { ref, close, opened };
}
