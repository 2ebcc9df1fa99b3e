// What export and load do (see exporter.ts, which loads this module on first use): a chart as SVG or PNG,
// the training history as CSV, the settings as JSON (and loading them back), the trained weights as tfjs
// artifacts (and loading them back into the run). Files are made here or, for the weights, in the worker
// (tfjs lives there); the page only saves and reads bytes. Every outcome a user should know of is a notice.
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
} from './exportTexts';
import type { ExportActions, ExporterDeps } from './exporter';
import { translatorFor } from './language';

const errorText = (e: unknown): string => (e instanceof Error ? e.message || e.name : String(e));

export const PNG_SCALE = 2;

/** What the actions need of the exporter beyond its deps: file names and the run's step (exporter.ts). */
export interface ExportNaming {
  fileName(what: string, extension: string): string;
  step(): number | null;
}

export function createExportActions(deps: ExporterDeps, { fileName, step }: ExportNaming): ExportActions {
  const { trainer, settings, notices } = deps;
  const save = deps.save ?? downloadBlob;

  return {
    async saveFile(blob, name) {
      save(blob, name);
    },

    async downloadHistoryCsv() {
      const text = historyCsv(trainer.history.get().points);
      save(new Blob([text], { type: 'text/csv;charset=utf-8' }), fileName('history', 'csv'));
    },

    async downloadSettings() {
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
