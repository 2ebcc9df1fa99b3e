// Presentation mode's button in the header (the `presentation` setting; the command `presentation`, P).
import { command, commandTitle } from '../state/commands';
import { useAppState, useSetting, useTransport } from '../state/context';
import { useT } from '../state/language';

export function PresentationButton() {
  const app = useAppState();
  const on = useSetting('presentation');
  const transport = useTransport();
  const t = useT();
  const c = command('presentation');
  return (
    <button
      type="button"
      className="presentation-button"
      aria-pressed={on}
      aria-keyshortcuts={c.shortcut?.display}
      title={commandTitle(t, c)}
      onClick={() => app.run(c.id)}
      data-testid="button-presentation"
    >
      {c.label(t, transport)}
    </button>
  );
}
