// The header's Export menu: the training history (CSV), the settings (JSON) and the trained weights
// (TensorFlow.js artifacts) to download, and settings or weights to load from files. Its items
// (ExportMenuItems.tsx) and their messages load when it is first opened, the export code itself on the first action
// (state/exporter.ts): the first screen only draws the menu's button.
import { Suspense } from 'react';
import { loadEnglishArea } from '../../i18n/messages';
import { useT } from '../../state/language';
import { onFirstUse } from '../onFirstUse';
import { DownloadIcon } from './DownloadIcon';
import { useDetailsMenu } from './useDetailsMenu';
import './export.css';

const Items = onFirstUse(() =>
  Promise.all([import('./ExportMenuItems'), loadEnglishArea('export')]).then(([m]) => m.ExportMenuItems),
);

export function ExportMenu() {
  const { ref, close, opened } = useDetailsMenu();
  const t = useT();
  return (
    <details className="export-menu header-export" ref={ref} data-testid="export-menu">
      <summary
        aria-label={t('pg.export.menuLabel')}
        title={t('pg.export.menuTitle')}
        onPointerEnter={Items.preload}
        onFocus={Items.preload}
      >
        <DownloadIcon />
        <span>{t('pg.export.menu')}</span>
      </summary>
      {opened && (
        <Suspense fallback={null}>
          <Items.Component close={close} />
        </Suspense>
      )}
    </details>
  );
}
