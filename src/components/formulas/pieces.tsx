// The small pieces every live card is made of: a labelled number (one row), the rows, a note, the KL
// readout in a row, and the words for what the maths in core returns as codes (the objective in play,
// the D in play, a loss's unit, the target).
import type { ReactNode } from 'react';
import { objectiveOf } from '../../core/objectives';
import { OBJECTIVE_SPECS } from '../../core/objectiveSpecs';
import type { FormulaId } from '../../core/formulas';
import type { Objective } from '../../core/objectives';
import type { Analysis, KLValue, Snapshot } from '../../core/protocol';
import type { Settings, Units } from '../../core/settings';
import { targetDescription, twoDecimals } from '../../core/targetDescription';
import type { Translate } from '../../i18n/messages';
import { unitLabel } from '../../state/format';
import { useT } from '../../state/language';
import { KLReadout } from '../charts/KLReadout';
import type { ReadoutProps } from '../charts/Readout';

/** What a card's live part is drawn from: one snapshot, the settings, the units and the language. */
interface LiveProps {
  a: Analysis;
  snap: Snapshot;
  s: Settings;
  units: Units;
  t: Translate;
}
export type LiveCard = (p: LiveProps) => ReactNode;
export type LiveCards = Partial<Record<FormulaId, LiveCard>>;

/** One labelled number as a row; the element with the test id holds exactly the number shown. */
function Row({ label, value, unit, testId, before, title }: ReadoutProps) {
  return (
    <div className="formulas-row" title={title}>
      <dt>{label}</dt>
      <dd>
        {before}
        <output className="formulas-number" data-testid={testId}>
          {value}
        </output>
        {unit && <span className="formulas-unit"> {unit}</span>}
      </dd>
    </div>
  );
}

/** A row whose test id is `formula-value-<id>`. */
export const Value = ({ id, ...p }: Omit<ReadoutProps, 'testId'> & { id: string }) => (
  <Row {...p} testId={`formula-value-${id}`} />
);

export const Rows = ({ children }: { children: ReactNode }) => <dl className="formulas-values">{children}</dl>;
export const Note = ({ children }: { children: ReactNode }) => <p className="formulas-note">{children}</p>;

/** A KL as a row, as every KL readout of the app shows it: the number, "≥ number" (floored) or ∞. */
export function KLRow({
  id,
  label,
  kl,
  units,
  refName,
  otherName,
}: {
  id: string;
  label: string;
  kl: KLValue;
  units: Units;
  /** The density in the denominator (floored where it is 0), and the other one. */
  refName: string;
  otherName: string;
}) {
  return (
    <KLReadout
      frame={Row}
      label={label}
      kl={kl}
      units={units}
      refName={refName}
      otherName={otherName}
      testId={`formula-value-${id}`}
    />
  );
}

/** An objective's name, as the settings show it. */
export const objectiveName = (t: Translate, o: Objective) => t(`value.${o}`);

/** The unit of an objective's losses: nats, units of x (a critic's scores), or none. */
export function lossUnit(t: Translate, o: Objective): string | undefined {
  const unit = OBJECTIVE_SPECS[o].unit;
  return unit === 'nats' ? unitLabel(t, 'nats') : unit === 'x' ? t('formula.unit.x') : undefined;
}

/** "the current D", "the current critic" or, in optimal-D mode, "the optimal D in play". */
export function dInPlay(t: Translate, a: Analysis): string {
  const critic = OBJECTIVE_SPECS[objectiveOf(a)].critic;
  if (a.optimalD) return critic ? t('formula.live.d.optimalCritic') : t('formula.live.d.optimalD');
  return critic ? t('formula.live.d.critic') : t('formula.live.d.current');
}

/** A parameter as printed: at most two decimals, a typographic minus. */
export const param = (v: number) => String(twoDecimals(v)).replace('-', '−');

/** p_data by name: U(a, b), N(μ, σ²), Σ w·N(μ, σ²), or "your drawn density". */
export function describeTarget(t: Translate, s: Settings): string {
  const d = targetDescription(s);
  if (d.kind === 'uniform') return `U(${param(d.low)}, ${param(d.high)})`;
  if (d.kind === 'drawn') return t('formula.live.drawnTarget');
  if (d.parts.length === 1) return `N(${param(d.parts[0].mean)}, ${param(d.parts[0].std)}²)`;
  return d.parts.map((c) => `${param(c.weight)}·N(${param(c.mean)}, ${param(c.std)}²)`).join(' + ');
}

/** For a formula of an objective that is not the one training now. */
export function NotInPlay({ a, objective }: { a: Analysis; objective: Objective }) {
  const t = useT();
  return (
    <Note>
      {t('formula.live.notInPlay', {
        now: objectiveName(t, objectiveOf(a)),
        objective: objectiveName(t, objective),
      })}
    </Note>
  );
}
