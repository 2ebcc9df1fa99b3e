// The page: header, view tabs, notices and status, and the open view (the playground by default).
import { Suspense, useEffect, useState } from 'react';
import { Notices, StatusBanner } from './components/Banners';
import { Header } from './components/Header';
import { LessonBar } from './components/LessonBar';
import { LiveAnnouncer } from './components/LiveAnnouncer';
import { onFirstUse } from './components/onFirstUse';
import { QrOverlay } from './components/ShareQr';
import { tabId, viewPanelId, ViewTabs } from './components/ViewTabs';
import { viewFor, VIEWS } from './components/views';
import { useAppState, useHelpOpen, useSetting } from './state/context';
import { installShortcuts } from './state/shortcuts';

const HelpDialog = onFirstUse(() => import('./components/HelpDialog').then((m) => m.HelpDialog));

/** The help dialog, loaded when it is first opened (the help button or "?"); then it stays, closed or open. */
function Help() {
  const open = useHelpOpen();
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  return opened ? (
    <Suspense fallback={null}>
      <HelpDialog.Component />
    </Suspense>
  ) : null;
}

export function App() {
  const app = useAppState();
  useEffect(() => installShortcuts(app, window), [app]);
  const view = viewFor(useSetting('view'));
  const tabs = VIEWS.length > 1;
  return (
    <div className="app">
      <Header />
      <ViewTabs />
      <LessonBar />
      <div className="messages">
        <Notices />
        <StatusBanner />
      </div>
      <div
        className="main"
        id={viewPanelId}
        data-view={view.id}
        {...(tabs ? { role: 'tabpanel', 'aria-labelledby': tabId(view.id) } : {})}
      >
        {view.render()}
      </div>
      <Help />
      <QrOverlay />
      <LiveAnnouncer />
    </div>
  );
}
