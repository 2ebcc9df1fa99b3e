// Worker status banners (starting, diverged, error) and the dismissible notices.
import { memo } from 'react';
import { command } from '../state/commands';
import { useAppState, useNotices, useSettings, useTransport } from '../state/context';
import { startingNoteText, statusText } from '../state/messages';

export const StatusBanner = memo(function StatusBanner() {
  const app = useAppState();
  const t = useTransport();
  const settings = useSettings();
  const s = t.status;
  if (s.kind === 'starting') {
    return (
      <div className="banner info" role="status" data-testid="status-starting">
        <span className="spinner" aria-hidden="true" />
        <span>
          {statusText(s)} <span className="fine">({startingNoteText})</span>
        </span>
      </div>
    );
  }
  if (s.kind === 'diverged' || s.kind === 'error') {
    const action = command(s.kind === 'diverged' ? 'reset' : 'restartWorker');
    return (
      <div className="banner error" role="alert" data-testid={`status-${s.kind}`}>
        <span>{statusText(s)}</span>
        {action.enabled(t, settings) && (
          <button type="button" onClick={() => app.run(action.id)}>
            {action.label(t)}
          </button>
        )}
      </div>
    );
  }
  return null;
});

export const Notices = memo(function Notices() {
  const app = useAppState();
  const notices = useNotices();
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((n) => (
        <div key={n.id} className={`banner ${n.tone}`} role="alert" data-testid="notice">
          <span>{n.text}</span>
          {n.action && (
            <button
              type="button"
              onClick={() => {
                app.notices.dismiss(n.id);
                n.action!.run();
              }}
            >
              {n.action.label}
            </button>
          )}
          <button
            type="button"
            className="dismiss"
            onClick={() => app.notices.dismiss(n.id)}
            aria-label="Dismiss this notice"
          >
            ✕
          </button>
        </div>
      ))}
    </div>
  );
});
