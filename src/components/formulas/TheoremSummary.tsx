// One line at the top of the Formulas view: the theorem of the objective in play, checkable at a glance
// (J(D) of the D in play against J(D*), with a link to the card that states it).
import { objectiveOf } from '../../core/objectives';
import { OBJECTIVE_SPECS } from '../../core/objectiveSpecs';
import { ganTheorem } from '../../core/ganTheorem';
import type { Objective } from '../../core/objectives';
import { boundHolds } from '../../core/objectiveOptimum';
import type { Analysis } from '../../core/protocol';
import { formatNumber } from '../../state/format';
import { useT } from '../../state/language';
import { optimum } from './derived';
import { useLiveSnapshot } from './liveSnapshot';
import { dInPlay, lossUnit, objectiveName } from './pieces';

const scrollToCard = (id: string) =>
  document.getElementById(id)?.scrollIntoView({ behavior: 'smooth', block: 'center' });

export function TheoremSummary() {
  const snap = useLiveSnapshot();
  const t = useT();
  if (!snap) return null;
  const a = snap.analysis;
  const objective = objectiveOf(a);
  if (objective !== 'gan') return <ObjectiveTheoremSummary a={a} step={snap.step} objective={objective} />;
  const { best, holds } = ganTheorem(a.lossDExpected, a.js);
  return (
    <p className="formulas-summary" data-testid="formula-theorem-summary">
      <span>{t('formula.summary.live')}</span>{' '}
      {t('formula.summary.gan', {
        jd: formatNumber(a.lossDExpected),
        rel: holds ? '≥' : '<',
        best: formatNumber(best),
        step: snap.step,
      })}
      {t('formula.summary.open')}
      <button
        type="button"
        className="formulas-link"
        onClick={() => scrollToCard(`formula-${OBJECTIVE_SPECS.gan.formulas.optimum}`)}
      >
        §6.4
      </button>
      {t('formula.summary.close')}
    </p>
  );
}

/** The summary line for the objectives of §6.9: J(D) of the D in play against that objective's J(D*). */
function ObjectiveTheoremSummary({ a, step, objective }: { a: Analysis; step: number; objective: Objective }) {
  const t = useT();
  const best = optimum(a, objective);
  return (
    <p className="formulas-summary" data-testid="formula-theorem-summary">
      <span>{t('formula.summary.liveOf', { objective: objectiveName(t, objective) })}</span>{' '}
      {t('formula.summary.objective', {
        d: dInPlay(t, a),
        jd: formatNumber(a.lossDExpected),
        rel: boundHolds(a.lossDExpected, best.quadrature) ? '≥' : '<',
        closedForm: OBJECTIVE_SPECS[objective].closedFormName,
        value: formatNumber(best.closedForm),
        unit: lossUnit(t, objective) ?? '',
        step,
      })}
      {t('formula.summary.open')}
      <button
        type="button"
        className="formulas-link"
        onClick={() => scrollToCard(`formula-${OBJECTIVE_SPECS[objective].formulas.optimum}`)}
      >
        §6.9
      </button>
      {t('formula.summary.close')}
    </p>
  );
}
