// The Export menu's items (loaded when the menu is first opened, ExportMenu.tsx): the training history
// (CSV), the settings (JSON) and the trained weights (TensorFlow.js artifacts) to download, and settings or
// weights to load from files.
import { useId, type ChangeEvent } from 'react';
import { useAppState } from '../../state/context';
import { WEIGHTS_FILES } from '../../state/exportTexts';
import { useT } from '../../state/language';

/** `close` closes the menu (and gives the focus back to its summary). */
export function ExportMenuItems({ close }: { close: () => void }) {
  const { exporter } = useAppState();
  const noteId = useId();
  const t = useT();

  const run = (action: () => unknown) => () => {
    close();
    void action();
  };
  const onFiles = (load: (files: File[]) => Promise<boolean>) => (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const files = [...(input.files ?? [])];
    // Choosing the same file again must fire a change again.
    input.value = '';
    close();
    if (files.length) void load(files);
  };

  return (
    <div className="export-menu-items" role="group" aria-label={t('pg.export.itemsLabel')}>
      <span className="export-menu-heading" aria-hidden="true">
        {t('pg.export.sectionData')}
      </span>
      <button
        type="button"
        aria-label={t('pg.export.historyLabel')}
        title={t('pg.export.historyTitle')}
        onClick={run(exporter.downloadHistoryCsv)}
      >
        {t('pg.export.history')}
      </button>
      <button type="button" aria-label={t('pg.export.settingsLabel')} onClick={run(exporter.downloadSettings)}>
        {t('pg.export.settings')}
      </button>
      <button
        type="button"
        aria-label={t('pg.export.weightsLabel', WEIGHTS_FILES)}
        onClick={run(exporter.downloadWeights)}
      >
        {t('pg.export.weights')}
      </button>
      <span className="export-menu-heading" aria-hidden="true">
        {t('pg.export.sectionLoad')}
      </span>
      <label className="export-file">
        <input
          type="file"
          accept=".json,application/json"
          aria-label={t('pg.export.loadSettingsLabel')}
          onChange={onFiles((files) => exporter.loadSettings(files[0]))}
        />
        {t('pg.export.loadSettings')}
      </label>
      <label className="export-file">
        <input
          type="file"
          multiple
          accept=".json,.bin,application/json,application/octet-stream"
          aria-label={t('pg.export.loadWeightsLabel', WEIGHTS_FILES)}
          aria-describedby={noteId}
          onChange={onFiles((files) => exporter.loadWeights(files))}
        />
        {t('pg.export.loadWeights')}
      </label>
      <p className="export-note" id={noteId}>
        {t('pg.export.weightsNote')}
      </p>
    </div>
  );
}
