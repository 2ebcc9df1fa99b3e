// "Copy link", "QR code" and "Restore defaults" in the header (from the command list). Copying says so next
// to the button; when the browser gives no clipboard, the link is offered selected in a field to copy by hand.
import { useEffect, useId, useRef } from 'react';
import { command } from '../state/commands';
import { useAppState, useTransport } from '../state/context';
import { useT } from '../state/language';
import { useStore } from '../state/store';
import { QrButton } from './ShareQr';
import './lessons.css';

function ManualCopy({ link, reason }: { link: string; reason: 'no-clipboard' | 'refused' }) {
  const app = useAppState();
  const field = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const t = useT();
  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, [link]);
  return (
    <div
      className="share-manual"
      role="dialog"
      aria-labelledby={titleId}
      data-testid="share-manual"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          app.share.close();
        }
      }}
    >
      <h2 id={titleId}>{t('pg.share.manualTitle')}</h2>
      <p>{t(reason === 'no-clipboard' ? 'pg.share.noClipboard' : 'pg.share.refused')}</p>
      <input
        ref={field}
        type="text"
        readOnly
        value={link}
        aria-label={t('pg.share.manualField')}
        data-testid="share-link-field"
        onFocus={(e) => e.currentTarget.select()}
      />
      <p className="share-hint">{t('pg.share.manualHint')}</p>
      <button type="button" onClick={() => app.share.close()}>
        {t('pg.close')}
      </button>
    </div>
  );
}

export function ShareTools() {
  const app = useAppState();
  const transport = useTransport();
  const status = useStore(app.share.status);
  const t = useT();
  const copy = command('copyLink');
  const restore = command('restoreDefaults');
  return (
    <div className="share-tools">
      <span className="share-copy">
        <button
          type="button"
          className="header-tool-button"
          onClick={() => app.run(copy.id)}
          title={copy.description(t)}
          data-testid="button-copyLink"
        >
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
            <path
              d="M6.5 9.5l3-3M7 4.5l1.2-1.2a2.6 2.6 0 013.7 3.7L10.7 8.2M9 11.5l-1.2 1.2a2.6 2.6 0 01-3.7-3.7L5.3 7.8"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.6"
              strokeLinecap="round"
            />
          </svg>
          {copy.label(t, transport)}
        </button>
        <span className="share-status" role="status" data-testid="share-status">
          {status.kind === 'copied' && (
            <span className="share-copied">
              <span aria-hidden="true">✓ </span>
              {t('pg.share.copied')}
              <span className="sr-only">. {t('pg.share.copiedStatus')}</span>
            </span>
          )}
        </span>
        {status.kind === 'manual' && <ManualCopy link={status.link} reason={status.reason} />}
      </span>
      <QrButton />
      <button
        type="button"
        className="header-tool-button"
        onClick={() => app.run(restore.id)}
        title={restore.description(t)}
        data-testid="button-restoreDefaults"
      >
        {restore.label(t, transport)}
      </button>
    </div>
  );
}
