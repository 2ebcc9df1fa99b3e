// The frame of one chart: heading, legend, one-line caption, readouts, the measured plot area and a
// visually hidden summary for screen readers.
import type { ReactNode } from 'react';
import { ChartExportMenu } from '../export/ChartExportMenu';
import { useT } from '../../state/language';
import { Legend, type LegendItem } from './Legend';
import { useSize } from './useSize';

export interface ChartPanelProps {
  id: string;
  title: string;
  caption: ReactNode;
  /** Omitted when the readouts carry the swatches (they are the legend then). */
  legend?: readonly LegendItem[];
  /** Small controls at the right of the heading row. */
  tools?: ReactNode;
  readouts?: ReactNode;
  footnote?: ReactNode;
  /** Draws the SVG for the measured plot size (nothing is drawn before it is known). */
  children: (size: { width: number; height: number }) => ReactNode;
  /** Screen-reader summary (e.g. a small table of sampled values). */
  summary: ReactNode;
}

export function ChartPanel({
  id,
  title,
  caption,
  legend,
  tools,
  readouts,
  footnote,
  children,
  summary,
}: ChartPanelProps) {
  const [ref, size] = useSize<HTMLDivElement>();
  const t = useT();
  return (
    <section className="panel" aria-labelledby={`${id}-title`} data-testid={`panel-${id}`}>
      <div className="panel-head">
        <h2 id={`${id}-title`}>{title}</h2>
        {legend && <Legend items={legend} />}
        {tools}
        <ChartExportMenu id={id} title={title} />
      </div>
      <p className="caption">{caption}</p>
      {readouts && (
        <div
          className={legend ? 'readouts' : 'readouts legend-readouts'}
          aria-label={legend ? undefined : t('chart.legendAndValues')}
          role={legend ? undefined : 'group'}
        >
          {readouts}
        </div>
      )}
      <div className="plot" ref={ref}>
        {size.width > 40 && size.height > 40 ? children(size) : null}
      </div>
      {footnote && <p className="footnote">{footnote}</p>}
      <div className="sr-only">{summary}</div>
    </section>
  );
}
