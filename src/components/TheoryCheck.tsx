// A live check of the theorem behind each objective (docs/theory.md §6.3, §6.9): for a fixed G the best
// D reaches J(D*), and J(D*) equals a divergence: log 2 − JS for the original GAN, ¼ − Δ/8 for LSGAN, −W₁
// for a WGAN critic, 2 − 2·TV for hinge. J(D*) is found by quadrature of the optimal D itself, the
// divergence by its own formula: two computations that must agree. The current D can never do better.
import { memo } from 'react';
import { objectiveOf } from '../core/objectives';
import { OBJECTIVE_SPECS, type LossUnit } from '../core/objectiveSpecs';
import { binWidth, CHART_GRID } from '../core/grid';
import { formatNumber } from '../state/format';
import { useSnapshot } from '../state/context';
import { useT } from '../state/language';

/** The unit's name after each number (none for a plain number). */
const UNIT: Record<LossUnit, 'pg.check.unitNats' | 'pg.check.unitX' | null> = {
  nats: 'pg.check.unitNats',
  x: 'pg.check.unitX',
  none: null,
};

export const TheoryCheck = memo(function TheoryCheck() {
  const snap = useSnapshot();
  const t = useT();
  const a = snap?.analysis;
  const objective = objectiveOf(a);
  const spec = OBJECTIVE_SPECS[objective];
  const value = (v: number | undefined) => (v !== undefined && Number.isFinite(v) ? formatNumber(v) : '–');
  const unitName = UNIT[spec.unit];
  const unit = unitName ? ` ${t(unitName)}` : '';
  // p_data's mass beyond the grid, and p_model's escaped mass: neither is in the quadratures.
  let onChart = 0;
  if (a) for (const p of a.pData) onChart += p * binWidth(CHART_GRID);
  const offChart = a ? Math.max(1 - onChart, a.escapedMass) : 0;
  return (
    <section className="sidebar-section theory" aria-labelledby="theory-heading">
      <h2 id="theory-heading">{t('pg.check.heading')}</h2>
      <p>{t(`pg.check.${objective}`)}</p>
      <dl>
        <div>
          <dt>{t('pg.check.best')}</dt>
          <dd>
            <output data-testid="readout-jd-star">{value(a?.jdStar)}</output>
            {unit}
          </dd>
        </div>
        <div>
          <dt>{spec.closedFormName}</dt>
          <dd>
            <output data-testid="readout-jd-star-closed-form">{value(a?.jdStarClosedForm)}</output>
            {unit}
          </dd>
        </div>
        <div>
          <dt>{t(a?.optimalD ? 'pg.check.optimal' : spec.critic ? 'pg.check.critic' : 'pg.check.current')}</dt>
          <dd>
            <output data-testid="readout-jd-expected">{value(a?.lossDExpected)}</output>
            {unit}
          </dd>
        </div>
      </dl>
      <p className="fine">
        {t('pg.check.quadrature')} {t(`pg.check.${objective}.note`)}
      </p>
      {offChart > 0.001 && (
        <p className="fine warn-text" data-testid="theory-off-chart">
          {t('pg.check.offChart', { percent: formatNumber(100 * offChart, 2) })}
        </p>
      )}
    </section>
  );
});
