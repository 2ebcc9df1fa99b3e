// The top bar: title, transport buttons (from the command list), step, speed and the backend line.
import { memo } from 'react';
import type { BackendReport } from '../core/protocol';
import { command, COMMANDS, type CommandId } from '../state/actions';
import { formatNumber } from '../state/format';
import { useSnapshot, useTransport } from '../state/live';

const TRANSPORT: readonly CommandId[] = ['play', 'step', 'reset', 'newSeed'];
const NAMES: Record<string, string> = { webgl: 'WebGL', wasm: 'WASM', cpu: 'CPU' };

function Transport() {
  const t = useTransport();
  return (
    <div className="transport" role="group" aria-label="Training">
      {COMMANDS.filter((c) => TRANSPORT.includes(c.id)).map((c) => (
        <button
          key={c.id}
          type="button"
          className={c.id === 'play' ? `primary ${t.running ? 'running' : ''}` : undefined}
          disabled={!c.enabled(t)}
          onClick={c.run}
          aria-keyshortcuts={c.shortcut.display === 'Space' ? 'Space' : c.shortcut.display}
          title={`${c.description} (${c.shortcut.display})`}
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

function failedProbes(r: BackendReport): string[] {
  const out = r.probes
    .filter((p) => !p.ok)
    .map((p) => `${NAMES[p.name] ?? p.name} unavailable: ${p.error ?? 'unknown error'}`);
  return out;
}

function BackendLine() {
  const t = useTransport();
  const r = t.backend;
  const warnings = r ? failedProbes(r) : [];
  return (
    <div className="backend" aria-live="polite">
      <span>
        <span className="backend-label">Backend</span>{' '}
        <strong data-testid="readout-backend">{r ? r.active : '…'}</strong>
      </span>
      <span className="backend-summary" data-testid="backend-summary" title={r?.summary}>
        {r ? r.summary : ''}
      </span>
      {(r?.how === 'fallback' || warnings.length > 0) && (
        <span className="backend-warning" data-testid="backend-warning" title={warnings.join('\n')}>
          ⚠ {warnings.length ? warnings.join(' · ') : `the chosen backend failed; using ${NAMES[r!.active]}`}
        </span>
      )}
    </div>
  );
}

export const Header = memo(function Header() {
  const help = command('help');
  return (
    <header className="topbar">
      <h1>GAN Playground</h1>
      <Transport />
      <LiveReadouts />
      <BackendLine />
      <button
        type="button"
        className="help-button"
        onClick={help.run}
        aria-label="Help and keyboard shortcuts"
        title="Help and keyboard shortcuts (?)"
        data-testid="button-help"
      >
        ?
      </button>
    </header>
  );
});

/** Every backend the worker tried, with its speed or why it failed (in the training settings). */
export function BackendProbes() {
  const r = useTransport().backend;
  if (!r) return null;
  return (
    <ul className="probes" aria-label="Backends measured">
      {r.probes.map((p) => (
        <li key={p.name} className={!p.ok ? 'bad' : p.name === r.active ? 'active' : undefined}>
          {NAMES[p.name] ?? p.name}:{' '}
          {p.ok
            ? `${p.stepsPerSecond !== undefined ? Math.round(p.stepsPerSecond) : '?'} steps/s${p.error ? ` (${p.error})` : ''}${p.name === r.active ? ' (training now)' : ''}`
            : `unavailable: ${p.error ?? 'unknown error'}`}
        </li>
      ))}
    </ul>
  );
}
