// Arrow keys, Home and End in a row of tabs or a menu (WAI-ARIA's roving focus): which item gets focus.

/** The item a key moves focus to among n (wrapping around), or null for any other key. */
export function rovingIndex(key: string, i: number, n: number, axis: 'horizontal' | 'vertical'): number | null {
  const [back, forward] = axis === 'horizontal' ? ['ArrowLeft', 'ArrowRight'] : ['ArrowUp', 'ArrowDown'];
  const to = key === forward ? i + 1 : key === back ? i - 1 : key === 'Home' ? 0 : key === 'End' ? n - 1 : null;
  return to === null ? null : (to + n) % n;
}
