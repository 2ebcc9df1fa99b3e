// The live parts of §6.10 (G trained against the best D: its loss and its push), §7.4 (p_model as
// G's pushforward) and §7.9 (each mode's share of p_model).
import { objectiveOf } from '../../../core/objectives';
import { OBJECTIVE_SPECS } from '../../../core/objectiveSpecs';
import { isCollapsed } from '../../../core/modeMass';
import { hasOptimalDGradient } from '../../../core/objectives';
import { PUSH_FLOOR } from '../../../core/optimalPush';
import { formatNumber } from '../../../state/format';
import { formatPercent } from '../../charts/ModeMass';
import { derived, push } from '../derived';
import { describeTarget, lossUnit, Note, objectiveName, param, Rows, Value, type LiveCards } from '../pieces';

export const GENERATOR_CARDS = {
  'optimal-d-update': ({ a, snap, s, t }) => {
    if (!hasOptimalDGradient(s.objective)) return <Note>{t('formula.live.optD.hinge')}</Note>;
    if (!a.optimalD) return <Note>{t('formula.live.optD.off')}</Note>;
    const o = objectiveOf(a);
    const unit = lossUnit(t, o);
    return (
      <>
        <Rows>
          <Value
            id="optimal-d-jd"
            label={t('formula.live.optD.jd')}
            value={formatNumber(a.lossDExpected)}
            unit={unit}
          />
          <Value
            id="optimal-d-closed-form"
            label={t('formula.live.byFormula', { name: OBJECTIVE_SPECS[o].closedFormName })}
            value={formatNumber(a.jdStarClosedForm ?? NaN)}
            unit={unit}
          />
          <Value id="optimal-d-jg-batch" label={t('formula.live.optD.jg')} value={formatNumber(snap.lossG)} />
        </Rows>
        <Note>{t('formula.live.optD.note')}</Note>
      </>
    );
  },
  'optimal-d-push': ({ a, s, t }) => {
    const o = objectiveOf(a);
    const stats = push(a, s.generatorLoss);
    if (!stats) return <Note>{t('formula.live.push.hinge')}</Note>;
    const which = OBJECTIVE_SPECS[o].settings.includes('generatorLoss')
      ? t('formula.live.push.withLoss', {
          objective: objectiveName(t, o),
          loss: t(`formula.genLoss.${s.generatorLoss}`),
        })
      : objectiveName(t, o);
    return (
      <>
        <Rows>
          <Value
            id="optimal-d-push-speed"
            label={t('formula.live.push.speed', { which })}
            value={formatNumber(stats.meanSpeed)}
          />
          <Value
            id="optimal-d-push-still"
            label={t('formula.live.push.still')}
            value={formatPercent(stats.stillShare)}
            unit="%"
          />
        </Rows>
        <Note>
          {a.optimalD
            ? t('formula.live.push.noteOn', { floor: PUSH_FLOOR })
            : t('formula.live.push.noteOff', { floor: PUSH_FLOOR })}
        </Note>
      </>
    );
  },
  pushforward: ({ a, t }) => {
    const m = derived(a).model;
    return (
      <>
        <Rows>
          <Value id="pushforward-escaped" label={t('formula.live.escaped')} value={formatNumber(a.escapedMass)} />
          <Value
            id="pushforward-moments"
            label={t('formula.live.moments')}
            value={`${param(m.mean)}, ${param(m.std)}`}
          />
        </Rows>
        <Note>{t('formula.live.pushforwardNote')}</Note>
      </>
    );
  },
  'mode-mass': ({ a, s, t }) => {
    const modes = a.modes ?? [];
    if (modes.length < 2) return <Note>{t('formula.live.modes.single', { target: describeTarget(t, s) })}</Note>;
    return (
      <Rows>
        {modes.map((m, i) => (
          <Value
            key={i}
            id={`mode-mass-${i}`}
            label={
              <>
                m<sub>{i + 1}</sub> ({t('formula.live.modes.target')} w<sub>{i + 1}</sub> = {formatPercent(m.weight)}%)
                {isCollapsed(m) && <strong className="warn-text"> {t('formula.live.modes.collapsed')}</strong>}
              </>
            }
            value={formatPercent(m.mass)}
            unit="%"
          />
        ))}
      </Rows>
    );
  },
} satisfies LiveCards;
