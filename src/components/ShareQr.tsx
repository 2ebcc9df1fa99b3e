// "QR code" beside "Copy link" (the command `showQr`, Q; it stays in presentation mode), and the place
// in the page where the QR code's dialog opens. The dialog and the `qrcode` package load on first use,
// so the first screen's code does not carry them.
import { Suspense, useState } from 'react';
import { command, commandTitle } from '../state/commands';
import { useAppState, useTransport } from '../state/context';
import { useT } from '../state/language';
import { useStore } from '../state/store';
import { onFirstUse } from './onFirstUse';

const Dialog = onFirstUse(() => import('./QrDialog').then((m) => m.QrDialog));

export function QrButton() {
  const app = useAppState();
  const transport = useTransport();
  const t = useT();
  const c = command('showQr');
  return (
    <button
      type="button"
      className="header-tool-button qr-button"
      aria-haspopup="dialog"
      aria-keyshortcuts={c.shortcut?.display}
      title={commandTitle(t, c)}
      onClick={() => app.run(c.id)}
      onPointerEnter={Dialog.preload}
      onFocus={Dialog.preload}
      data-testid="button-showQr"
    >
      <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
        <path
          d="M2 2h5v5H2zM9 2h5v5H9zM2 9h5v5H2zM4 4h1v1H4zM11 4h1v1h-1zM4 11h1v1H4z"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.4"
        />
        <path d="M9 9h2v2H9zM12 12h2v2h-2zM12 9h2v1h-2zM9 12h1v2H9z" fill="currentColor" />
      </svg>
      {c.label(t, transport)}
    </button>
  );
}

/** The QR code's dialog, loaded when it is first opened; then it stays, closed or open. */
export function QrOverlay() {
  const open = useStore(useAppState().share.qrLink) !== null;
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  return opened ? (
    <Suspense fallback={null}>
      <Dialog.Component />
    </Suspense>
  ) : null;
}
