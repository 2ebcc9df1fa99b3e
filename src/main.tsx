import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createAppState } from './state/appState';
import { AppStateProvider } from './state/context';
import { browserDisplayEnvironment, installDisplayMode } from './state/displayMode';
import { followLanguageSetting, loadLanguageFor } from './state/language';
import { registerServiceWorker } from './state/offline';
import { connectWorker } from './state/trainerConnection';
import './styles.css';

const app = createAppState({ location, history, connectTrainer: connectWorker });
window.addEventListener('hashchange', () => app.settings.loadHash(location.hash));
// The last setup is saved with a delay: save what is pending when the page is hidden or closed.
window.addEventListener('pagehide', () => app.flush());
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') app.flush();
});
app.start();
// The theme and presentation mode, applied before the first render (index.html set the theme even earlier).
installDisplayMode(
  { settings: app.settings.store, setSetting: app.setSetting, helpOpen: app.helpOpen },
  browserDisplayEnvironment(window),
);
// Offline after one visit (the built app only: the dev server has no service worker).
if (import.meta.env.PROD) registerServiceWorker(window);

// Another language's catalogue loads when it is chosen; a page that opens in one waits for it before its
// first render (no English flash), while the worker already starts.
followLanguageSetting(app.settings.store);
void loadLanguageFor(app.settings.store.get()).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <AppStateProvider app={app}>
        <App />
      </AppStateProvider>
    </StrictMode>,
  ),
);
