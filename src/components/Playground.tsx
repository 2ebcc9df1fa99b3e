// The playground view: the control sidebar and the 2×2 grid of live charts.
import { DensityChart } from './charts/DensityChart';
import { DiscriminatorChart } from './charts/DiscriminatorChart';
import { DivergenceChart } from './charts/DivergenceChart';
import { LossChart } from './charts/LossChart';
import { Sidebar } from './Sidebar';

export function Playground() {
  return (
    <>
      <Sidebar />
      <main className="charts" aria-label="Charts">
        <DensityChart />
        <DiscriminatorChart />
        <DivergenceChart />
        <LossChart />
      </main>
    </>
  );
}
