import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { listenToHashChanges, reportInitialHashProblems, writeHashNow } from './state/settingsStore';
import { startTrainer } from './state/trainerClient';
import './styles.css';

reportInitialHashProblems();
// Normalise the address bar to the settings actually loaded (clamped, defaults for bad fields).
writeHashNow();
listenToHashChanges();
startTrainer();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
