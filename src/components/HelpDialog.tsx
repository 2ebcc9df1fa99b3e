// The help dialog: the command list (the same data as the buttons and shortcuts) and a colour key.
import { useEffect, useRef } from 'react';
import { COMMANDS, shortcutName } from '../state/commands';
import { useAppState, useHelpOpen } from '../state/context';
import { useT } from '../state/language';
import { COLORS } from './charts/theme';

export function HelpDialog() {
  const app = useAppState();
  const open = useHelpOpen();
  const t = useT();
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
      <h2 id="help-title">{t('pg.help.heading')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('pg.help.key')}</th>
            <th scope="col">{t('pg.help.action')}</th>
          </tr>
        </thead>
        <tbody>
          {COMMANDS.filter((c) => c.shortcut).map((c) => (
            <tr key={c.id}>
              <td>
                <kbd>{shortcutName(t, c)}</kbd>
              </td>
              <td>{c.description(t)}</td>
            </tr>
          ))}
          <tr>
            <td>
              <kbd>Esc</kbd>
            </td>
            <td>{t('pg.help.escape')}</td>
          </tr>
        </tbody>
      </table>
      <h3>{t('pg.help.colours')}</h3>
      <ul className="colour-key">
        <li>
          <span className="dot" style={{ background: COLORS.pData }} /> {t('pg.help.pData')}
        </li>
        <li>
          <span className="dot" style={{ background: COLORS.pModel }} /> {t('pg.help.pModel')}
        </li>
        <li>
          <span className="dot" style={{ background: COLORS.d }} /> {t('pg.help.d')}
        </li>
        <li>
          <span className="dot" style={{ background: COLORS.js }} /> {t('pg.help.js')}{' '}
          <span className="dot" style={{ background: COLORS.klForward }} /> KL(p_data‖p_model);{' '}
          <span className="dot" style={{ background: COLORS.klReverse }} /> KL(p_model‖p_data)
        </li>
      </ul>
      <p>{t('pg.help.units')}</p>
      <form method="dialog">
        <button type="submit" autoFocus>
          {t('pg.close')}
        </button>
      </form>
    </dialog>
  );
}
