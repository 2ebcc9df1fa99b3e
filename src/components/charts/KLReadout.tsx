// One KL readout for every view (playground, explorer, likelihood, formulas): the value in the user's
// units, "≥ value" when the reference density had to be floored (the exact KL on the grid is ∞ and the
// value a lower bound), ∞ once the missing mass reaches INFINITE_MASS, and why, as its tooltip.
import type { ReactNode } from 'react';
import { INFINITE_MASS, KL_FLOOR } from '../../core/divergences';
import type { KLValue } from '../../core/protocol';
import type { Units } from '../../core/settings';
import type { Translate } from '../../i18n/messages';
import { formatNumber, toUnits, unitLabel } from '../../state/format';
import { useT } from '../../state/language';
import { Readout, type ReadoutProps } from './Readout';

/** The text of a KL value: ∞, or the number in the user's units. */
export const klValueText = (kl: KLValue, units: Units): string =>
  kl.infinite ? '∞' : formatNumber(toUnits(kl.value, units));

/** The value shown is a lower bound: the reference was floored, but not on enough mass to say ∞. */
const isLowerBound = (kl: KLValue): boolean => kl.floored && !kl.infinite;

/** Why a KL value is what it is: the sum it is, or why it is a lower bound or ∞. `ref` is the density in the denominator. */
export function klTooltip(t: Translate, kl: KLValue, ref: string, other: string): string {
  const percent = formatNumber(kl.missingMass * 100, 2);
  if (kl.infinite) return t('chart.div.kl.infinite', { ref, other, percent });
  if (kl.floored) return t('chart.div.kl.floored', { ref, other, percent, floor: KL_FLOOR, from: INFINITE_MASS * 100 });
  return t('chart.div.kl.sum', { ref, other });
}

/**
 * "≥" before a floored KL (or a quantity that adds it), "≤" before one that subtracts it; nothing when
 * the value is exact or ∞. Outside the number's element, so that element holds only the number.
 */
export function BoundMarker({ kl, title, sign = '≥' }: { kl: KLValue; title: string; sign?: '≥' | '≤' }) {
  const t = useT();
  if (!isLowerBound(kl)) return null;
  return (
    <abbr
      className="ge-marker"
      title={title}
      tabIndex={0}
      aria-label={t(sign === '≥' ? 'chart.div.kl.atLeast' : 'chart.div.kl.atMost')}
    >
      {sign}
    </abbr>
  );
}

/** Why the value: the sum / lower bound / ∞ sentence about two named densities, or a view's own sentence. */
type KLReason =
  | {
      /** The density in the denominator (floored where it is 0), and the other one. */
      refName: string;
      otherName: string;
      why?: undefined;
    }
  | { why: string; refName?: undefined; otherName?: undefined };

/** A KL readout: the number, "≥ number" (floored) or ∞, its units, and the reason as its tooltip; "–" without a value. */
export function KLReadout({
  kl,
  units,
  refName,
  otherName,
  hint,
  why,
  frame: Frame = Readout,
  ...shown
}: {
  kl: KLValue | undefined;
  units: Units;
  /** What the readout is, put before the reason in the tooltip. */
  hint?: string;
  frame?: (p: ReadoutProps) => ReactNode;
} & KLReason &
  Omit<ReadoutProps, 'value' | 'unit' | 'before' | 'title'>) {
  const t = useT();
  const reason = kl && (why ?? klTooltip(t, kl, refName ?? '', otherName ?? ''));
  const title = hint && reason ? t('chart.sentences', { first: hint, second: reason }) : (hint ?? reason);
  return (
    <Frame
      {...shown}
      value={kl ? klValueText(kl, units) : '–'}
      unit={unitLabel(t, units)}
      title={title}
      before={kl && reason ? <BoundMarker kl={kl} title={reason} /> : undefined}
    />
  );
}
