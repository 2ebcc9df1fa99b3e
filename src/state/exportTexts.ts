// Every sentence of exporting and loading (charts, history, settings, weights), worded in the interface's
// language (`t`; the messages `pg.export.*` of src/i18n/en/playground.ts). The parsers send codes
// (src/core/settingsFile.ts, src/core/weightsFile.ts); this module words them.
import type { WeightsImportResult } from '../core/protocol';
import type { SettingsFileError, SettingsFileProblem } from '../core/settingsFile';
import type { EnumValue } from '../core/settings';
import { WEIGHTS_BIN_NAME, WEIGHTS_JSON_NAME, type NetworkSummary, type WeightsProblem } from '../core/weightsFile';
import type { Translate } from '../i18n/messages';
import { linkProblemText } from './messages';

export type ChartFormat = 'svg' | 'png';

/** The two files of the weights, for the menu's labels. */
export const WEIGHTS_FILES = { json: WEIGHTS_JSON_NAME, bin: WEIGHTS_BIN_NAME } as const;

export const chartFormatText = (format: ChartFormat): string => format.toUpperCase();
/** The heading drawn in an exported chart. */
export const chartHeading = (t: Translate, title: string, step: number | null): string =>
  step === null ? title : t('pg.export.chartHeading', { title, step });
export const chartExportFailedText = (t: Translate, title: string, detail: string): string =>
  t('pg.export.chartFailed', { title, detail });
export const noChartText = (t: Translate, title: string): string => t('pg.export.noChart', { title });

export const noWeightsText = (t: Translate): string => t('pg.export.noWeights');
export const weightsExportFailedText = (t: Translate, detail: string): string =>
  t('pg.export.weightsFailed', { detail });

// ---- settings ----

function settingsProblemText(t: Translate, p: SettingsFileProblem): string {
  switch (p.code) {
    case 'file-no-version':
      return t('pg.export.fileNoVersion');
    case 'file-unknown-version':
      return t('pg.export.fileUnknownVersion', { raw: p.raw });
    default:
      return linkProblemText(t, p);
  }
}

export function settingsLoadedText(t: Translate, file: string, problems: readonly SettingsFileProblem[]): string {
  if (problems.length === 0) return t('pg.export.settingsLoaded', { file });
  return t('pg.export.settingsLoadedProblems', {
    file,
    problems: problems.map((p) => settingsProblemText(t, p)).join(t('pg.list.semicolon')),
  });
}

export function settingsFileErrorText(t: Translate, file: string, e: SettingsFileError): string {
  const why = (() => {
    switch (e.code) {
      case 'not-json':
        return t('pg.export.notJson', { detail: e.detail });
      case 'not-an-object':
        return t('pg.export.notAnObject');
      case 'no-settings':
        return t('pg.export.noSettings');
      case 'weights-file':
        return t('pg.export.weightsFile', { button: t('pg.export.loadWeights') });
      case 'newer-version':
        return t('pg.export.newerVersion', { version: e.version });
    }
  })();
  return t('pg.export.settingsNotLoaded', { file, why });
}

export const fileReadFailedText = (t: Translate, file: string, detail: string): string =>
  t('pg.export.readFailed', { file, detail });

// ---- weights ----

const value = (t: Translate, v: string): string => t(`value.${v as EnumValue}`) ?? v;
const network = (t: Translate, n: NetworkSummary): string => `${n.sizes.join(' → ')}, ${value(t, n.activation)}`;

export function weightsLoadedText(t: Translate, file: string, r: Extract<WeightsImportResult, { ok: true }>): string {
  const what =
    r.ema === 'loaded'
      ? t('pg.export.loadedAll')
      : r.ema === 'from-g'
        ? t('pg.export.loadedFromG')
        : t('pg.export.loadedGD');
  return t('pg.export.weightsLoaded', { what, file, step: r.step });
}

export function weightsProblemText(t: Translate, files: { json: string; bin: string }, p: WeightsProblem): string {
  const why = (() => {
    switch (p.code) {
      case 'not-json':
        return t('pg.export.w.notJson', { json: files.json, detail: p.detail });
      case 'not-weights':
        return t('pg.export.w.notWeights', { json: files.json, name: WEIGHTS_JSON_NAME });
      case 'bad-file':
        return t('pg.export.w.badFile', { json: files.json, detail: p.detail });
      case 'network-mismatch':
        return t('pg.export.w.network', {
          network: p.network,
          file: network(t, p.file),
          current: network(t, p.current),
        });
      case 'noise-mismatch':
        return t('pg.export.w.noise', { file: value(t, p.file), current: value(t, p.current) });
      case 'wrong-size':
        return t('pg.export.w.wrongSize', {
          bin: files.bin,
          json: files.json,
          actual: p.actual,
          expected: p.expected,
        });
      case 'not-finite':
        return t('pg.export.w.notFinite', { bin: files.bin, name: p.name });
      case 'unstable':
        return t(p.when === 'outputs' ? 'pg.export.w.unstableOutputs' : 'pg.export.w.unstableStep', {
          bin: files.bin,
          bound: p.bound,
        });
      case 'no-run':
        return t('pg.export.w.noRun');
      case 'internal':
        return p.detail;
    }
  })();
  return t('pg.export.weightsNotLoaded', { why });
}

export const weightsNeedBothText = (t: Translate, names: readonly string[]): string =>
  t('pg.export.needBoth', {
    json: WEIGHTS_JSON_NAME,
    bin: WEIGHTS_BIN_NAME,
    chosen: names.map((n) => `“${n}”`).join(t('pg.list.comma')),
  });
