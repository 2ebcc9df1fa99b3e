// A live check of the theorem behind each objective (docs/theory.md §6.3, §6.9): for a fixed G the best
// D reaches J(D*), and J(D*) equals a divergence: log 2 − JS for the original GAN, ¼ − Δ/8 for LSGAN, −W1
// for a WGAN critic, 2 − 2·TV for hinge. J(D*) is found by quadrature of the optimal D itself, the
// divergence by its own formula: two computations that must agree. The current D can never do better.
import { memo } from 'react';
import { isWasserstein, type Objective } from '../core/objectives';
import { binWidth, CHART_GRID } from '../core/grid';
import { formatNumber } from '../state/format';
import { useSnapshot } from '../state/context';

const THEOREMS: Record<Objective, { statement: string; closedForm: string; unit: string }> = {
  gan: {
    statement: 'For a fixed G the best discriminator D* reaches J(D*) = log 2 − JS(p_data‖p_model).',
    closedForm: 'log 2 − JS',
    unit: 'nats',
  },
  lsgan: {
    statement:
      'For a fixed G the best D* = p_data/(p_data + p_model) reaches J(D*) = ¼ − Δ/8, Δ = ∫ (p_data − p_model)²/(p_data + p_model) dx.',
    closedForm: '¼ − Δ/8',
    unit: '',
  },
  wgan: {
    statement: 'Over critics of slope at most 1, the best f* reaches J(f*) = −W1(p_data, p_model).',
    closedForm: '−W1',
    unit: 'x units',
  },
  'wgan-gp': {
    statement: 'Over critics of slope at most 1, the best f* reaches J(f*) = −W1(p_data, p_model).',
    closedForm: '−W1',
    unit: 'x units',
  },
  hinge: {
    statement: 'For a fixed G the best D* = sign(p_data − p_model) reaches J(D*) = 2 − 2·TV(p_data, p_model).',
    closedForm: '2 − 2·TV',
    unit: '',
  },
};

export const TheoryCheck = memo(function TheoryCheck() {
  const snap = useSnapshot();
  const a = snap?.analysis;
  const objective = a?.objective ?? 'gan';
  const theorem = THEOREMS[objective];
  const value = (v: number | undefined) => (v !== undefined && Number.isFinite(v) ? formatNumber(v) : '–');
  const unit = theorem.unit ? ` ${theorem.unit}` : '';
  // p_data's mass beyond the grid, and p_model's escaped mass: neither is in the quadratures.
  let onChart = 0;
  if (a) for (const p of a.pData) onChart += p * binWidth(CHART_GRID);
  const offChart = a ? Math.max(1 - onChart, a.escapedMass) : 0;
  return (
    <section className="sidebar-section theory" aria-labelledby="theory-heading">
      <h2 id="theory-heading">The theorem, live</h2>
      <p>{theorem.statement}</p>
      <dl>
        <div>
          <dt>J(D*) of the best D</dt>
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
            J(D) of the {a?.optimalD ? 'optimal D in play' : isWasserstein(objective) ? 'current critic' : 'current D'}
          </dt>
          <dd>
            <output data-testid="readout-jd-expected">{value(a?.lossDExpected)}</output>
            {unit}
          </dd>
        </div>
      </dl>
      <p className="fine">
        All by quadrature on the exact densities (not a batch): J(D*) from the best D itself, the second line by its own
        formula.{' '}
        {isWasserstein(objective)
          ? 'A critic steeper than 1 can go below −W1 (its slope K is on the critic chart); at slope ≤ 1 it cannot.'
          : 'J(D) ≥ J(D*) always; the two meet when D = D*.'}{' '}
        {objective === 'gan' && 'At the optimum p_model = p_data, JS = 0 and J(D) = log 2.'}
      </p>
      {offChart > 0.001 && (
        <p className="fine warn-text" data-testid="theory-off-chart">
          {formatNumber(100 * offChart, 2)}% of the mass lies off the chart (|x| &gt; 6): the quadratures do not see it,
          so the two lines above can differ.
        </p>
      )}
    </section>
  );
});
