// Presentation mode's button in the header (the `presentation` setting; the command `presentation`, P).
import { command } from '../state/commands';
import { useAppState, useSetting, useTransport } from '../state/context';

export function PresentationButton() {
  const app = useAppState();
  const on = useSetting('presentation');
  const t = useTransport();
  const c = command('presentation');
  return (
    <button
      type="button"
      className="presentation-button"
      aria-pressed={on}
      aria-keyshortcuts={c.shortcut?.display}
      title={c.shortcut ? `${c.description} (${c.shortcut.display})` : c.description}
      onClick={() => app.run(c.id)}
      data-testid="button-presentation"
    >
      {c.label(t)}
    </button>
  );
}
