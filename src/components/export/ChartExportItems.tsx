// A chart's export menu's items (loaded when a chart's menu is first opened, ChartExportMenu.tsx): SVG and PNG.
import type { RefObject } from 'react';
import { useAppState } from '../../state/context';
import { chartFormatText, type ChartFormat } from '../../state/exportTexts';
import { useT } from '../../state/language';

const FORMATS: readonly ChartFormat[] = ['svg', 'png'];

export interface ChartExportItemsProps {
  id: string;
  title: string;
  /** The menu: the chart is the panel around it. */
  menu: RefObject<HTMLDetailsElement | null>;
  close: () => void;
}

export function ChartExportItems({ id, title, menu, close }: ChartExportItemsProps) {
  const { exporter } = useAppState();
  const t = useT();
  const save = (format: ChartFormat) => {
    const panel = menu.current?.closest<HTMLElement>('section, .panel');
    close();
    if (panel) void exporter.downloadChart(panel, { id, title }, format);
  };
  return (
    <div className="export-menu-items" role="group" aria-label={t('pg.export.chartFormats', { title })}>
      {FORMATS.map((f) => (
        <button
          key={f}
          type="button"
          aria-label={t('pg.export.chartAs', { title, format: chartFormatText(f) })}
          onClick={() => save(f)}
        >
          {chartFormatText(f)}
        </button>
      ))}
    </div>
  );
}
