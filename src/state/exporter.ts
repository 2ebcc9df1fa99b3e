// Exporting and loading, as the page's actions (the Export menu, each chart's ⤓): a chart as SVG or PNG,
// the history as CSV, the settings as JSON, the trained weights, and loading settings or weights back.
// The code that makes and reads the files (exportActions.ts, with the chart serialiser and the file
// formats) and its messages load on the first action: the first screen does not need them.
import { loadEnglishArea } from '../i18n/messages';
import type { Notices } from './notices';
import type { ChartFormat } from './exportTexts';
import type { SettingsState } from './settingsState';
import type { TrainerClient } from './trainerClient';

/** What the exporter reads of a chosen file (a File in the browser). */
interface FileLike {
  readonly name: string;
  text(): Promise<string>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface ExporterDeps {
  trainer: Pick<TrainerClient, 'snapshot' | 'history' | 'exportWeights' | 'importWeights'>;
  settings: Pick<SettingsState, 'store' | 'patch'>;
  notices: Notices;
  /** Saves a file (default: a browser download). */
  save?: (blob: Blob, name: string) => void;
}

export interface Exporter {
  /** e.g. gan-playground-densities-step-1234.png (the step only on the playground, once a run is drawn). */
  fileName(what: string, extension: string): string;
  downloadHistoryCsv(): Promise<void>;
  /** Saves a file made elsewhere (the experiment's CSV) the way every export is saved. */
  saveFile(blob: Blob, name: string): Promise<void>;
  downloadSettings(): Promise<void>;
  /** Loads a settings file; a bad file changes nothing. Resolves true when settings were loaded. */
  loadSettings(file: FileLike): Promise<boolean>;
  /** Saves gan-weights.json and gan-weights.bin. Resolves true when both were saved. */
  downloadWeights(): Promise<boolean>;
  /** Loads a weights pair into the run (the worker checks it fits). Resolves true when loaded. */
  loadWeights(files: readonly FileLike[]): Promise<boolean>;
  /** Saves the chart drawn in `panel` (a ChartPanel) as SVG or PNG. */
  downloadChart(panel: HTMLElement, chart: { id: string; title: string }, format: ChartFormat): Promise<boolean>;
}

/** The actions, made by exportActions.ts. */
export type ExportActions = Omit<Exporter, 'fileName'>;

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'chart';

export function createExporter(deps: ExporterDeps): Exporter {
  const { trainer, settings } = deps;

  /** The run's step, when the playground (the run's charts) is open and a snapshot is drawn. */
  const step = (): number | null => {
    const snap = trainer.snapshot.get();
    return snap && settings.store.get().view === 'playground' ? snap.step : null;
  };
  const fileName = (what: string, extension: string) => {
    const s = step();
    return `gan-playground-${slug(what)}${s === null ? '' : `-step-${s}`}.${extension}`;
  };

  let loading: Promise<ExportActions> | null = null;
  /** The actions, loaded once (a failed load is tried again on the next action). */
  const actions = (): Promise<ExportActions> =>
    (loading ??= Promise.all([import('./exportActions'), loadEnglishArea('export')]).then(
      ([m]) => m.createExportActions(deps, { fileName, step }),
      (e: unknown) => {
        loading = null;
        throw e;
      },
    ));

  return {
    fileName,
    downloadHistoryCsv: () => actions().then((a) => a.downloadHistoryCsv()),
    saveFile: (blob, name) => actions().then((a) => a.saveFile(blob, name)),
    downloadSettings: () => actions().then((a) => a.downloadSettings()),
    loadSettings: (file) => actions().then((a) => a.loadSettings(file)),
    downloadWeights: () => actions().then((a) => a.downloadWeights()),
    loadWeights: (files) => actions().then((a) => a.loadWeights(files)),
    downloadChart: (panel, chart, format) => actions().then((a) => a.downloadChart(panel, chart, format)),
  };
}
