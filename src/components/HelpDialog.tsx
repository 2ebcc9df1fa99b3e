// The help dialog: the command list (the same data as the buttons and shortcuts) and a colour key.
import { useEffect, useRef } from 'react';
import { COMMANDS } from '../state/commands';
import { useAppState, useHelpOpen } from '../state/context';
import { COLORS } from './charts/theme';

export function HelpDialog() {
  const app = useAppState();
  const open = useHelpOpen();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="help"
      aria-labelledby="help-title"
      onClose={() => app.helpOpen.set(false)}
      data-testid="help-dialog"
    >
      <h2 id="help-title">Keyboard shortcuts</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {COMMANDS.filter((c) => c.shortcut).map((c) => (
            <tr key={c.id}>
              <td>
                <kbd>{c.shortcut!.display}</kbd>
              </td>
              <td>{c.description}</td>
            </tr>
          ))}
          <tr>
            <td>
              <kbd>Esc</kbd>
            </td>
            <td>Close this dialog</td>
          </tr>
        </tbody>
      </table>
      <h3>Colours</h3>
      <ul className="colour-key">
        <li>
          <span className="dot" style={{ background: COLORS.pData }} /> p_data, the target you shape
        </li>
        <li>
          <span className="dot" style={{ background: COLORS.pModel }} /> p_model, the density of G(z), and the
          generator’s loss
        </li>
        <li>
          <span className="dot" style={{ background: COLORS.d }} /> D(x), the discriminator, and its loss; dashed, in
          the text’s colour: D*(x)
        </li>
        <li>
          <span className="dot" style={{ background: COLORS.js }} /> JS divergence;{' '}
          <span className="dot" style={{ background: COLORS.klForward }} /> KL(p_data‖p_model);{' '}
          <span className="dot" style={{ background: COLORS.klReverse }} /> KL(p_model‖p_data)
        </li>
      </ul>
      <p>
        Divergences are computed by quadrature on 400 bins over x ∈ [−6, 6], in nats (or bits = nats / ln 2). Losses are
        batch losses in nats.
      </p>
      <form method="dialog">
        <button type="submit" autoFocus>
          Close
        </button>
      </form>
    </dialog>
  );
}
