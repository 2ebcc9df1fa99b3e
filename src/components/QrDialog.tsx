// The QR code of the page's link in a modal dialog, for a class to scan from the screen: large in
// presentation mode (two thirds of the screen's height), with the link written under it. It is drawn
// for the link of the moment and follows the setup while it shows (state/share.ts). Dark modules on
// white with a quiet zone, in both themes: scanners need the contrast. Escape, Close or a click
// outside closes it; the focus goes back where it was (the browser does that for a modal dialog).
import { create } from 'qrcode';
import { useEffect, useId, useMemo, useRef } from 'react';
import { QR_QUIET_ZONE, qrModulesPath } from '../core/qrPath';
import { useAppState } from '../state/context';
import { useT } from '../state/language';
import { useStore } from '../state/store';
import './qr.css';

function QrCode({ link, label }: { link: string; label: string }) {
  const { side, path } = useMemo(() => {
    // Level M (15 % of the code may be unreadable): a good trade between size and a screen's glare.
    const { modules } = create(link, { errorCorrectionLevel: 'M' });
    return { side: modules.size + 2 * QR_QUIET_ZONE, path: qrModulesPath(modules) };
  }, [link]);
  return (
    <svg
      className="qr-code"
      viewBox={`0 0 ${side} ${side}`}
      shapeRendering="crispEdges"
      role="img"
      aria-label={label}
      data-testid="share-qr"
    >
      <rect width={side} height={side} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}

export function QrDialog() {
  const app = useAppState();
  const link = useStore(app.share.qrLink);
  const open = link !== null;
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  useEffect(() => {
    if (!open) return;
    // Escape closes the QR code and nothing else (not presentation mode): caught before the page's
    // own Escape (state/displayMode.ts) wherever the focus is. The help dialog, if open above, goes first.
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || app.helpOpen.get()) return;
      e.preventDefault();
      app.share.closeQr();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [open, app]);

  return (
    <dialog
      ref={ref}
      className="qr-dialog"
      aria-labelledby={titleId}
      data-testid="qr-overlay"
      onClose={() => app.share.closeQr()}
      // The dialog's content fills it: a click on the dialog itself is a click on the backdrop, outside.
      onClick={(e) => {
        if (e.target === e.currentTarget) app.share.closeQr();
      }}
    >
      {link !== null && (
        <div className="qr-content">
          <div className="qr-head">
            <h2 id={titleId}>{t('pg.share.qrTitle')}</h2>
            <button type="button" onClick={() => app.share.closeQr()} data-testid="qr-close">
              {t('pg.close')}
            </button>
          </div>
          <QrCode link={link} label={t('pg.share.qrImage')} />
          <p className="qr-link" data-testid="qr-link">
            {link}
          </p>
        </div>
      )}
    </dialog>
  );
}
