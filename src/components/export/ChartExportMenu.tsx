// A chart's export control: a small menu (⤓) in the chart's heading row with SVG and PNG. Its items
// (ChartExportItems.tsx) load when a chart's menu is first opened, the export code on the first action.
import { memo, Suspense } from 'react';
import { loadEnglishArea } from '../../i18n/messages';
import { useT } from '../../state/language';
import { onFirstUse } from '../onFirstUse';
import { DownloadIcon } from './DownloadIcon';
import { useDetailsMenu } from './useDetailsMenu';
import './export.css';

const Items = onFirstUse(() =>
  Promise.all([import('./ChartExportItems'), loadEnglishArea('export')]).then(([m]) => m.ChartExportItems),
);

// memo: every chart panel re-renders with its data; its export menu need not
export const ChartExportMenu = memo(function ChartExportMenu({ id, title }: { id: string; title: string }) {
  const { ref, close, opened } = useDetailsMenu();
  const t = useT();
  return (
    <details className="export-menu chart-export" ref={ref} data-testid={`chart-export-${id}`}>
      <summary
        aria-label={t('pg.export.chartMenu', { title })}
        title={t('pg.export.chartMenu', { title })}
        onPointerEnter={Items.preload}
        onFocus={Items.preload}
      >
        <DownloadIcon size={15} />
      </summary>
      {opened && (
        <Suspense fallback={null}>
          <Items.Component id={id} title={title} menu={ref} close={close} />
        </Suspense>
      )}
    </details>
  );
});
