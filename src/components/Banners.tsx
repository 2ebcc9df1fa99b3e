// Worker status banners (starting, diverged, error) and the dismissible notices.
import { memo } from 'react';
import { command } from '../state/commands';
import { useAppState, useNotices, useSettings, useTransport } from '../state/context';
import { useT } from '../state/language';
import { statusText } from '../state/messages';
import { noticeText } from '../state/notices';

export const StatusBanner = memo(function StatusBanner() {
  const app = useAppState();
  const transport = useTransport();
  const settings = useSettings();
  const t = useT();
  const s = transport.status;
  if (s.kind === 'starting') {
    return (
      <div className="banner info" role="status" data-testid="status-starting">
        <span className="spinner" aria-hidden="true" />
        <span>
          {statusText(t, s)} <span className="fine">{t('msg.status.startingNote')}</span>
        </span>
      </div>
    );
  }
  if (s.kind === 'diverged' || s.kind === 'error') {
    const action = command(s.kind === 'diverged' ? 'reset' : 'restartWorker');
    return (
      <div className="banner error" role="alert" data-testid={`status-${s.kind}`}>
        <span>{statusText(t, s)}</span>
        {action.enabled(transport, settings) && (
          <button type="button" onClick={() => app.run(action.id)}>
            {action.label(t, transport)}
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
  const t = useT();
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((n) => (
        <div key={n.id} className={`banner ${n.tone}`} role="alert" data-testid="notice">
          <span>{noticeText(n.text, t)}</span>
          {n.action && (
            <button
              type="button"
              onClick={() => {
                app.notices.dismiss(n.id);
                n.action!.run();
              }}
            >
              {noticeText(n.action.label, t)}
            </button>
          )}
          <button
            type="button"
            className="dismiss"
            onClick={() => app.notices.dismiss(n.id)}
            aria-label={t('pg.notice.dismiss')}
          >
            ✕
          </button>
        </div>
      ))}
    </div>
  );
});
