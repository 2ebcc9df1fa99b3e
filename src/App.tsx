// The page: header, notices and status, the control sidebar and the 2×2 grid of charts.
import { useEffect } from 'react';
import { Notices, StatusBanner } from './components/Banners';
import { DensityChart } from './components/charts/DensityChart';
import { DiscriminatorChart } from './components/charts/DiscriminatorChart';
import { DivergenceChart } from './components/charts/DivergenceChart';
import { LossChart } from './components/charts/LossChart';
import { Header } from './components/Header';
import { HelpDialog } from './components/HelpDialog';
import { Sidebar } from './components/Sidebar';
import { useAppState } from './state/context';
import { installShortcuts } from './state/shortcuts';

export function App() {
  const app = useAppState();
  useEffect(() => installShortcuts(app, window), [app]);
  return (
    <div className="app">
      <Header />
      <div className="messages">
        <Notices />
        <StatusBanner />
      </div>
      <div className="main">
        <Sidebar />
        <main className="charts" aria-label="Charts">
          <DensityChart />
          <DiscriminatorChart />
          <DivergenceChart />
          <LossChart />
        </main>
      </div>
      <HelpDialog />
    </div>
  );
}
