// The experiment's numbers: the step and the rate, and per arm "JS < 0.01 now: k/N", "every mode held:
// k/N" (mixtures) and the median steps to JS < 0.01. Each count's element holds exactly "k/N".
import { ARMS, type Arm, type ExperimentSnapshot } from '../../core/experiment';
import { armCounts, countText } from '../../core/experimentOutcome';
import { BACKEND_LABELS } from '../../core/labels';
import { useT } from '../../state/language';
import { ARM_COLORS, useExperimentSnapshot } from './useExperiment';

/** Whole numbers with thousands separators ("5,000"), one formatter for every snapshot. */
const WHOLE = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const whole = (n: number) => WHOLE.format(Math.round(n));

function ArmNumbers({ arm, snapshot }: { arm: Arm; snapshot: ExperimentSnapshot }) {
  const t = useT();
  const c = armCounts(snapshot[arm].seeds);
  return (
    <div className={`experiment-arm experiment-arm-${arm}`} style={{ borderColor: ARM_COLORS[arm] }}>
      <h3>{t(`exp.armTitle.${arm}`)}</h3>
      <p>
        {t('exp.converged')}{' '}
        <output className="experiment-count" data-testid={`readout-experiment-converged-${arm}`}>
          {countText(c.converged, c.seeds)}
        </output>
      </p>
      {c.held !== null && (
        <p>
          {t('exp.held')}{' '}
          <output className="experiment-count" data-testid={`readout-experiment-held-${arm}`}>
            {countText(c.held, c.seeds)}
          </output>
        </p>
      )}
      <p className="experiment-median">
        {t('exp.median')}{' '}
        <output data-testid={`readout-experiment-median-${arm}`}>
          {c.medianStepsToReach === null || !Number.isFinite(c.medianStepsToReach) ? '–' : whole(c.medianStepsToReach)}
        </output>
      </p>
    </div>
  );
}

export function ExperimentSummary() {
  const t = useT();
  const snapshot = useExperimentSnapshot();
  return (
    <section className="panel experiment-summary" aria-label={t('exp.counts')}>
      <div className="experiment-progress">
        <p>
          {t('exp.step')}{' '}
          <output className="experiment-step" data-testid="readout-experiment-step">
            {whole(snapshot?.step ?? 0)}
          </output>
          {snapshot && <span className="experiment-of"> / {whole(snapshot.steps)}</span>}
        </p>
        <p title={t('exp.rateTitle')}>
          {t('exp.rate')} <output data-testid="readout-experiment-rate">{whole(snapshot?.rate ?? 0)}</output>
          {snapshot?.backend && <span className="experiment-of"> ({BACKEND_LABELS[snapshot.backend]})</span>}
        </p>
      </div>
      {snapshot?.error && (
        <p className="experiment-error" role="alert">
          {t('exp.error', { detail: snapshot.error })}
        </p>
      )}
      {snapshot && snapshot.a.seeds.length > 0 ? (
        ARMS.map((arm) => <ArmNumbers key={arm} arm={arm} snapshot={snapshot} />)
      ) : (
        <p className="hint">{t('exp.notStarted')}</p>
      )}
    </section>
  );
}
