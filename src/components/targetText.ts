// Every sentence of the chart readouts, the handles' keyboard labels and the user's own target
// (drawing, loading samples), in one place for translation.
import { MAX_SAMPLES, MAX_SAMPLES_FILE_BYTES, MIN_SAMPLES, type SamplesProblem } from '../core/samplesCsv';
import { formatNumber } from '../state/format';

/** How the formulas and the likelihood view name a drawn target. */
export const DRAWN_TARGET_NAME = 'your drawn density';

const count = (n: number) => n.toLocaleString('en');
const megabytes = (bytes: number) => `${formatNumber(bytes / (1024 * 1024), 2)} MB`;

export const TARGET_TEXT = {
  // Hover and touch readouts.
  cursorLabel: 'Values at the pointer',
  step: 'step',
  // The handles on the density charts (keyboard and screen readers).
  handlesLabel: 'Handles of p_data',
  explorerHandlesLabel: 'Handles of P and Q',
  componentMean: (component: string) => `${component} mean`,
  component: (i: number) => `Component ${i + 1}`,
  explorerComponent: (density: string, i: number) => `${density}, component ${i + 1}`,
  uniformEnd: (which: 'low' | 'high') => (which === 'low' ? 'Uniform, lower end' : 'Uniform, upper end'),
  meanAndSigma: (mean: string, sigma: string) => `mean ${mean}, σ ${sigma}`,
  handleHelp:
    'Drag sideways to move its mean, up or down to change its σ. Keys: ←/→ move the mean, ↑/↓ make it taller or flatter (σ); Shift: 10 steps.',
  uniformHelp: (which: 'low' | 'high') =>
    `Drag, or press ←/→ (Shift: 10 steps), to move the uniform’s ${which === 'low' ? 'lower' : 'upper'} end`,
  // Drawing p_data.
  draw: 'Draw',
  drawTitle:
    'Draw p_data with the mouse or a finger: each stroke redraws the stretch it covers; it is smoothed and scaled to area 1',
  drawing: 'Drawing',
  clear: 'Clear',
  clearTitle: 'Start on an empty chart: the next stroke is the whole of p_data',
  drawHint: 'Draw across the chart: each stroke redraws the stretch it covers.',
  clearedHint: 'Cleared: your next stroke is the whole of p_data (until then it stays as it was).',
  strokeTooShort: 'Nothing drawn: drag across the chart, above the axis, to draw p_data.',
  // Loading samples.
  loadCsv: 'Load CSV…',
  loadCsvTitle: `A file of samples of x: numbers one per line, or separated by commas or semicolons (one header line allowed; at least ${MIN_SAMPLES}, at most ${count(MAX_SAMPLES)} numbers, ${megabytes(MAX_SAMPLES_FILE_BYTES)}). Their kernel density estimate becomes p_data.`,
  drawnHint:
    'Your own p_data on 64 points from −6 to 6, linear between them: draw it on the Densities chart, or load samples.',
  loaded: (name: string, n: number, bandwidth: number, offChart: number) =>
    `Loaded ${count(n)} samples from “${name}”: p_data is their kernel density estimate (Gaussian kernels, bandwidth h = ${formatNumber(bandwidth)}, Silverman’s rule)${offChart > 0.001 ? `; ${formatNumber(100 * offChart, 2)}% of it lies off the chart [−6, 6] and is left out` : ''}.`,
  notLoaded: (name: string, why: string) => `“${name}” was not loaded, p_data is unchanged: ${why}`,
  unreadable: 'the file could not be read.',
  offChart: (mean: number) =>
    `almost none of the samples lie on the chart’s x range [−6, 6] (their mean is ${formatNumber(mean)}): rescale them first, e.g. to z-scores.`,
  samplesProblem(p: SamplesProblem): string {
    switch (p.code) {
      case 'empty':
        return 'the file is empty.';
      case 'too-large':
        return `the file is ${megabytes(p.bytes)}; at most ${megabytes(MAX_SAMPLES_FILE_BYTES)} can be loaded.`;
      case 'not-numbers':
        return `line ${count(p.line)} has “${p.text}”, which is not a number. The file should hold numbers only (one header line allowed).`;
      case 'too-few':
        return `it has ${p.count} number${p.count === 1 ? '' : 's'}; at least ${MIN_SAMPLES} are needed for a density.`;
      case 'too-many':
        return `it has more than ${count(MAX_SAMPLES)} numbers.`;
    }
  },
} as const;
