// English: exporting and loading (the Export menu's items, each chart's SVG and PNG, and what a file
// download or load tells), loaded with the export code (see ../messages.ts). The menus' own buttons
// (pg.export.menu, menuLabel, menuTitle, chartMenu) are in playground.ts: the first screen shows them.
import type { Message } from '../catalogue';

export const exportArea = {
  'pg.export.itemsLabel': 'Files to download or load',
  'pg.export.history': 'History as CSV',
  'pg.export.historyLabel': 'Download the training history as CSV',
  'pg.export.historyTitle': 'step, J(D), J(G), KL both ways, JS (nats) and W1 of every point the charts hold',
  'pg.export.settings': 'Settings as JSON',
  'pg.export.settingsLabel': 'Download the settings as JSON',
  'pg.export.loadSettings': 'Load settings…',
  'pg.export.loadSettingsLabel': 'Load settings from a JSON file',
  'pg.export.weights': 'Weights (TensorFlow.js)',
  'pg.export.weightsLabel': (p: { json: string; bin: string }) =>
    `Download the trained weights (TensorFlow.js): ${p.json} and ${p.bin}`,
  'pg.export.loadWeights': 'Load weights…',
  'pg.export.loadWeightsLabel': (p: { json: string; bin: string }) =>
    `Load weights: choose ${p.json} and ${p.bin} together`,
  'pg.export.weightsNote':
    'Weights load into the current run when G and D have the same shape; the optimizer then starts afresh.',
  'pg.export.sectionData': 'Download',
  'pg.export.sectionLoad': 'Load',
  'pg.export.chartFormats': (p: { title: string }) => `${p.title} chart: file formats`,
  'pg.export.chartAs': (p: { title: string; format: string }) => `Export ${p.title} chart as ${p.format}`,
  'pg.export.chartHeading': (p: { title: string; step: number }) => `${p.title} · step ${p.step}`,
  'pg.export.chartFailed': (p: { title: string; detail: string }) =>
    `Could not export the ${p.title} chart: ${p.detail}`,
  'pg.export.noChart': (p: { title: string }) => `The ${p.title} chart is not drawn yet: nothing to export.`,
  'pg.export.noWeights': 'There are no weights to export yet: the training worker has not started a run.',
  'pg.export.weightsFailed': (p: { detail: string }) => `Could not export the weights: ${p.detail}`,
  'pg.export.fileNoVersion': 'the file has no version',
  'pg.export.fileUnknownVersion': (p: { raw: string }) => `unknown version ${p.raw}`,
  'pg.export.settingsLoaded': (p: { file: string }) => `Loaded the settings from “${p.file}”.`,
  'pg.export.settingsLoadedProblems': (p: { file: string; problems: string }) =>
    `Loaded the settings from “${p.file}”, with problems: ${p.problems}. Kept the current value (or the nearest valid one) for those.`,
  'pg.export.notJson': (p: { detail: string }) => `it is not valid JSON (${p.detail})`,
  'pg.export.notAnObject': 'it is not a settings object',
  'pg.export.noSettings': 'it holds no setting of this app',
  'pg.export.weightsFile': (p: { button: string }) => `it is a weights file: load it with “${p.button}”`,
  'pg.export.newerVersion': (p: { version: number }) => `it is from a newer version of the app (version ${p.version})`,
  'pg.export.settingsNotLoaded': (p: { file: string; why: string }) =>
    `Settings not loaded from “${p.file}”: ${p.why}. Nothing was changed.`,
  'pg.export.readFailed': (p: { file: string; detail: string }) =>
    `Could not read “${p.file}”: ${p.detail}. Nothing was changed.`,
  'pg.export.loadedAll': 'G, D and G’s average (EMA)',
  'pg.export.loadedFromG': 'G and D (G’s average restarts from the loaded G)',
  'pg.export.loadedGD': 'G and D',
  'pg.export.weightsLoaded': (p: { what: string; file: string; step: number }) =>
    `Loaded ${p.what} from “${p.file}”; training goes on from them at step ${p.step}. The optimizer restarted its moments (Adam’s averages start from zero).`,
  'pg.export.w.notJson': (p: { json: string; detail: string }) => `“${p.json}” is not valid JSON (${p.detail})`,
  'pg.export.w.notWeights': (p: { json: string; name: string }) =>
    `“${p.json}” is not a GAN Playground weights file (${p.name})`,
  'pg.export.w.badFile': (p: { json: string; detail: string }) => `“${p.json}” is damaged or incomplete: ${p.detail}`,
  'pg.export.w.network': (p: { network: string; file: string; current: string }) =>
    `the file’s ${p.network} is ${p.file}, but the current ${p.network} is ${p.current}. Set the same network (or load the settings saved with the weights) and load again`,
  'pg.export.w.noise': (p: { file: string; current: string }) =>
    `the file’s G was trained on ${p.file} noise, but the current p_z is ${p.current}. Set the same noise and load again`,
  'pg.export.w.wrongSize': (p: { bin: string; json: string; actual: number; expected: number }) =>
    `“${p.bin}” has ${p.actual} bytes where “${p.json}” describes ${p.expected}: the two files do not belong together, or one is damaged`,
  'pg.export.w.notFinite': (p: { bin: string; name: string }) => `“${p.bin}” holds NaN or ∞ in ${p.name}`,
  'pg.export.w.unstableOutputs': (p: { bin: string; bound: number }) =>
    `the weights in “${p.bin}” put G’s samples beyond ±${p.bound.toLocaleString('en')} or D’s outputs out of range: no run could train from them (the current run is unchanged)`,
  'pg.export.w.unstableStep': (p: { bin: string; bound: number }) =>
    `one training step from the weights in “${p.bin}” already breaks (NaN, ∞ or samples beyond ±${p.bound.toLocaleString('en')}): the current run is unchanged`,
  'pg.export.w.noRun': 'there is no run to load them into yet (the training worker is starting)',
  'pg.export.weightsNotLoaded': (p: { why: string }) => `Weights not loaded: ${p.why}. The run is unchanged.`,
  'pg.export.needBoth': (p: { json: string; bin: string; chosen: string }) =>
    `Weights not loaded: choose both files at once, ${p.json} and ${p.bin}${p.chosen ? ` (chosen: ${p.chosen})` : ''}. The run is unchanged.`,
} as const satisfies Record<string, Message>;
