// Number formatting for readouts: 3 significant digits, plain decimals where they read well.
import { toUnits } from '../core/divergences';
import type { Units } from '../core/settings';
import type { Translate } from '../i18n/messages';

export { toUnits };

/** The exact text a readout shows for a number (the testid element holds only this). */
export function formatNumber(v: number, digits = 3): string {
  if (Number.isNaN(v)) return '–';
  if (v === Infinity) return '∞';
  if (v === -Infinity) return '−∞';
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1000) return String(Math.round(v));
  if (a < 1e-4) return v.toExponential(digits - 1);
  return v.toPrecision(digits);
}

/** The units' name in the interface's language: "nats" or "bits" (奈特, 比特). */
export const unitLabel = (t: Translate, u: Units): string => t(u === 'bits' ? 'chart.unit.bits' : 'chart.unit.nats');

/** log 2 in the user's units: ln 2 nats = 1 bit. */
export const log2In = (u: Units): number => toUnits(Math.LN2, u);

/** Decimals implied by a slider's step (0.05 → 2, 1 → 0). */
export function decimalsOf(step: number): number {
  if (step >= 1) return 0;
  return Math.min(6, Math.max(0, Math.ceil(-Math.log10(step) - 1e-9)));
}
