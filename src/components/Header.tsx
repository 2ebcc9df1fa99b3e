// The top bar: title, transport buttons (from the command list), step, speed and the backend line.
import { memo } from 'react';
import { command, COMMANDS, type CommandId } from '../state/commands';
import { useAppState, useSettings, useSnapshot, useTransport } from '../state/context';
import { DISPLAY_TEXT } from '../state/displayText';
import { formatNumber } from '../state/format';
import { HeaderTools } from './HeaderTools';
import { backendSummary, backendWarnings, nextBackendText, probePendingText, probeText } from '../state/messages';

const TRANSPORT: readonly CommandId[] = ['play', 'step', 'stepD', 'stepG', 'slowMotion', 'reset', 'newSeed'];

function Transport() {
  const app = useAppState();
  const t = useTransport();
  const settings = useSettings();
  return (
    <div className="transport" role="group" aria-label="Training">
      {COMMANDS.filter((c) => TRANSPORT.includes(c.id)).map((c) => (
        <button
          key={c.id}
          type="button"
          className={c.id === 'play' ? `primary ${t.running ? 'running' : ''}` : undefined}
          aria-pressed={c.id === 'slowMotion' ? settings.slowMotion : undefined}
          disabled={!c.enabled(t, settings)}
          onClick={() => app.run(c.id)}
          aria-keyshortcuts={c.shortcut?.display}
          title={c.shortcut ? `${c.description} (${c.shortcut.display})` : c.description}
          data-testid={`button-${c.id}`}
        >
          {c.id === 'play' && (
            <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
              {t.running ? (
                <path d="M2 1h3.5v12H2zM8.5 1H12v12H8.5z" fill="currentColor" />
              ) : (
                <path d="M2 1l11 6-11 6z" fill="currentColor" />
              )}
            </svg>
          )}
          {c.label(t)}
        </button>
      ))}
    </div>
  );
}

/** Step and steps/s: the only part of the header that re-renders on every snapshot. */
function LiveReadouts() {
  const snap = useSnapshot();
  const running = useTransport().running;
  return (
    <div className="header-readouts">
      <div className="readout big">
        <span className="readout-label">Step</span>{' '}
        <output className="readout-value" data-testid="readout-step">
          {snap ? snap.step : 0}
        </output>
      </div>
      <div className="readout">
        <output className="readout-value" data-testid="readout-steps-per-second">
          {snap && snap.running && running ? formatNumber(snap.stepsPerSecond) : '0'}
        </output>
        <span className="readout-unit"> steps/s</span>
      </div>
    </div>
  );
}

/**
 * What trains and why: "auto → WASM (started first; measuring WebGL, CPU…)" while the background
 * measurement runs (`data-measuring`), then the rates, failures with their reasons, and a faster
 * backend waiting for the next run.
 */
function BackendLine() {
  const t = useTransport();
  const r = t.backend;
  const warnings = r ? backendWarnings(r) : [];
  const summary = r ? backendSummary(r) : '';
  const next = r ? nextBackendText(r) : null;
  return (
    <div
      className="backend"
      aria-live="polite"
      data-testid="backend-line"
      data-measuring={r?.measuring ? 'true' : 'false'}
    >
      <span>
        <span className="backend-label">Backend</span>{' '}
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
  return (
    <header className="topbar">
      <h1>GAN Playground</h1>
      <Transport />
      <LiveReadouts />
      <BackendLine />
      <HeaderTools />
      <button
        type="button"
        className="help-button"
        onClick={() => app.run(help.id)}
        aria-keyshortcuts={help.shortcut?.display}
        title={DISPLAY_TEXT.help.title}
        data-testid="button-help"
      >
        {DISPLAY_TEXT.help.label}
      </button>
    </header>
  );
});

/** Every backend tried or measured, with its speed or why it failed, and those still being measured. */
export function BackendProbes() {
  const r = useTransport().backend;
  if (!r) return null;
  const pending = (r.measuring ?? []).filter((name) => !r.probes.some((p) => p.name === name));
  return (
    <ul className="probes" aria-label="Backends measured">
      {r.probes.map((p) => (
        <li key={p.name} className={!p.ok ? 'bad' : p.name === r.active ? 'active' : undefined}>
          {probeText(p, r.active, r.measuring?.includes(p.name))}
        </li>
      ))}
      {pending.map((name) => (
        <li key={name}>{probePendingText(name)}</li>
      ))}
    </ul>
  );
}
