// The live parts of §5: JS, its bounds 0 ≤ JS ≤ log 2, and W1.
import { jsShareOfCeiling } from '../../../core/ganTheorem';
import { formatNumber, log2In, toUnits, unitLabel } from '../../../state/format';
import { formatPercent } from '../../charts/ModeMass';
import { derived } from '../derived';
import { Note, Rows, Value, type LiveCards } from '../pieces';

export const DISTANCE_CARDS = {
  js: ({ a, units, t }) => (
    <Rows>
      <Value id="js" label="JS(p_data‖p_model)" value={formatNumber(toUnits(a.js, units))} unit={unitLabel(t, units)} />
    </Rows>
  ),
  'js-bounds': ({ a, units, t }) => {
    const share = jsShareOfCeiling(a.js);
    return (
      <>
        <p className="formulas-check" data-testid="formula-js-bounds-check">
          0 ≤ <output data-testid="formula-value-js-bounds">{formatNumber(toUnits(a.js, units))}</output> ≤{' '}
          {formatNumber(log2In(units))} {unitLabel(t, units)}
        </p>
        <div
          className="formulas-meter"
          role="meter"
          aria-label={t('formula.live.jsMeter')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(share * 1000) / 10}
        >
          <span style={{ width: `${share * 100}%` }} />
        </div>
        <Note>{t('formula.live.jsShare', { percent: formatPercent(share) })}</Note>
      </>
    );
  },
  w1: ({ a, units, t }) => (
    <>
      <Rows>
        <Value id="w1" label="W₁(p_data, p_model)" value={formatNumber(derived(a).w1)} unit={t('formula.unit.x')} />
      </Rows>
      <Note>{t('formula.live.w1Note', { unit: unitLabel(t, units), js: formatNumber(toUnits(a.js, units)) })}</Note>
    </>
  ),
} satisfies LiveCards;
