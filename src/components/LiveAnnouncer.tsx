// The page's one polite live region: what src/state/announcer.ts decides to say about the training
// (started, the step and JS every few seconds, paused), visually hidden.
import { useEffect, useState } from 'react';
import { createAnnouncer } from '../state/announcer';
import { useAppState } from '../state/context';
import { useT } from '../state/language';

export function LiveAnnouncer() {
  const app = useAppState();
  const [message, setMessage] = useState('');
  const t = useT();
  useEffect(() => {
    const announcer = createAnnouncer({
      snapshot: app.trainer.snapshot,
      transport: app.trainer.transport,
      settings: app.settings.store,
      now: () => performance.now(),
    });
    const unsubscribe = announcer.message.subscribe(() => setMessage(announcer.message.get()));
    return () => {
      unsubscribe();
      announcer.dispose();
    };
  }, [app]);
  return (
    <div
      className="sr-only"
      role="status"
      aria-live="polite"
      aria-label={t('pg.announce.region')}
      data-testid="live-announcer"
    >
      {message}
    </div>
  );
}
