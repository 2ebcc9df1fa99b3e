// Okabe–Ito colours (colour-blind safe), one meaning each across every panel. Each is a CSS custom
// property of src/styles.css with a light and a dark value (the dark ones a little lighter, so that
// each keeps its contrast on a dark panel), so switching the theme recolours every chart without a
// re-render. SVG presentation attributes (fill="…", stroke="…") do not resolve var(): give these to
// SVG through style, e.g. style={{ stroke: COLORS.pData }}; HTML styles take them as they are.
export const COLORS = {
  pData: 'var(--chart-p-data)',
  pModel: 'var(--chart-p-model)',
  d: 'var(--chart-d)',
  /** Black on a light panel, near-white on a dark one. */
  dStar: 'var(--chart-d-star)',
  js: 'var(--chart-js)',
  klForward: 'var(--chart-kl-forward)',
  klReverse: 'var(--chart-kl-reverse)',
  lossD: 'var(--chart-d)',
  lossG: 'var(--chart-p-model)',
  /** Reference lines (½, log 2, equilibria): grey, flipping with the theme. */
  reference: 'var(--chart-reference)',
  grid: 'var(--chart-grid)',
  axis: 'var(--chart-axis)',
  /** Marks with no series of their own (samples, the negative part of an integrand). */
  neutral: 'var(--chart-neutral)',
  /** The text colour, for marks drawn "in ink" (a cursor, the current position). */
  ink: 'var(--ink)',
  /** The panel behind the charts: fills of handles, halos around labels. */
  surface: 'var(--panel)',
  /** Warnings drawn in a chart (a collapsed mode). */
  warn: 'var(--warn-line)',
} as const;

/**
 * A series colour for text: mixed 60 : 40 with the text colour (darker on a light panel, lighter on a
 * dark one), so that it keeps its hue and reaches 4.5:1 (WCAG AA) in both themes. The Okabe–Ito orange
 * and sky blue alone reach only about 2.3:1 on white.
 */
export const inkOf = (color: string): string => `color-mix(in srgb, ${color} 60%, var(--ink))`;

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}
export const MARGIN: Margin = { top: 8, right: 14, bottom: 38, left: 58 };
