// The Draw toggle and Clear, on the density chart's heading row and in the sidebar under "Drawn".
import { useT } from '../../state/language';
import { useDrawMode } from './drawMode';
import './hover.css';

export function DrawButtons({
  buttonClass,
  testIds,
  clearWhileDrawingOnly = false,
}: {
  buttonClass?: string;
  testIds: { toggle: string; clear: string };
  /** Show Clear only in drawing mode (on the chart, where room is short). */
  clearWhileDrawingOnly?: boolean;
}) {
  const { mode, setActive, clear } = useDrawMode();
  const t = useT();
  return (
    <>
      <button
        type="button"
        className={buttonClass ? `${buttonClass} draw-toggle` : 'draw-toggle'}
        aria-pressed={mode.active}
        onClick={() => setActive(!mode.active)}
        title={t('chart.draw.title')}
        data-testid={testIds.toggle}
      >
        ✎ {t('chart.draw.draw')}
      </button>
      {(mode.active || !clearWhileDrawingOnly) && (
        <button
          type="button"
          className={buttonClass}
          onClick={clear}
          title={t('chart.draw.clearTitle')}
          data-testid={testIds.clear}
        >
          {t('chart.draw.clear')}
        </button>
      )}
    </>
  );
}
