// Worker status banners (starting, diverged, error) and the dismissible notices.
import { memo } from 'react';
import { command } from '../state/actions';
import { useTransport } from '../state/live';
import { dismissNotice, noticesStore } from '../state/notices';
import { useStore } from '../state/store';
import { trainer } from '../state/trainerClient';

export const StatusBanner = memo(function StatusBanner() {
  const t = useTransport();
  const s = t.status;
  if (s.kind === 'starting') {
    return (
      <div className="banner info" role="status" data-testid="status-starting">
        <span className="spinner" aria-hidden="true" />
        <span>
          {s.message || 'Measuring backends…'}{' '}
          <span className="fine">(each backend is timed for a moment and the fastest one trains)</span>
        </span>
      </div>
    );
  }
  if (s.kind === 'diverged') {
    const reset = command('reset');
    return (
      <div className="banner error" role="alert" data-testid="status-diverged">
        <span>
          Training diverged at step {s.step} (NaN/Inf in the losses or weights) and was paused. Try a smaller learning
          rate.
        </span>
        <button type="button" onClick={reset.run}>
          Reset
        </button>
      </div>
    );
  }
  if (s.kind === 'error') {
    return (
      <div className="banner error" role="alert" data-testid="status-error">
        <span>{s.message}</span>
        {!t.ready && (
          <button type="button" onClick={() => trainer.restart()}>
            Restart the worker
          </button>
        )}
      </div>
    );
  }
  return null;
});

export const Notices = memo(function Notices() {
  const notices = useStore(noticesStore);
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((n) => (
        <div key={n.id} className={`banner ${n.tone}`} role="alert" data-testid="notice">
          <span>{n.text}</span>
          <button
            type="button"
            className="dismiss"
            onClick={() => dismissNotice(n.id)}
            aria-label="Dismiss this notice"
          >
            ✕
          </button>
        </div>
      ))}
    </div>
  );
});
