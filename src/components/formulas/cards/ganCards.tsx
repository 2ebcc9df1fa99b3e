// The live parts of §6.2–§6.5, the original GAN: D's loss, the best D, the theorem, the value function
// and the generator's two losses with their gradients.
import { inPlay } from '../../../core/formulaObjectives';
import { objectiveOf } from '../../../core/objectives';
import { OBJECTIVE_SPECS } from '../../../core/objectiveSpecs';
import { ganTheorem, ganValue, generatorFactors } from '../../../core/ganTheorem';
import type { Analysis } from '../../../core/protocol';
import { formatNumber, unitLabel } from '../../../state/format';
import { useT } from '../../../state/language';
import { derived } from '../derived';
import { Note, NotInPlay, objectiveName, Rows, Value, type LiveCards } from '../pieces';

/** The theorem, checkable: J(D) of the current D against log 2 − JS, and how far apart they are. */
function TheoremCheck({ a }: { a: Analysis }) {
  const t = useT();
  const nats = unitLabel(t, 'nats');
  // J(D) ≥ log 2 − JS up to mass off the grid (docs/theory.md §7.7); rounding aside
  const { best, gap, holds } = ganTheorem(a.lossDExpected, a.js);
  return (
    <>
      <p className="formulas-check" data-testid="formula-theorem-check">
        {t('formula.live.theorem.jdCurrentD')} ={' '}
        <output data-testid="formula-value-jd-expected">{formatNumber(a.lossDExpected)}</output> {holds ? '≥' : '<'} log
        2 − JS = <output data-testid="formula-value-jd-star">{formatNumber(best)}</output> {nats}
      </p>
      <Rows>
        <Value id="theorem-gap" label={t('formula.live.theorem.diff')} value={formatNumber(gap)} unit={nats} />
        {a.jdStar !== undefined && (
          <Value
            id="theorem-jd-star-quadrature"
            label={t('formula.live.theorem.quadrature')}
            value={formatNumber(a.jdStar)}
            unit={nats}
          />
        )}
      </Rows>
      <Note>{holds ? t('formula.live.theorem.meet') : t('formula.live.theorem.below')}</Note>
    </>
  );
}

/** One generator loss: exact over p_model for the current D, and the latest batch's when it is the one in use. */
function GeneratorLoss({ id, active, exact, batch }: { id: string; active: boolean; exact: number; batch: number }) {
  const t = useT();
  const nats = unitLabel(t, 'nats');
  return (
    <>
      <Rows>
        <Value id={`${id}-exact`} label={t('formula.live.genLoss.exact')} value={formatNumber(exact)} unit={nats} />
        {active && (
          <Value id={`${id}-batch`} label={t('formula.live.genLoss.batch')} value={formatNumber(batch)} unit={nats} />
        )}
      </Rows>
      {!active && <Note>{t('formula.live.genLoss.unused')}</Note>}
    </>
  );
}

export const GAN_CARDS = {
  'loss-d': ({ a, snap, t }) =>
    !inPlay('loss-d', objectiveOf(a)) ? (
      <NotInPlay a={a} objective="gan" />
    ) : (
      <Rows>
        <Value
          id="loss-d-batch"
          label={t('formula.live.onLatestBatch')}
          value={formatNumber(snap.lossD)}
          unit={unitLabel(t, 'nats')}
        />
        <Value
          id="loss-d-exact"
          label={t('formula.live.exactCurrentD')}
          value={formatNumber(a.lossDExpected)}
          unit={unitLabel(t, 'nats')}
        />
      </Rows>
    ),
  'd-star': ({ a, t }) =>
    !inPlay('d-star', objectiveOf(a)) ? (
      <Note>{t('formula.live.dStar.other', { objective: objectiveName(t, objectiveOf(a)) })}</Note>
    ) : (
      <>
        <Rows>
          <Value id="d-gap" label={t('formula.live.dStar.gap')} value={formatNumber(a.dGap)} />
        </Rows>
        <Note>{objectiveOf(a) === 'lsgan' ? t('formula.live.dStar.noteLsgan') : t('formula.live.dStar.note')}</Note>
      </>
    ),
  theorem: ({ a, t }) =>
    !inPlay('theorem', objectiveOf(a)) ? (
      <Note>
        {t('formula.live.theorem.other', {
          objective: objectiveName(t, objectiveOf(a)),
          closedForm: OBJECTIVE_SPECS[objectiveOf(a)].closedFormName,
        })}
      </Note>
    ) : (
      <TheoremCheck a={a} />
    ),
  'value-function': ({ a, t }) => {
    if (!inPlay('value-function', objectiveOf(a))) return <NotInPlay a={a} objective="gan" />;
    const { c, v } = ganValue(a.js, a.lossDExpected);
    return (
      <>
        <Rows>
          <Value id="value-c" label="C(G) = −log 4 + 2·JS" value={formatNumber(c)} unit={unitLabel(t, 'nats')} />
          <Value id="value-v" label={t('formula.live.value.v')} value={formatNumber(v)} unit={unitLabel(t, 'nats')} />
        </Rows>
        <Note>{t('formula.live.value.note')}</Note>
      </>
    );
  },
  'loss-g-minimax': ({ a, snap, s }) =>
    !inPlay('loss-g-minimax', objectiveOf(a)) ? (
      <NotInPlay a={a} objective="gan" />
    ) : (
      <GeneratorLoss
        id="loss-g-minimax"
        active={s.generatorLoss === 'minimax'}
        exact={derived(a).gen.minimax}
        batch={snap.lossG}
      />
    ),
  'loss-g-non-saturating': ({ a, snap, s }) =>
    !inPlay('loss-g-non-saturating', objectiveOf(a)) ? (
      <NotInPlay a={a} objective="gan" />
    ) : (
      <GeneratorLoss
        id="loss-g-non-saturating"
        active={s.generatorLoss === 'non-saturating'}
        exact={derived(a).gen.nonSaturating}
        batch={snap.lossG}
      />
    ),
  'loss-g-gradients': ({ a, s, t }) => {
    if (!inPlay('loss-g-gradients', objectiveOf(a))) return <NotInPlay a={a} objective="gan" />;
    const mean = derived(a).gen.meanDFake;
    const factors = generatorFactors(mean);
    return (
      <>
        <Rows>
          <Value id="mean-d-fake" label={t('formula.live.meanDFake')} value={formatNumber(mean)} />
          <Value id="factor-minimax" label={t('formula.live.factorMinimax')} value={formatNumber(factors.minimax)} />
          <Value
            id="factor-non-saturating"
            label={t('formula.live.factorNonSaturating')}
            value={formatNumber(factors.nonSaturating)}
          />
        </Rows>
        <Note>{t('formula.live.gUsesLoss', { loss: t(`formula.genLoss.${s.generatorLoss}`) })}</Note>
      </>
    );
  },
} satisfies LiveCards;
