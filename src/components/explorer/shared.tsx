// What the explorer's panels share: P's and Q's components from the settings, the fixed-decimal numbers
// of the equation, colours. (Its KL readouts are the app's one KLReadout, charts/KLReadout.tsx.)
import { useMemo } from 'react';
import { explorerComponents, type ExplorerDensity, type MixtureComponent } from '../../core/settings';
import { useSettings } from '../../state/context';
import { COLORS, inkOf } from '../charts/theme';

/** P is the playground's p_data colour (blue), Q its p_model colour (orange). */
export const P_COLOR = COLORS.pData;
export const Q_COLOR = COLORS.pModel;
/** Q's colour for text (the orange itself is too light to read on white). */
export const Q_INK = inkOf(COLORS.pModel);
/** W1 has no colour in the playground; green (the Okabe–Ito colour of D, which this view does not show). */
export const W1_COLOR = COLORS.d;

/** The components of P or Q in use; a new array only when one of their numbers changes. */
export function useDensityComponents(density: ExplorerDensity): readonly MixtureComponent[] {
  const key = JSON.stringify(explorerComponents(useSettings(), density));
  return useMemo(() => JSON.parse(key) as MixtureComponent[], [key]);
}

/**
 * A number with three decimals, for the equation H(P, Q) = H(P) + KL(P‖Q): with the same number of
 * decimals on both sides the sum checks to the last digit (±0.001). Typographic minus; ∞ stays ∞.
 */
export function fixed3(v: number): string {
  if (v === Infinity) return '∞';
  if (Number.isNaN(v)) return '–';
  const t = (Math.abs(v) < 0.0005 ? 0 : v).toFixed(3);
  return t.replace(/^-/, '−');
}
