// The Experiments view (`view=experiment`): setup A against variant B, each on seeds 1..N at once. The
// sidebar sets it up and runs it; the main area shows the counts, JS over steps and every seed's chart.
import { useT } from '../../state/language';
import { ExperimentControls } from './ExperimentControls';
import { ExperimentSummary } from './ExperimentSummary';
import { JsChart } from './JsChart';
import { SeedGrid } from './SeedGrid';
import './experiment.css';

export function ExperimentView() {
  const t = useT();
  return (
    <>
      <ExperimentControls />
      <main className="experiment" aria-label={t('exp.main')}>
        <ExperimentSummary />
        <div className="experiment-body">
          <SeedGrid />
          <JsChart />
        </div>
      </main>
    </>
  );
}
