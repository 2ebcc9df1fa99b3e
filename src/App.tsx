// The page: header, view tabs, notices and status, and the open view (the playground by default).
import { useEffect } from 'react';
import { Notices, StatusBanner } from './components/Banners';
import { Header } from './components/Header';
import { HelpDialog } from './components/HelpDialog';
import { LessonBar } from './components/LessonBar';
import { LiveAnnouncer } from './components/LiveAnnouncer';
import { tabId, viewPanelId, ViewTabs } from './components/ViewTabs';
import { viewFor, VIEWS } from './components/views';
import { useAppState, useSetting } from './state/context';
import { installShortcuts } from './state/shortcuts';

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
      <HelpDialog />
      <LiveAnnouncer />
    </div>
  );
}
