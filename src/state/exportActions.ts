// Exporting and loading, as the page's actions: a chart as SVG or PNG, the training history as CSV,
// the settings as JSON (and loading them back), the trained weights as tfjs artifacts (and loading
// them back into the run). Files are made here or, for the weights, in the worker (tfjs lives there);
// the page only saves and reads bytes. Every outcome a user should know of is a notice.
import { historyCsv } from '../core/historyCsv';
import { parseSettingsJson, settingsToJson } from '../core/settingsFile';
import { WEIGHTS_BIN_NAME, WEIGHTS_JSON_NAME } from '../core/weightsFile';
import { chartSvg, downloadBlob, svgToPng } from './chartExport';
import {
  chartExportFailedText,
  chartHeading,
  fileReadFailedText,
  noChartText,
  noWeightsText,
  settingsFileErrorText,
  settingsLoadedText,
  weightsExportFailedText,
  weightsLoadedText,
  weightsNeedBothText,
  weightsProblemText,
  type ChartFormat,
} from './exportTexts';
import { translatorFor } from './language';
import type { Notices } from './notices';
import type { SettingsState } from './settingsState';
import type { TrainerClient } from './trainerClient';

/** What the exporter reads of a chosen file (a File in the browser). */
export interface FileLike {
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
  downloadHistoryCsv(): void;
  downloadSettings(): void;
  /** Loads a settings file; a bad file changes nothing. Resolves true when settings were loaded. */
  loadSettings(file: FileLike): Promise<boolean>;
  /** Saves gan-weights.json and gan-weights.bin. Resolves true when both were saved. */
  downloadWeights(): Promise<boolean>;
  /** Loads a weights pair into the run (the worker checks it fits). Resolves true when loaded. */
  loadWeights(files: readonly FileLike[]): Promise<boolean>;
  /** Saves the chart drawn in `panel` (a ChartPanel) as SVG or PNG. */
  downloadChart(panel: HTMLElement, chart: { id: string; title: string }, format: ChartFormat): Promise<boolean>;
}

const errorText = (e: unknown): string => (e instanceof Error ? e.message || e.name : String(e));
const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'chart';

export const PNG_SCALE = 2;

export function createExporter(deps: ExporterDeps): Exporter {
  const { trainer, settings, notices } = deps;
  const save = deps.save ?? downloadBlob;

  /** The run's step, when the playground (the run's charts) is open and a snapshot is drawn. */
  const step = (): number | null => {
    const snap = trainer.snapshot.get();
    return snap && settings.store.get().view === 'playground' ? snap.step : null;
  };
  const fileName = (what: string, extension: string) => {
    const s = step();
    return `gan-playground-${slug(what)}${s === null ? '' : `-step-${s}`}.${extension}`;
  };

  return {
    fileName,

    downloadHistoryCsv() {
      const text = historyCsv(trainer.history.get().points);
      save(new Blob([text], { type: 'text/csv;charset=utf-8' }), fileName('history', 'csv'));
    },

    downloadSettings() {
      const text = settingsToJson(settings.store.get());
      save(new Blob([text], { type: 'application/json' }), 'gan-playground-settings.json');
    },

    async loadSettings(file) {
      let text: string;
      try {
        text = await file.text();
      } catch (e) {
        notices.add((t) => fileReadFailedText(t, file.name, errorText(e)), 'error');
        return false;
      }
      const result = parseSettingsJson(text, settings.store.get());
      if (!result.ok) {
        notices.add((t) => settingsFileErrorText(t, file.name, result.error), 'error');
        return false;
      }
      settings.patch(result.settings);
      notices.add(
        (t) => settingsLoadedText(t, file.name, result.problems),
        result.problems.length ? 'warning' : 'info',
      );
      return true;
    },

    async downloadWeights() {
      try {
        const artifacts = await trainer.exportWeights();
        if (!artifacts) {
          notices.add(noWeightsText, 'warning');
          return false;
        }
        save(new Blob([artifacts.json], { type: 'application/json' }), WEIGHTS_JSON_NAME);
        save(new Blob([artifacts.bin], { type: 'application/octet-stream' }), WEIGHTS_BIN_NAME);
        return true;
      } catch (e) {
        notices.add((t) => weightsExportFailedText(t, errorText(e)), 'error');
        return false;
      }
    },

    async loadWeights(files) {
      const json = files.find((f) => /\.json$/i.test(f.name));
      const bin = files.find((f) => f !== json && !/\.json$/i.test(f.name));
      if (!json || !bin || files.length !== 2) {
        notices.add(
          (t) =>
            weightsNeedBothText(
              t,
              files.map((f) => f.name),
            ),
          'error',
        );
        return false;
      }
      const names = { json: json.name, bin: bin.name };
      let text: string, bytes: ArrayBuffer;
      try {
        [text, bytes] = await Promise.all([json.text(), bin.arrayBuffer()]);
      } catch (e) {
        notices.add((t) => fileReadFailedText(t, `${json.name}, ${bin.name}`, errorText(e)), 'error');
        return false;
      }
      const result = await trainer.importWeights(text, bytes);
      if (!result.ok) {
        notices.add((t) => weightsProblemText(t, names, result.problem), 'error');
        return false;
      }
      notices.add((t) => weightsLoadedText(t, json.name, result), 'info');
      return true;
    },

    async downloadChart(panel, chart, format) {
      try {
        const file = chartSvg(panel, chartHeading(translatorFor(settings.store.get()), chart.title, step()));
        if (!file) {
          notices.add((t) => noChartText(t, chart.title), 'warning');
          return false;
        }
        const name = fileName(chart.id, format);
        if (format === 'svg') save(new Blob([file.svg], { type: 'image/svg+xml;charset=utf-8' }), name);
        else save(await svgToPng(file.svg, file.width, file.height, PNG_SCALE), name);
        return true;
      } catch (e) {
        notices.add((t) => chartExportFailedText(t, chart.title, errorText(e)), 'error');
        return false;
      }
    },
  };
}
