// A live check of the theorem behind each objective (docs/theory.md §6.3, §6.9): for a fixed G the best
// D reaches J(D*), and J(D*) equals a divergence: log 2 − JS for the original GAN, ¼ − Δ/8 for LSGAN, −W1
// for a WGAN critic, 2 − 2·TV for hinge. J(D*) is found by quadrature of the optimal D itself, the
// divergence by its own formula: two computations that must agree. The current D can never do better.
import { memo } from 'react';
import { isWasserstein, type Objective } from '../core/objectives';
import { binWidth, CHART_GRID } from '../core/grid';
import { formatNumber } from '../state/format';
import { useSnapshot } from '../state/context';
import { useT } from '../state/language';

/** The theorem (a message), its closed form (a formula, the same in every language) and its unit. */
type Statement = 'pg.check.gan' | 'pg.check.lsgan' | 'pg.check.wgan' | 'pg.check.hinge';
type Unit = 'pg.check.unitNats' | 'pg.check.unitX' | null;
const THEOREMS: Record<Objective, { statement: Statement; closedForm: string; unit: Unit }> = {
  gan: { statement: 'pg.check.gan', closedForm: 'log 2 − JS', unit: 'pg.check.unitNats' },
  lsgan: { statement: 'pg.check.lsgan', closedForm: '¼ − Δ/8', unit: null },
  wgan: { statement: 'pg.check.wgan', closedForm: '−W1', unit: 'pg.check.unitX' },
  'wgan-gp': { statement: 'pg.check.wgan', closedForm: '−W1', unit: 'pg.check.unitX' },
  hinge: { statement: 'pg.check.hinge', closedForm: '2 − 2·TV', unit: null },
};

export const TheoryCheck = memo(function TheoryCheck() {
  const snap = useSnapshot();
  const t = useT();
  const a = snap?.analysis;
  const objective = a?.objective ?? 'gan';
  const theorem = THEOREMS[objective];
  const value = (v: number | undefined) => (v !== undefined && Number.isFinite(v) ? formatNumber(v) : '–');
  const unit = theorem.unit ? ` ${t(theorem.unit)}` : '';
  // p_data's mass beyond the grid, and p_model's escaped mass: neither is in the quadratures.
  let onChart = 0;
  if (a) for (const p of a.pData) onChart += p * binWidth(CHART_GRID);
  const offChart = a ? Math.max(1 - onChart, a.escapedMass) : 0;
  return (
    <section className="sidebar-section theory" aria-labelledby="theory-heading">
      <h2 id="theory-heading">{t('pg.check.heading')}</h2>
      <p>{t(theorem.statement)}</p>
      <dl>
        <div>
          <dt>{t('pg.check.best')}</dt>
          <dd>
            <output data-testid="readout-jd-star">{value(a?.jdStar)}</output>
            {unit}
          </dd>
        </div>
        <div>
          <dt>{theorem.closedForm}</dt>
          <dd>
            <output data-testid="readout-jd-star-closed-form">{value(a?.jdStarClosedForm)}</output>
            {unit}
          </dd>
        </div>
        <div>
          <dt>
            {t(a?.optimalD ? 'pg.check.optimal' : isWasserstein(objective) ? 'pg.check.critic' : 'pg.check.current')}
          </dt>
          <dd>
            <output data-testid="readout-jd-expected">{value(a?.lossDExpected)}</output>
            {unit}
          </dd>
        </div>
      </dl>
      <p className="fine">
        {t('pg.check.quadrature')} {isWasserstein(objective) ? t('pg.check.steepCritic') : t('pg.check.bound')}{' '}
        {objective === 'gan' && t('pg.check.optimum')}
      </p>
      {offChart > 0.001 && (
        <p className="fine warn-text" data-testid="theory-off-chart">
          {t('pg.check.offChart', { percent: formatNumber(100 * offChart, 2) })}
        </p>
      )}
    </section>
  );
});
