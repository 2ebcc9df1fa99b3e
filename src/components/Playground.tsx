// The playground view: the control sidebar and the 2×2 grid of live charts.
import { useCallback, useState } from 'react';
import { DensityChart } from './charts/DensityChart';
import { DiscriminatorChart } from './charts/DiscriminatorChart';
import { DivergenceChart } from './charts/DivergenceChart';
import { LossChart } from './charts/LossChart';
import { MappingChart } from './charts/MappingChart';
import { useT } from '../state/language';
import { Sidebar } from './Sidebar';

export function Playground() {
  // The z → x mapping view takes the Discriminator panel's place while open (toggle under the Densities chart).
  const [mappingOpen, setMappingOpen] = useState(false);
  const toggleMapping = useCallback(() => setMappingOpen((o) => !o), []);
  const closeMapping = useCallback(() => setMappingOpen(false), []);
  const t = useT();
  return (
    <>
      <Sidebar />
      <main className="charts" aria-label={t('pg.charts')}>
        <DensityChart mappingOpen={mappingOpen} onToggleMapping={toggleMapping} />
        {mappingOpen ? <MappingChart onClose={closeMapping} /> : <DiscriminatorChart />}
        <DivergenceChart />
        <LossChart />
      </main>
    </>
  );
}
