// The header's Export menu: the training history (CSV), the settings (JSON) and the trained weights
// (TensorFlow.js artifacts) to download, and settings or weights to load from files.
import { useId, type ChangeEvent } from 'react';
import { useAppState } from '../../state/context';
import { EXPORT_TEXTS as T } from '../../state/exportTexts';
import { DownloadIcon } from './DownloadIcon';
import { useDetailsMenu } from './useDetailsMenu';
import './export.css';

export function ExportMenu() {
  const { exporter } = useAppState();
  const { ref, close } = useDetailsMenu();
  const noteId = useId();

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
    <details className="export-menu header-export" ref={ref} data-testid="export-menu">
      <summary aria-label={T.menuLabel} title={T.menuTitle}>
        <DownloadIcon />
        <span>{T.menu}</span>
      </summary>
      <div className="export-menu-items" role="group" aria-label={T.itemsLabel}>
        <span className="export-menu-heading" aria-hidden="true">
          {T.sectionData}
        </span>
        <button
          type="button"
          aria-label={T.historyLabel}
          title={T.historyTitle}
          onClick={run(exporter.downloadHistoryCsv)}
        >
          {T.history}
        </button>
        <button type="button" aria-label={T.settingsLabel} onClick={run(exporter.downloadSettings)}>
          {T.settings}
        </button>
        <button type="button" aria-label={T.weightsLabel} onClick={run(exporter.downloadWeights)}>
          {T.weights}
        </button>
        <span className="export-menu-heading" aria-hidden="true">
          {T.sectionLoad}
        </span>
        <label className="export-file">
          <input
            type="file"
            accept=".json,application/json"
            aria-label={T.loadSettingsLabel}
            onChange={onFiles((files) => exporter.loadSettings(files[0]))}
          />
          {T.loadSettings}
        </label>
        <label className="export-file">
          <input
            type="file"
            multiple
            accept=".json,.bin,application/json,application/octet-stream"
            aria-label={T.loadWeightsLabel}
            aria-describedby={noteId}
            onChange={onFiles((files) => exporter.loadWeights(files))}
          />
          {T.loadWeights}
        </label>
        <p className="export-note" id={noteId}>
          {T.weightsNote}
        </p>
      </div>
    </details>
  );
}
