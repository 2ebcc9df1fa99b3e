// The Experiments view's sidebar: N seeds per arm, the steps, what A is and what B changes, Run / Pause /
// Reset and the CSV of every seed's outcome.
import { experimentCsv } from '../../core/experimentCsv';
import { trainingSettings } from '../../core/settings';
import { useAppState, useSettings } from '../../state/context';
import { useT } from '../../state/language';
import { Slider } from '../controls';
import { setupText } from './setupText';
import { useExperimentRunning, useExperimentSnapshot } from './useExperiment';
import { VariantEditor } from './VariantEditor';

function Transport() {
  const t = useT();
  const { experiment, exporter } = useAppState();
  const running = useExperimentRunning();
  const snapshot = useExperimentSnapshot();
  const hasSeeds = (snapshot?.a.seeds.length ?? 0) > 0;
  const saveCsv = () => {
    if (!snapshot) return;
    const blob = new Blob([experimentCsv(snapshot)], { type: 'text/csv;charset=utf-8' });
    void exporter.saveFile(blob, `gan-playground-experiment-step-${snapshot.step}.csv`);
  };
  return (
    <div className="experiment-transport" role="group" aria-label={t('exp.transport')}>
      <button
        type="button"
        className="primary"
        data-testid="experiment-run"
        aria-pressed={running}
        onClick={() => (running ? experiment.pause() : experiment.run())}
      >
        {running ? t('exp.pause') : t('exp.run')}
      </button>
      <button type="button" data-testid="experiment-reset" onClick={() => experiment.reset()}>
        {t('exp.reset')}
      </button>
      <button
        type="button"
        className="small-button"
        data-testid="experiment-csv"
        title={t('exp.csvTitle')}
        disabled={!hasSeeds}
        onClick={saveCsv}
      >
        {t('exp.csv')}
      </button>
    </div>
  );
}

export function ExperimentControls() {
  const t = useT();
  const settings = useSettings();
  return (
    <aside className="sidebar experiment-controls" aria-label={t('exp.settings')} data-testid="experiment-controls">
      <section className="sidebar-section">
        <h2>{t('exp.heading')}</h2>
        <p className="hint">{t('exp.intro')}</p>
        <Transport />
        <p className="experiment-a-line" data-testid="experiment-a-line">
          {setupText(t, trainingSettings(settings))}
        </p>
        <Slider k="experimentSeeds" label={t('exp.seeds')} testId="experiment-seeds" />
        <Slider k="experimentSteps" label={t('exp.steps')} step={500} testId="experiment-steps" />
      </section>
      <VariantEditor />
    </aside>
  );
}
