// The live parts of §6.9, the other objectives: LSGAN, WGAN (clipped, Kantorovich–Rubinstein, the best
// critic), WGAN-GP and hinge, each with its losses now and its J(D*) two ways.
import { clippedSlopeBound } from '../../../core/clippedCritic';
import { inPlay, sameOptimum } from '../../../core/formulaObjectives';
import { objectiveOf } from '../../../core/objectives';
import { OBJECTIVE_SPECS } from '../../../core/objectiveSpecs';
import type { Objective } from '../../../core/objectives';
import { boundHolds, hingeTotalVariation, lsganDelta } from '../../../core/objectiveOptimum';
import type { Analysis, Snapshot } from '../../../core/protocol';
import { formatNumber } from '../../../state/format';
import { useT } from '../../../state/language';
import { optimum } from '../derived';
import { dInPlay, lossUnit, Note, NotInPlay, objectiveName, Rows, Value, type LiveCards } from '../pieces';

/** An objective's losses now: exact J(D) of the D in play, and the latest batch's J(D) and J(G). */
function ObjectiveLosses({
  id,
  a,
  snap,
  objective,
}: {
  id: string;
  a: Analysis;
  snap: Snapshot;
  objective: Objective;
}) {
  const t = useT();
  if (objectiveOf(a) !== objective) return <NotInPlay a={a} objective={objective} />;
  const unit = lossUnit(t, objective);
  return (
    <Rows>
      <Value
        id={`${id}-loss-jd-exact`}
        label={t('formula.live.jdExactFor', { d: dInPlay(t, a) })}
        value={formatNumber(a.lossDExpected)}
        unit={unit}
      />
      <Value
        id={`${id}-loss-jd-batch`}
        label={t('formula.live.jdBatch')}
        value={formatNumber(snap.lossD)}
        unit={unit}
      />
      <Value
        id={`${id}-loss-jg-batch`}
        label={t('formula.live.jgBatch')}
        value={formatNumber(snap.lossG)}
        unit={unit}
      />
    </Rows>
  );
}

/**
 * An objective's J(D*) for the current G two ways (quadrature of the best D, closed form), and J(D) of
 * the D in play when the objective is the one training.
 */
function OptimumCheck({ id, a, objective }: { id: string; a: Analysis; objective: Objective }) {
  const t = useT();
  const o = optimum(a, objective);
  const active = sameOptimum(objectiveOf(a), objective);
  const critic = OBJECTIVE_SPECS[objective].critic;
  const unit = lossUnit(t, objective);
  const holds = boundHolds(a.lossDExpected, o.quadrature);
  return (
    <>
      <Rows>
        <Value
          id={`${id}-jd-star`}
          label={critic ? t('formula.live.jdStarQuadCritic') : t('formula.live.jdStarQuadD')}
          value={formatNumber(o.quadrature)}
          unit={unit}
        />
        <Value
          id={`${id}-jd-star-closed-form`}
          label={t('formula.live.byFormula', { name: OBJECTIVE_SPECS[objective].closedFormName })}
          value={formatNumber(o.closedForm)}
          unit={unit}
        />
        {active && (
          <Value
            id={`${id}-jd-expected`}
            label={t('formula.live.jdOf', { d: dInPlay(t, a) })}
            value={formatNumber(a.lossDExpected)}
            unit={unit}
          />
        )}
      </Rows>
      <Note>
        {!active
          ? critic
            ? t('formula.live.optimum.noCritic')
            : t('formula.live.optimum.notTraining', { objective: objectiveName(t, objective) })
          : critic
            ? t('formula.live.optimum.critic', { rel: holds ? '≥' : '<' })
            : t('formula.live.optimum.d', { rel: holds ? '≥' : '<' })}{' '}
        {t('formula.live.optimum.independent')}
      </Note>
    </>
  );
}

export const OBJECTIVE_CARDS = {
  'lsgan-loss': ({ a, snap }) => <ObjectiveLosses id="lsgan" a={a} snap={snap} objective="lsgan" />,
  'lsgan-optimum': ({ a, t }) => (
    <>
      <Rows>
        <Value
          id="lsgan-delta"
          label={t('formula.live.lsganDelta')}
          value={formatNumber(lsganDelta(optimum(a, 'lsgan').closedForm))}
        />
      </Rows>
      <OptimumCheck id="lsgan" a={a} objective="lsgan" />
    </>
  ),
  'wgan-loss': ({ a, snap, s, t }) => {
    const allowed = clippedSlopeBound(s.dHidden, s.dDepth, s.clipValue);
    const k = a.criticSlope ?? NaN;
    return (
      <>
        <Rows>
          <Value id="wgan-clip" label={t('formula.live.wgan.clip')} value={String(s.clipValue)} />
          <Value
            id="wgan-slope-allowed"
            label={t('formula.live.wgan.allowed', { bound: `${s.dHidden}^${s.dDepth}·c^${s.dDepth + 1}` })}
            value={formatNumber(allowed)}
          />
          {inPlay('wgan-loss', objectiveOf(a)) && (
            <>
              <Value id="wgan-slope" label={t('formula.live.wgan.slope')} value={formatNumber(k)} />
              <Value
                id="wgan-score-gap"
                label={t('formula.live.wgan.scoreGap')}
                value={formatNumber(-a.lossDExpected)}
                unit={t('formula.unit.x')}
              />
              <Value id="wgan-k-w1" label="K·W₁" value={formatNumber(k * a.w1)} unit={t('formula.unit.x')} />
              <Value id="wgan-jg-batch" label={t('formula.live.jgBatch')} value={formatNumber(snap.lossG)} />
            </>
          )}
        </Rows>
        {inPlay('wgan-loss', objectiveOf(a)) ? (
          <Note>{a.optimalD ? t('formula.live.wgan.optimal') : t('formula.live.wgan.clipNote')}</Note>
        ) : (
          <NotInPlay a={a} objective="wgan" />
        )}
      </>
    );
  },
  'kantorovich-rubinstein': ({ a, t }) => {
    const critic = inPlay('kantorovich-rubinstein', objectiveOf(a));
    return (
      <>
        <Rows>
          <Value id="kr-w1" label="W₁(p_data, p_model)" value={formatNumber(a.w1)} unit={t('formula.unit.x')} />
          {critic && (
            <>
              <Value
                id="kr-score-gap"
                label={t('formula.live.kr.gap', { d: dInPlay(t, a) })}
                value={formatNumber(-a.lossDExpected)}
                unit={t('formula.unit.x')}
              />
              <Value id="kr-slope" label={t('formula.live.kr.slope')} value={formatNumber(a.criticSlope ?? NaN)} />
            </>
          )}
        </Rows>
        <Note>{critic ? t('formula.live.kr.critic') : t('formula.live.kr.noCritic')}</Note>
      </>
    );
  },
  'optimal-critic': ({ a, t }) => (
    <>
      <OptimumCheck id="critic" a={a} objective="wgan" />
      {inPlay('optimal-critic', objectiveOf(a)) && (
        <Rows>
          <Value
            id="critic-slope"
            label={t('formula.live.slopeOf', { d: dInPlay(t, a) })}
            value={formatNumber(a.criticSlope ?? NaN)}
          />
        </Rows>
      )}
    </>
  ),
  'wgan-gp': ({ a, s, t }) => {
    const active = inPlay('wgan-gp', objectiveOf(a));
    return (
      <>
        <Rows>
          <Value id="gp-lambda" label="λ" value={String(s.gpLambda)} />
          <Value
            id="gp-form"
            label={t('formula.live.gp.form')}
            value={s.gpOneSided ? t('formula.gp.oneSided') : t('formula.gp.twoSided')}
          />
          {active && (
            <>
              <Value
                id="gp-slope"
                label={t('formula.live.slopeOf', { d: dInPlay(t, a) })}
                value={formatNumber(a.criticSlope ?? NaN)}
              />
              <Value
                id="gp-jd-expected"
                label={t('formula.live.gp.jd')}
                value={formatNumber(a.lossDExpected)}
                unit={t('formula.unit.x')}
              />
              <Value id="gp-minus-w1" label="−W₁" value={formatNumber(-a.w1)} unit={t('formula.unit.x')} />
            </>
          )}
        </Rows>
        {active ? (
          <Note>{s.gpOneSided ? t('formula.live.gp.oneSidedNote') : t('formula.live.gp.twoSidedNote')}</Note>
        ) : (
          <NotInPlay a={a} objective="wgan-gp" />
        )}
      </>
    );
  },
  'hinge-loss': ({ a, snap }) => <ObjectiveLosses id="hinge" a={a} snap={snap} objective="hinge" />,
  'hinge-optimum': ({ a, t }) => (
    <>
      <Rows>
        <Value
          id="hinge-tv"
          label={t('formula.live.hingeTv')}
          value={formatNumber(hingeTotalVariation(optimum(a, 'hinge').closedForm))}
        />
      </Rows>
      <OptimumCheck id="hinge" a={a} objective="hinge" />
    </>
  ),
} satisfies LiveCards;
