// The live parts of §1–§4: p_data, units, maximum likelihood, KL, the Gaussians' KL, cross entropy.
import { expectedLogLikelihood, crossEntropyOf, klToGaussianFit } from '../../../core/entropyIdentities';
import { inPlay } from '../../../core/formulaObjectives';
import { objectiveOf } from '../../../core/objectives';
import { singleGaussianTarget } from '../../../core/targetDescription';
import { formatNumber, toUnits, unitLabel } from '../../../state/format';
import { BoundMarker, klTooltip, klValueText } from '../../charts/KLReadout';
import { derived } from '../derived';
import { describeTarget, KLRow, Note, objectiveName, param, Rows, Value, type LiveCards } from '../pieces';

export const DENSITY_CARDS = {
  'p-data': ({ s, t }) => (
    <Rows>
      <Value id="p-data" label={t('formula.live.pDataNow')} value={describeTarget(t, s)} />
    </Rows>
  ),
  units: ({ a, units, t }) => (
    <>
      <Rows>
        <Value
          id="units-nats"
          label={t('formula.live.jsIn', { unit: unitLabel(t, 'nats') })}
          value={formatNumber(a.js)}
          unit={unitLabel(t, 'nats')}
        />
        <Value
          id="units-bits"
          label={t('formula.live.jsIn', { unit: unitLabel(t, 'bits') })}
          value={formatNumber(toUnits(a.js, 'bits'))}
          unit={unitLabel(t, 'bits')}
        />
      </Rows>
      <Note>{t('formula.live.unitsNow', { unit: unitLabel(t, units) })}</Note>
    </>
  ),
  mle: ({ a, units, t }) => (
    <>
      <Rows>
        <KLRow
          id="mle"
          label={t('formula.live.mleCriterion')}
          kl={a.klForward}
          units={units}
          refName="p_model"
          otherName="p_data"
        />
      </Rows>
      <Note>{t('formula.live.mleNote')}</Note>
    </>
  ),
  'mle-forward-kl': ({ a, units, t }) => {
    const { hData } = derived(a);
    const kl = a.klForward;
    return (
      <>
        <Rows>
          <Value
            id="mle-entropy"
            label="−H(p_data)"
            value={formatNumber(toUnits(-hData, units))}
            unit={unitLabel(t, units)}
          />
          <KLRow id="mle-kl" label="KL(p_data‖p_model)" kl={kl} units={units} refName="p_model" otherName="p_data" />
          <Value
            id="mle-loglik"
            label="E[log p_model] = −H − KL"
            value={formatNumber(toUnits(expectedLogLikelihood(hData, kl), units))}
            unit={unitLabel(t, units)}
            before={<BoundMarker kl={kl} sign="≤" title={klTooltip(t, kl, 'p_model', 'p_data')} />}
          />
        </Rows>
        <Note>{t('formula.live.entropyNote')}</Note>
      </>
    );
  },
  kl: ({ a, units, t }) => (
    <Rows>
      <KLRow
        id="kl-forward"
        label={t('formula.live.klForward')}
        kl={a.klForward}
        units={units}
        refName="p_model"
        otherName="p_data"
      />
      <KLRow
        id="kl-reverse"
        label={t('formula.live.klReverse')}
        kl={a.klReverse}
        units={units}
        refName="p_data"
        otherName="p_model"
      />
    </Rows>
  ),
  'kl-gaussian': ({ a, s, units, t }) => {
    const target = singleGaussianTarget(s);
    if (!target)
      return (
        <Note>
          {t('formula.live.klGaussian.needsSingle', {
            target: describeTarget(t, s),
            value: klValueText(a.klForward, units),
            unit: unitLabel(t, units),
          })}
        </Note>
      );
    const m = derived(a).model;
    return (
      <>
        <Rows>
          <Value
            id="kl-gaussian"
            label={t('formula.live.klGaussian.closed', {
              target: describeTarget(t, s),
              fit: `N(${param(m.mean)}, ${param(m.std)}²)`,
            })}
            value={formatNumber(toUnits(klToGaussianFit(target, m), units))}
            unit={unitLabel(t, units)}
          />
          <KLRow
            id="kl-gaussian-quadrature"
            label={t('formula.live.klGaussian.quadrature')}
            kl={a.klForward}
            units={units}
            refName="p_model"
            otherName="p_data"
          />
        </Rows>
        <Note>{t('formula.live.klGaussian.note')}</Note>
      </>
    );
  },
  'cross-entropy': ({ a, units, t }) => {
    const { hData } = derived(a);
    const kl = a.klForward;
    return (
      <>
        <Rows>
          <Value
            id="entropy"
            label="H(p_data)"
            value={formatNumber(toUnits(hData, units))}
            unit={unitLabel(t, units)}
          />
          <KLRow
            id="cross-entropy-kl"
            label="+ KL(p_data‖p_model)"
            kl={kl}
            units={units}
            refName="p_model"
            otherName="p_data"
          />
          <Value
            id="cross-entropy"
            label="= H(p_data, p_model)"
            value={formatNumber(toUnits(crossEntropyOf(hData, kl), units))}
            unit={unitLabel(t, units)}
            before={<BoundMarker kl={kl} title={klTooltip(t, kl, 'p_model', 'p_data')} />}
          />
        </Rows>
        <Note>{t('formula.live.crossEntropyNote')}</Note>
      </>
    );
  },
  bce: ({ a, snap, s, t }) =>
    !inPlay('bce', objectiveOf(a)) ? (
      <Note>{t('formula.live.bce.notClassifier', { objective: objectiveName(t, objectiveOf(a)) })}</Note>
    ) : (
      <>
        <Rows>
          <Value
            id="bce"
            label={t('formula.live.jdBatch')}
            value={formatNumber(snap.lossD)}
            unit={unitLabel(t, 'nats')}
          />
        </Rows>
        <Note>{t('formula.live.bce.note', { m: 2 * s.batchSize })}</Note>
      </>
    ),
} satisfies LiveCards;
