// The top bar: title, transport buttons (from the command list), step, speed and the backend line.
import { memo } from 'react';
import { HeaderMenu } from './HeaderMenu';
import { HeaderTools } from './HeaderTools';
import { command, commandTitle, COMMANDS, disabledReason, type CommandId } from '../state/commands';
import { useAppState, useSettings, useSnapshot, useTransport } from '../state/context';
import { formatNumber } from '../state/format';
import { useT } from '../state/language';
import { backendSummary, backendWarnings, nextBackendText, probePendingText, probeText } from '../state/messages';

const TRANSPORT: readonly CommandId[] = ['play', 'step', 'stepD', 'stepG', 'slowMotion', 'reset', 'newSeed'];

function Transport() {
  const app = useAppState();
  const transport = useTransport();
  const settings = useSettings();
  const t = useT();
  // After a divergence Reset is the way on: it takes the primary look, and the disabled buttons say why.
  const diverged = transport.status.kind === 'diverged';
  const primary = (id: CommandId) => (diverged ? id === 'reset' : id === 'play');
  return (
    <div className="transport" role="group" aria-label={t('pg.transport.label')}>
      {COMMANDS.filter((c) => TRANSPORT.includes(c.id)).map((c) => (
        <button
          key={c.id}
          type="button"
          className={primary(c.id) ? `primary ${c.id === 'play' && transport.running ? 'running' : ''}` : undefined}
          aria-pressed={c.id === 'slowMotion' ? settings.slowMotion : undefined}
          disabled={!c.enabled(transport, settings)}
          onClick={() => app.run(c.id)}
          aria-keyshortcuts={c.shortcut?.display}
          title={disabledReason(t, c, transport, settings) ?? commandTitle(t, c)}
          data-testid={`button-${c.id}`}
        >
          {c.id === 'play' && (
            <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
              {transport.running ? (
                <path d="M2 1h3.5v12H2zM8.5 1H12v12H8.5z" fill="currentColor" />
              ) : (
                <path d="M2 1l11 6-11 6z" fill="currentColor" />
              )}
            </svg>
          )}
          {c.label(t, transport)}
        </button>
      ))}
    </div>
  );
}

/** Step and steps/s: the only part of the header that re-renders on every snapshot. */
function LiveReadouts() {
  const snap = useSnapshot();
  const running = useTransport().running;
  const t = useT();
  return (
    <div className="header-readouts">
      <div className="readout big">
        <span className="readout-label">{t('pg.readout.step')}</span>{' '}
        <output className="readout-value" data-testid="readout-step">
          {snap ? snap.step : 0}
        </output>
      </div>
      <div className="readout">
        <output className="readout-value" data-testid="readout-steps-per-second">
          {snap && snap.running && running ? formatNumber(snap.stepsPerSecond) : '0'}
        </output>
        <span className="readout-unit"> {t('pg.readout.stepsPerSecond')}</span>
      </div>
    </div>
  );
}

/**
 * What trains and why: "auto → WASM (started first; measuring WebGL, CPU…)" while the background
 * measurement runs (`data-measuring` "true"; "paused" while training holds it), then the rates,
 * failures with their reasons, and a faster backend waiting for the next run.
 */
function BackendLine() {
  const r = useTransport().backend;
  const t = useT();
  const warnings = r ? backendWarnings(t, r) : [];
  const summary = r ? backendSummary(t, r) : '';
  const next = r ? nextBackendText(t, r) : null;
  return (
    <div
      className="backend"
      aria-live="polite"
      data-testid="backend-line"
      data-measuring={r?.measurementPaused ? 'paused' : r?.measuring ? 'true' : 'false'}
    >
      <span>
        <span className="backend-label">{t('pg.backend.label')}</span>{' '}
        <strong data-testid="readout-backend">{r ? r.active : '…'}</strong>
      </span>
      <span className="backend-summary" data-testid="backend-summary" title={summary}>
        {summary}
      </span>
      {next && (
        <span className="backend-summary" data-testid="backend-next" title={next}>
          <strong>→</strong> {next}
        </span>
      )}
      {warnings.length > 0 && (
        <span className="backend-warning" data-testid="backend-warning" title={warnings.join('\n')}>
          ⚠ {warnings.join(' · ')}
        </span>
      )}
    </div>
  );
}

export const Header = memo(function Header() {
  const app = useAppState();
  const help = command('help');
  const t = useT();
  return (
    <header className="topbar">
      <h1>{t('pg.title')}</h1>
      <Transport />
      <LiveReadouts />
      <BackendLine />
      <HeaderMenu>
        <HeaderTools />
        <button
          type="button"
          className="help-button"
          onClick={() => app.run(help.id)}
          aria-keyshortcuts={help.shortcut?.display}
          title={t('pg.help.title')}
          data-testid="button-help"
        >
          {t('pg.help.button')}
        </button>
      </HeaderMenu>
    </header>
  );
});

/** Every backend tried or measured, with its speed or why it failed, and those still being measured. */
export function BackendProbes() {
  const r = useTransport().backend;
  const t = useT();
  if (!r) return null;
  const pending = (r.measuring ?? []).filter((name) => !r.probes.some((p) => p.name === name));
  return (
    <ul className="probes" aria-label={t('pg.backend.probes')}>
      {r.probes.map((p) => (
        <li key={p.name} className={!p.ok ? 'bad' : p.name === r.active ? 'active' : undefined}>
          {probeText(t, p, r)}
        </li>
      ))}
      {pending.map((name) => (
        <li key={name}>{probePendingText(t, name, r.measurementPaused)}</li>
      ))}
    </ul>
  );
}
