import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createAppState } from './state/appState';
import { AppStateProvider } from './state/context';
import { connectWorker } from './state/trainerConnection';
import './styles.css';

const app = createAppState({ location, history, connectTrainer: connectWorker });
window.addEventListener('hashchange', () => app.settings.loadHash(location.hash));
app.start();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppStateProvider app={app}>
      <App />
    </AppStateProvider>
  </StrictMode>,
);
