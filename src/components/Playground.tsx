// The playground view: the control sidebar and the 2×2 grid of live charts (on a phone or a tablet, the
// charts in a column and the sidebar in a drawer: ControlsDrawer.tsx).
import { Suspense, useCallback, useRef, useState } from 'react';
import { ControlsDrawer, ControlsDrawerButton } from './ControlsDrawer';
import { DensityChart } from './charts/DensityChart';
import { DiscriminatorChart } from './charts/DiscriminatorChart';
import { DivergenceChart } from './charts/DivergenceChart';
import { LossChart } from './charts/LossChart';
import { useT } from '../state/language';
import { onFirstUse } from './onFirstUse';
import { Sidebar } from './Sidebar';
import { useNoScrollUnderHandles } from './useNoScrollUnderHandles';

/** The z → x mapping chart loads when it is first opened. */
const MappingChart = onFirstUse(() => import('./charts/MappingChart').then((m) => m.MappingChart));

export function Playground() {
  // The z → x mapping view takes the Discriminator panel's place while open (toggle under the Densities chart).
  const [mappingOpen, setMappingOpen] = useState(false);
  const toggleMapping = useCallback(() => setMappingOpen((o) => !o), []);
  const closeMapping = useCallback(() => setMappingOpen(false), []);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const closeDrawer = useCallback(() => setDrawerOpen(false), []);
  const drawerOpener = useRef<HTMLButtonElement>(null);
  const charts = useRef<HTMLElement>(null);
  useNoScrollUnderHandles(charts);
  const t = useT();
  return (
    <>
      <ControlsDrawer open={drawerOpen} onClose={closeDrawer} opener={drawerOpener}>
        <Sidebar />
      </ControlsDrawer>
      <main className="charts" ref={charts} aria-label={t('pg.charts')}>
        <ControlsDrawerButton open={drawerOpen} onOpen={() => setDrawerOpen(true)} ref={drawerOpener} />
        <DensityChart mappingOpen={mappingOpen} onToggleMapping={toggleMapping} />
        {mappingOpen ? (
          // Until it is here, the Discriminator panel keeps its place.
          <Suspense fallback={<DiscriminatorChart />}>
            <MappingChart.Component onClose={closeMapping} />
          </Suspense>
        ) : (
          <DiscriminatorChart />
        )}
        <DivergenceChart />
        <LossChart />
      </main>
    </>
  );
}
