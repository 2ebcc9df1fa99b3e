// The Draw toggle and Clear, on the density chart's heading row and in the sidebar under "Drawn".
import { TARGET_TEXT } from '../targetText';
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
  return (
    <>
      <button
        type="button"
        className={buttonClass ? `${buttonClass} draw-toggle` : 'draw-toggle'}
        aria-pressed={mode.active}
        onClick={() => setActive(!mode.active)}
        title={TARGET_TEXT.drawTitle}
        data-testid={testIds.toggle}
      >
        ✎ {TARGET_TEXT.draw}
      </button>
      {(mode.active || !clearWhileDrawingOnly) && (
        <button
          type="button"
          className={buttonClass}
          onClick={clear}
          title={TARGET_TEXT.clearTitle}
          data-testid={testIds.clear}
        >
          {TARGET_TEXT.clear}
        </button>
      )}
    </>
  );
}
