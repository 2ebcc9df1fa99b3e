import type { ReactNode } from 'react';
import { Swatch, type LegendItem } from './Legend';

/** What a readout shows: a label, the number as text, its unit and where it is drawn. */
export interface ReadoutProps {
  label: ReactNode;
  value: string;
  unit?: string;
  testId: string;
  color?: string;
  /** With a swatch the readout doubles as the chart's legend entry for that series. */
  swatch?: LegendItem['kind'];
  /** Shown before the number, outside the testid element (e.g. the "≥" marker of a floored KL). */
  before?: ReactNode;
  title?: string;
}

/** A labelled number. The element with the testid holds exactly the number shown; units sit beside it. */
export function Readout({ label, value, unit, testId, color, swatch, before, title }: ReadoutProps) {
  return (
    <div className="readout" title={title}>
      <span className="readout-label">
        {color && swatch && <Swatch color={color} kind={swatch} />}
        {color && !swatch && <span className="dot" style={{ background: color }} aria-hidden="true" />}
        {label}
      </span>{' '}
      <span className="readout-number">
        {before}
        <output className="readout-value" data-testid={testId}>
          {value}
        </output>
        {unit && <span className="readout-unit"> {unit}</span>}
      </span>
    </div>
  );
}
