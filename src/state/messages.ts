// Every sentence the page says about the worker, the backends and links, in one place: the worker and
// the link parser send codes and numbers (src/core/protocol.ts, src/core/settingsLink.ts), and this
// module words them. A second language later replaces this module's strings, not the callers'.
import { BACKEND_LABELS } from '../core/labels';
import type {
  BackendFailure,
  BackendName,
  BackendProbe,
  BackendReport,
  TrainerError,
  WorkerStatus,
} from '../core/protocol';
import { SETTINGS_TABLE } from '../core/settings';
import type { LinkProblem } from '../core/settingsLink';

const backendName = (name: keyof typeof BACKEND_LABELS | null): string => (name ? BACKEND_LABELS[name] : 'the backend');
const rate = (p: BackendProbe): string => `${p.warmupCappedMs ? '≤' : ''}${Math.round(p.stepsPerSecond ?? 0)}`;
const labels = (names: readonly BackendName[]): string => names.map((n) => BACKEND_LABELS[n]).join(', ');

export function linkProblemText(p: LinkProblem): string {
  switch (p.code) {
    case 'not-key-value':
      return `“${p.part}” is not key=value`;
    case 'bad-encoding':
      return `${p.short}: bad encoding`;
    case 'unknown-setting':
      return `unknown setting “${p.short}”`;
    case 'not-a-number':
      return `${SETTINGS_TABLE[p.setting].label}: “${p.raw}” is not a number`;
    case 'out-of-range':
      return `${SETTINGS_TABLE[p.setting].label}: ${p.raw} is out of range (${p.min} to ${p.max})`;
    case 'not-a-flag':
      return `${SETTINGS_TABLE[p.setting].label}: “${p.raw}” is not 0 or 1`;
    case 'not-an-option':
      return `${SETTINGS_TABLE[p.setting].label}: “${p.raw}” is not one of ${p.options.join(', ')}`;
    case 'not-valid-text':
      return `${SETTINGS_TABLE[p.setting].label}: “${p.raw}” is not valid here`;
    case 'no-version':
      return 'the link has no version (v=…)';
    case 'newer-version':
      return `the link is from a newer version (v=${p.version}) of the app; loaded the defaults`;
    case 'unknown-version':
      return `unknown version v=${p.version}`;
  }
}

export const linkNoticeText = (problems: readonly LinkProblem[]): string =>
  `The link had problems: ${problems.map(linkProblemText).join('; ')}; loaded defaults for those.`;

export function backendFailureText(f: BackendFailure): string {
  switch (f.code) {
    case 'no-offscreen-canvas':
      return 'no OffscreenCanvas in this context';
    case 'wasm-not-configured':
      return 'the WASM binaries were not configured';
    case 'start-failed':
      return `failed to start${f.detail ? `: ${f.detail}` : ''}`;
    case 'failed-in-training':
      return `failed during training: ${f.detail}`;
    case 'probe-timeout':
      return `no answer from the measurement within ${Math.round(f.ms / 1000)} s`;
    case 'probe-crashed':
      return `the measurement stopped (${f.detail})`;
  }
}

/**
 * One line for the header: what trains and why, e.g. "auto → WASM: 450 steps/s vs WebGL 40, CPU 210";
 * while the choice is provisional (the others are still being measured) "auto → WASM (measuring WebGL, CPU…)".
 */
export function backendSummary(r: BackendReport): string {
  const active = r.probes.find((p) => p.name === r.active);
  const head = `${BACKEND_LABELS[r.active]}${active?.ok && active.stepsPerSecond !== undefined ? `: ${rate(active)} steps/s` : ''}`;
  if (r.how === 'pinned') return `pinned → ${head}`;
  const others = r.probes
    .filter((p) => p.name !== r.active && (!p.ok || p.stepsPerSecond !== undefined))
    .map((p) =>
      p.ok
        ? `${BACKEND_LABELS[p.name]} ${rate(p)}`
        : `${BACKEND_LABELS[p.name]} failed: ${p.failure ? backendFailureText(p.failure) : 'unknown error'}`,
    );
  const prefix =
    r.how === 'fallback' && r.pinned
      ? `${BACKEND_LABELS[r.pinned.name]} was chosen but failed (${backendFailureText(r.pinned.failure)}); fell back to `
      : 'auto → ';
  const vs = others.length ? ` vs ${others.join(', ')}` : '';
  const measuring = (r.measuring ?? []).filter((n) => n !== r.active);
  let why = '';
  if (r.measuring) why = ` (measuring${measuring.length ? ` ${labels(measuring)}` : ''}…)`;
  else if (r.chosenBy === 'start-order') why = ' (started first; not measured yet)';
  else if (r.chosenBy === 'memory') why = ' (as measured earlier on this device)';
  return `${prefix}${head}${vs}${why}`;
}

/** The header's note when a faster backend waits for the next run. */
export function nextBackendText(r: BackendReport): string | null {
  if (!r.next) return null;
  const faster = r.probes.find((p) => p.name === r.next);
  const speed = faster?.stepsPerSecond !== undefined ? ` (${rate(faster)} steps/s)` : '';
  return `${BACKEND_LABELS[r.next]} measured faster${speed}: training switches to it at the next Reset or New seed`;
}

/** What went wrong with the backends, one entry each, for the header's warning. */
export function backendWarnings(r: BackendReport): string[] {
  const failed = r.probes
    .filter((p) => !p.ok)
    .map(
      (p) => `${BACKEND_LABELS[p.name]} unavailable: ${p.failure ? backendFailureText(p.failure) : 'unknown error'}`,
    );
  if (failed.length === 0 && r.how === 'fallback')
    failed.push(`the chosen backend failed; using ${BACKEND_LABELS[r.active]}`);
  return failed;
}

/** One backend in the list of measured backends. */
export function probeText(p: BackendProbe, active: BackendReport['active'], measuring = false): string {
  const name = BACKEND_LABELS[p.name];
  if (!p.ok) return `${name}: unavailable: ${p.failure ? backendFailureText(p.failure) : 'unknown error'}`;
  const measured =
    p.stepsPerSecond !== undefined ? `${Math.round(p.stepsPerSecond)} steps/s` : 'started, not timed yet';
  const capped = p.warmupCappedMs ? ` (warm-up took over ${p.warmupCappedMs / 1000} s; rate is an upper bound)` : '';
  return `${name}: ${measured}${capped}${p.name === active ? ' (training now)' : ''}${measuring ? ' (measuring…)' : ''}`;
}

/** A backend in the list that the background measurement has not reached yet. */
export const probePendingText = (name: BackendName): string => `${BACKEND_LABELS[name]}: measuring…`;

export function trainerErrorText(e: TrainerError): string {
  switch (e.code) {
    case 'backend-failed':
      return `Training failed on ${backendName(e.backend)}: ${e.detail}. Switching to another backend; the run restarts at step 0.`;
    case 'no-backend-left':
      return `Training failed on ${backendName(e.backend)}: ${e.detail}. No other backend works: ${e.why}`;
    case 'no-backend':
      return `No backend works: ${e.failures.map((f) => `${BACKEND_LABELS[f.name]}: ${backendFailureText(f.failure)}`).join('; ')}`;
    case 'internal':
      return `Something went wrong in the training worker: ${e.detail}`;
    case 'worker-crashing':
      return `The training worker keeps crashing (${e.detail}). Restart it, or reload the page.`;
  }
}

/** The status banner's text. */
export function statusText(s: WorkerStatus): string {
  switch (s.kind) {
    case 'starting':
      if (s.phase === 'worker') return 'Starting the training worker…';
      return `Starting ${BACKEND_LABELS[s.backend]}…`;
    case 'ready':
      return `Training on ${BACKEND_LABELS[s.backend.active]}`;
    case 'diverged':
      return `Training diverged at step ${s.step} (NaN/Inf in the ${s.where}) and was paused. Try a smaller learning rate.`;
    case 'error':
      return trainerErrorText(s.error);
  }
}

/** The fine print of the start-up banner. */
export const startingNoteText =
  'training starts on the backend quickest to start; the others are timed in the background';

export const workerCrashNoticeText = (detail: string): string =>
  `The training worker crashed: ${detail}; restarted it (step count reset).`;
