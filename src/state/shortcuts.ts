// Global keyboard shortcuts from the command list. Typing in a field or using a focused control's own
// keys is left alone.
import { commandForKey } from './commands';
import type { AppState } from './appState';

export function installShortcuts(app: AppState, target: Window): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
    const el = e.target as HTMLElement | null;
    const tag = el?.tagName;
    if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA' || el?.isContentEditable) return;
    // Space on a focused button or summary activates that element, not Play.
    if (e.key === ' ' && (tag === 'BUTTON' || tag === 'SUMMARY' || tag === 'A')) return;
    // With the help dialog open only "?" (and Escape, handled by the dialog) act.
    if (app.helpOpen.get() && e.key !== '?') return;
    const cmd = commandForKey(e.key);
    if (!cmd || !app.run(cmd.id)) return;
    e.preventDefault();
  };
  target.addEventListener('keydown', onKey);
  return () => target.removeEventListener('keydown', onKey);
}
