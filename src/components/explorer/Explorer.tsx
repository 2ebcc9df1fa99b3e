// The divergence explorer (docs/theory.md §5.1): two densities P and Q, their divergences, where KL
// comes from, what happens as they are pulled apart, and one Gaussian fitted to P by each KL.
import { useMemo, useState } from 'react';
import { closedFormKL, explorerDensity, explorerMeasures, pullApart } from '../../core/explorer';
import { useSetting } from '../../state/context';
import { useT } from '../../state/language';
import { ExplorerDensities } from './ExplorerDensities';
import { ExplorerSidebar } from './ExplorerSidebar';
import { FitPanel } from './FitPanel';
import { IntegrandChart } from './IntegrandChart';
import { MeasuresBar } from './MeasuresBar';
import { PullApartChart } from './PullApartChart';
import { useDensityComponents } from './shared';
import './explorer.css';

export function Explorer() {
  const pc = useDensityComponents('P');
  const qc = useDensityComponents('Q');
  const units = useSetting('units');
  const p = useMemo(() => explorerDensity(pc), [pc]);
  const q = useMemo(() => explorerDensity(qc), [qc]);
  const measures = useMemo(() => explorerMeasures(pc, qc), [pc, qc]);
  const pull = useMemo(() => pullApart(pc, qc), [pc, qc]);
  const closedForm = useMemo(() => closedFormKL(pc, qc), [pc, qc]);
  // While a handle is dragged the y axes hold still, so the handle stays under the pointer.
  const [dragging, setDragging] = useState(false);
  const t = useT();
  return (
    <>
      <ExplorerSidebar />
      <main className="explorer" aria-label={t('theory.explorer.label')} data-testid="explorer">
        <MeasuresBar m={measures} closedForm={closedForm} units={units} />
        <ExplorerDensities pc={pc} qc={qc} p={p} q={q} dragging={dragging} onDrag={setDragging} />
        <IntegrandChart pc={pc} qc={qc} measures={measures} units={units} dragging={dragging} />
        <PullApartChart pull={pull} units={units} />
        <FitPanel pc={pc} qc={qc} p={p} units={units} />
      </main>
    </>
  );
}
