// Every sentence and label of exporting and loading (charts, history, settings, weights), in one
// place, so that a later pass can translate them. The parsers send codes (src/core/settingsFile.ts,
// src/core/weightsFile.ts); this module words them.
import { valueLabel } from '../core/labels';
import type { WeightsImportResult } from '../core/protocol';
import type { SettingsFileError, SettingsFileProblem } from '../core/settingsFile';
import { WEIGHTS_BIN_NAME, WEIGHTS_JSON_NAME, type NetworkSummary, type WeightsProblem } from '../core/weightsFile';
import { linkProblemText } from './messages';

export type ChartFormat = 'svg' | 'png';

/**
 * Labels of the header's Export menu and of the charts' export buttons. Each accessible name (…Label)
 * contains its control's visible text (WCAG 2.5.3, label in name).
 */
export const EXPORT_TEXTS = {
  menu: 'Export',
  menuLabel: 'Export or load: training history, settings, weights',
  menuTitle: 'Download the training history, the settings or the trained weights; load settings or weights',
  itemsLabel: 'Files to download or load',
  history: 'History as CSV',
  historyLabel: 'Download the training history as CSV',
  historyTitle: 'step, J(D), J(G), KL both ways, JS (nats) and W1 of every point the charts hold',
  settings: 'Settings as JSON',
  settingsLabel: 'Download the settings as JSON',
  loadSettings: 'Load settings…',
  loadSettingsLabel: 'Load settings from a JSON file',
  weights: 'Weights (TensorFlow.js)',
  weightsLabel: `Download the trained weights (TensorFlow.js): ${WEIGHTS_JSON_NAME} and ${WEIGHTS_BIN_NAME}`,
  loadWeights: 'Load weights…',
  loadWeightsLabel: `Load weights: choose ${WEIGHTS_JSON_NAME} and ${WEIGHTS_BIN_NAME} together`,
  weightsNote: `Weights load into the current run when G and D have the same shape; the optimizer then starts afresh.`,
  sectionData: 'Download',
  sectionLoad: 'Load',
} as const;

export const chartMenuLabel = (title: string): string => `Export ${title} chart`;
export const chartFormatsLabel = (title: string): string => `${title} chart: file formats`;
export const chartExportLabel = (title: string, format: ChartFormat): string =>
  `Export ${title} chart as ${format.toUpperCase()}`;
export const chartFormatText = (format: ChartFormat): string => format.toUpperCase();
/** The heading drawn in an exported chart. */
export const chartHeading = (title: string, step: number | null): string =>
  step === null ? title : `${title} · step ${step}`;
export const chartExportFailedText = (title: string, detail: string): string =>
  `Could not export the ${title} chart: ${detail}`;
export const noChartText = (title: string): string => `The ${title} chart is not drawn yet: nothing to export.`;

export const noWeightsText = 'There are no weights to export yet: the training worker has not started a run.';
export const weightsExportFailedText = (detail: string): string => `Could not export the weights: ${detail}`;

// ---- settings ----

function settingsProblemText(p: SettingsFileProblem): string {
  switch (p.code) {
    case 'file-no-version':
      return 'the file has no version';
    case 'file-unknown-version':
      return `unknown version ${p.raw}`;
    default:
      return linkProblemText(p);
  }
}

export function settingsLoadedText(file: string, problems: readonly SettingsFileProblem[]): string {
  if (problems.length === 0) return `Loaded the settings from “${file}”.`;
  return `Loaded the settings from “${file}”, with problems: ${problems.map(settingsProblemText).join('; ')}. Kept the current value (or the nearest valid one) for those.`;
}

export function settingsFileErrorText(file: string, e: SettingsFileError): string {
  const why = (() => {
    switch (e.code) {
      case 'not-json':
        return `it is not valid JSON (${e.detail})`;
      case 'not-an-object':
        return 'it is not a settings object';
      case 'no-settings':
        return 'it holds no setting of this app';
      case 'weights-file':
        return `it is a weights file: load it with “${EXPORT_TEXTS.loadWeights}”`;
      case 'newer-version':
        return `it is from a newer version of the app (version ${e.version})`;
    }
  })();
  return `Settings not loaded from “${file}”: ${why}. Nothing was changed.`;
}

export const fileReadFailedText = (file: string, detail: string): string =>
  `Could not read “${file}”: ${detail}. Nothing was changed.`;

// ---- weights ----

const network = (n: NetworkSummary): string => `${n.sizes.join(' → ')}, ${valueLabel(n.activation)}`;

export function weightsLoadedText(file: string, r: Extract<WeightsImportResult, { ok: true }>): string {
  const what =
    r.ema === 'loaded'
      ? 'G, D and G’s average (EMA)'
      : r.ema === 'from-g'
        ? 'G and D (G’s average restarts from the loaded G)'
        : 'G and D';
  return `Loaded ${what} from “${file}”; training goes on from them at step ${r.step}. The optimizer restarted its moments (Adam’s averages start from zero).`;
}

export function weightsProblemText(files: { json: string; bin: string }, p: WeightsProblem): string {
  const why = (() => {
    switch (p.code) {
      case 'not-json':
        return `“${files.json}” is not valid JSON (${p.detail})`;
      case 'not-weights':
        return `“${files.json}” is not a GAN Playground weights file (${WEIGHTS_JSON_NAME})`;
      case 'bad-file':
        return `“${files.json}” is damaged or incomplete: ${p.detail}`;
      case 'network-mismatch':
        return `the file’s ${p.network} is ${network(p.file)}, but the current ${p.network} is ${network(p.current)}. Set the same network (or load the settings saved with the weights) and load again`;
      case 'noise-mismatch':
        return `the file’s G was trained on ${valueLabel(p.file)} noise, but the current p_z is ${valueLabel(p.current)}. Set the same noise and load again`;
      case 'wrong-size':
        return `“${files.bin}” has ${p.actual} bytes where “${files.json}” describes ${p.expected}: the two files do not belong together, or one is damaged`;
      case 'not-finite':
        return `“${files.bin}” holds NaN or ∞ in ${p.name}`;
      case 'no-run':
        return 'there is no run to load them into yet (the training worker is starting)';
      case 'internal':
        return p.detail;
    }
  })();
  return `Weights not loaded: ${why}. The run is unchanged.`;
}

export const weightsNeedBothText = (names: readonly string[]): string =>
  `Weights not loaded: choose both files at once, ${WEIGHTS_JSON_NAME} and ${WEIGHTS_BIN_NAME}${
    names.length ? ` (chosen: ${names.map((n) => `“${n}”`).join(', ')})` : ''
  }. The run is unchanged.`;
