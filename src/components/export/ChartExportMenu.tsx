// A chart's export control: a small menu (⤓) in the chart's heading row with SVG and PNG.
import { useAppState } from '../../state/context';
import {
  chartExportLabel,
  chartFormatsLabel,
  chartFormatText,
  chartMenuLabel,
  type ChartFormat,
} from '../../state/exportTexts';
import { DownloadIcon } from './DownloadIcon';
import { useDetailsMenu } from './useDetailsMenu';
import './export.css';

const FORMATS: readonly ChartFormat[] = ['svg', 'png'];

export function ChartExportMenu({ id, title }: { id: string; title: string }) {
  const { exporter } = useAppState();
  const { ref, close } = useDetailsMenu();
  const save = (format: ChartFormat) => {
    const panel = ref.current?.closest<HTMLElement>('section, .panel');
    close();
    if (panel) void exporter.downloadChart(panel, { id, title }, format);
  };
  return (
    <details className="export-menu chart-export" ref={ref} data-testid={`chart-export-${id}`}>
      <summary aria-label={chartMenuLabel(title)} title={chartMenuLabel(title)}>
        <DownloadIcon size={15} />
      </summary>
      <div className="export-menu-items" role="group" aria-label={chartFormatsLabel(title)}>
        {FORMATS.map((f) => (
          <button key={f} type="button" aria-label={chartExportLabel(title, f)} onClick={() => save(f)}>
            {chartFormatText(f)}
          </button>
        ))}
      </div>
    </details>
  );
}
