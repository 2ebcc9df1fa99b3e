// A chart's export control: a small menu (⤓) in the chart's heading row with SVG and PNG.
import { useAppState } from '../../state/context';
import { chartFormatText, type ChartFormat } from '../../state/exportTexts';
import { useT } from '../../state/language';
import { DownloadIcon } from './DownloadIcon';
import { useDetailsMenu } from './useDetailsMenu';
import './export.css';

const FORMATS: readonly ChartFormat[] = ['svg', 'png'];

export function ChartExportMenu({ id, title }: { id: string; title: string }) {
  const { exporter } = useAppState();
  const { ref, close } = useDetailsMenu();
  const t = useT();
  const save = (format: ChartFormat) => {
    const panel = ref.current?.closest<HTMLElement>('section, .panel');
    close();
    if (panel) void exporter.downloadChart(panel, { id, title }, format);
  };
  return (
    <details className="export-menu chart-export" ref={ref} data-testid={`chart-export-${id}`}>
      <summary aria-label={t('pg.export.chartMenu', { title })} title={t('pg.export.chartMenu', { title })}>
        <DownloadIcon size={15} />
      </summary>
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
    </details>
  );
}
