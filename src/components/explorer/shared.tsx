// What the explorer's panels share: P's and Q's components from the settings, the honest KL readout,
// the fixed-decimal numbers of the equation, colours.
import { useMemo } from 'react';
import { INFINITE_MASS, KL_FLOOR } from '../../core/divergences';
import type { KLValue } from '../../core/protocol';
import { explorerComponents, type ExplorerDensity, type MixtureComponent, type Units } from '../../core/settings';
import type { Translate } from '../../i18n/messages';
import { useSettings } from '../../state/context';
import { useT } from '../../state/language';
import { formatNumber, toUnits, unitLabel } from '../../state/format';
import { Readout } from '../charts/Readout';
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

/** The tooltip of a KL value: the sum it is, or why it is a lower bound / ∞ (as the playground's). */
export function klTitle(t: Translate, kl: KLValue, ref: string, other: string): string {
  const pct = formatNumber(kl.missingMass * 100, 2);
  if (kl.infinite) return t('theory.explorer.kl.infinite', { ref, other, pct });
  if (kl.floored)
    return t('theory.explorer.kl.floored', { ref, other, pct, floor: KL_FLOOR, from: INFINITE_MASS * 100 });
  return t('theory.explorer.kl.sum', { ref, other });
}

/** The text of a KL readout: ∞, or the number in the user's units. */
export const klText = (kl: KLValue, units: Units): string =>
  kl.infinite ? '∞' : formatNumber(toUnits(kl.value, units));

/** The "≥" marker of a floored KL (a lower bound of ∞), outside the number's element. */
export function GeMarker({ kl, title }: { kl: KLValue; title: string }) {
  const t = useT();
  if (!kl.floored || kl.infinite) return null;
  return (
    <abbr className="ge-marker" title={title} tabIndex={0} aria-label={t('theory.atLeast')}>
      ≥
    </abbr>
  );
}

/** A KL readout shown honestly: the number, "≥ number" (floored) or ∞, with the reason as its tooltip. */
export function KLReadout({
  label,
  hint,
  kl,
  units,
  testId,
  color,
  refName,
  otherName,
}: {
  label: string;
  hint: string;
  kl: KLValue;
  units: Units;
  testId: string;
  color?: string;
  refName: string;
  otherName: string;
}) {
  const t = useT();
  const title = klTitle(t, kl, refName, otherName);
  return (
    <Readout
      label={label}
      color={color}
      swatch={color ? 'line' : undefined}
      value={klText(kl, units)}
      unit={unitLabel(units)}
      testId={testId}
      title={t('theory.explorer.kl.readout', { hint, why: title })}
      before={<GeMarker kl={kl} title={title} />}
    />
  );
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

/** Minus signs as in print. */
export const signed = (s: string) => s.replace(/^-/, '−');
