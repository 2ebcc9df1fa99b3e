// Every sentence the page says about the worker, the backends and links, in one place: the worker and
// the link parser send codes and numbers (src/core/protocol.ts, src/core/settingsLink.ts), and this
// module words them in the interface's language (`t`, the messages `msg.*` of src/i18n/en/playground.ts).
import { BACKEND_LABELS } from '../core/labels';
import type {
  BackendFailure,
  BackendName,
  BackendProbe,
  BackendReport,
  TrainerError,
  WorkerStatus,
} from '../core/protocol';
import type { LinkProblem } from '../core/settingsLink';
import type { Translate } from '../i18n/messages';

const backendName = (t: Translate, name: keyof typeof BACKEND_LABELS | null): string =>
  name ? BACKEND_LABELS[name] : t('msg.backend.theBackend');
const rate = (p: BackendProbe): string => `${Math.round(p.stepsPerSecond ?? 0)}`;
/** Slower to start than its time budget: listed, but not as broken. */
const tooSlow = (p: BackendProbe): boolean => p.failure?.code === 'probe-slow';
const labels = (t: Translate, names: readonly BackendName[]): string =>
  names.map((n) => BACKEND_LABELS[n]).join(t('pg.list.comma'));
const failureText = (t: Translate, f: BackendFailure | undefined): string =>
  f ? backendFailureText(t, f) : t('msg.backend.unknownError');

export function linkProblemText(t: Translate, p: LinkProblem): string {
  switch (p.code) {
    case 'variant-unknown-setting':
      return t('msg.link.variantUnknownSetting', { short: p.short });
    case 'variant-fixed-setting':
      return t('msg.link.variantFixedSetting', { setting: t(`setting.${p.setting}`) });
    case 'variant-bad-value':
      return t('msg.link.variantBadValue', { problem: linkProblemText(t, p.problem) });
    case 'not-key-value':
      return t('msg.link.notKeyValue', { part: p.part });
    case 'bad-encoding':
      return t('msg.link.badEncoding', { short: p.short });
    case 'unknown-setting':
      return t('msg.link.unknownSetting', { short: p.short });
    case 'not-a-number':
      return t('msg.link.notANumber', { setting: t(`setting.${p.setting}`), raw: p.raw });
    case 'out-of-range':
      return t('msg.link.outOfRange', { setting: t(`setting.${p.setting}`), raw: p.raw, min: p.min, max: p.max });
    case 'not-a-flag':
      return t('msg.link.notAFlag', { setting: t(`setting.${p.setting}`), raw: p.raw });
    case 'not-an-option':
      return t('msg.link.notAnOption', {
        setting: t(`setting.${p.setting}`),
        raw: p.raw,
        options: p.options.join(', '),
      });
    case 'not-valid-text':
      return t('msg.link.notValidText', { setting: t(`setting.${p.setting}`), raw: p.raw });
    case 'no-version':
      return t('msg.link.noVersion');
    case 'newer-version':
      return t('msg.link.newerVersion', { version: p.version });
    case 'unknown-version':
      return t('msg.link.unknownVersion', { version: p.version });
  }
}

export const linkNoticeText = (t: Translate, problems: readonly LinkProblem[]): string =>
  t('msg.link.notice', { problems: problems.map((p) => linkProblemText(t, p)).join(t('pg.list.semicolon')) });

function backendFailureText(t: Translate, f: BackendFailure): string {
  switch (f.code) {
    case 'no-offscreen-canvas':
      return t('msg.backend.noOffscreenCanvas');
    case 'wasm-not-configured':
      return t('msg.backend.wasmNotConfigured');
    case 'start-failed':
      return t('msg.backend.startFailed', { detail: f.detail ?? '' });
    case 'failed-in-training':
      return t('msg.backend.failedInTraining', { detail: f.detail });
    case 'probe-slow':
      return t('msg.backend.probeSlow', { seconds: Math.round(f.ms / 1000) });
    case 'probe-crashed':
      return t('msg.backend.probeCrashed', { detail: f.detail });
  }
}

/**
 * One line for the header: what trains and why, e.g. "auto → WASM: 450 steps/s vs WebGL 40, CPU 210";
 * while the choice is provisional (the others are still being measured) "auto → WASM (measuring WebGL, CPU…)",
 * or while training holds the measurement "auto → WASM (measurement of WebGL, CPU paused while training)".
 */
export function backendSummary(t: Translate, r: BackendReport): string {
  const active = r.probes.find((p) => p.name === r.active);
  const head =
    active?.ok && active.stepsPerSecond !== undefined
      ? t('msg.backend.head', { name: BACKEND_LABELS[r.active], rate: rate(active) })
      : BACKEND_LABELS[r.active];
  if (r.how === 'pinned') return t('msg.backend.pinned', { head });
  const others = r.probes
    .filter((p) => p.name !== r.active && (!p.ok || p.stepsPerSecond !== undefined))
    .map((p) => {
      const name = BACKEND_LABELS[p.name];
      if (p.ok) return t('msg.backend.otherRate', { name, rate: rate(p) });
      const why = failureText(t, p.failure);
      return tooSlow(p) ? t('msg.backend.otherSlow', { name, why }) : t('msg.backend.otherFailed', { name, why });
    });
  const vs = others.length ? t('msg.backend.vs', { others: others.join(t('pg.list.comma')) }) : '';
  const measuring = (r.measuring ?? []).filter((n) => n !== r.active);
  let why = '';
  if (r.measuring)
    why = t(r.measurementPaused ? 'msg.backend.measurementPaused' : 'msg.backend.measuring', {
      names: labels(t, measuring),
    });
  else if (r.chosenBy === 'start-order') why = t('msg.backend.startedFirst');
  else if (r.chosenBy === 'memory') why = t('msg.backend.remembered');
  const rest = `${head}${vs}${why}`;
  return r.how === 'fallback' && r.pinned
    ? t('msg.backend.fellBack', {
        name: BACKEND_LABELS[r.pinned.name],
        why: backendFailureText(t, r.pinned.failure),
        rest,
      })
    : t('msg.backend.auto', { rest });
}

/** The header's note when a faster backend waits for the next run. */
export function nextBackendText(t: Translate, r: BackendReport): string | null {
  if (!r.next) return null;
  const faster = r.probes.find((p) => p.name === r.next);
  return t('msg.backend.next', {
    name: BACKEND_LABELS[r.next],
    rate: faster?.stepsPerSecond !== undefined ? rate(faster) : '',
  });
}

/** What went wrong with the backends, one entry each, for the header's warning (a slow one works). */
export function backendWarnings(t: Translate, r: BackendReport): string[] {
  const failed = r.probes
    .filter((p) => !p.ok && !tooSlow(p))
    .map((p) => t('msg.backend.unavailable', { name: BACKEND_LABELS[p.name], why: failureText(t, p.failure) }));
  if (failed.length === 0 && r.how === 'fallback')
    failed.push(t('msg.backend.chosenFailed', { name: BACKEND_LABELS[r.active] }));
  return failed;
}

/** One backend in the list of measured backends (`r`: the report it belongs to). */
export function probeText(t: Translate, p: BackendProbe, r: BackendReport): string {
  const name = BACKEND_LABELS[p.name];
  if (tooSlow(p)) return t('msg.probe.line', { name, text: failureText(t, p.failure) });
  if (!p.ok) return t('msg.probe.unavailable', { name, why: failureText(t, p.failure) });
  const measured =
    p.stepsPerSecond !== undefined
      ? t('msg.probe.rate', { rate: Math.round(p.stepsPerSecond) })
      : t('msg.probe.notTimed');
  const pending = !r.measuring?.includes(p.name)
    ? ''
    : r.measurementPaused
      ? t('msg.probe.paused')
      : t('msg.probe.measuring');
  return t('msg.probe.line', {
    name,
    text: `${measured}${p.name === r.active ? t('msg.probe.training') : ''}${pending}`,
  });
}

/** A backend in the list that the background measurement has not reached yet (`paused`: while training). */
export const probePendingText = (t: Translate, name: BackendName, paused = false): string =>
  t(paused ? 'msg.probe.pendingPaused' : 'msg.probe.pending', { name: BACKEND_LABELS[name] });

function trainerErrorText(t: Translate, e: TrainerError): string {
  switch (e.code) {
    case 'backend-failed':
      return t('msg.error.backendFailed', { backend: backendName(t, e.backend), detail: e.detail });
    case 'no-backend-left':
      return t('msg.error.noBackendLeft', { backend: backendName(t, e.backend), detail: e.detail, why: e.why });
    case 'no-backend':
      return t('msg.error.noBackend', {
        failures: e.failures
          .map((f) => t('msg.error.failure', { name: BACKEND_LABELS[f.name], why: backendFailureText(t, f.failure) }))
          .join(t('pg.list.semicolon')),
      });
    case 'internal':
      return t('msg.error.internal', { detail: e.detail });
    case 'worker-crashing':
      return t('msg.error.workerCrashing', { detail: e.detail });
  }
}

/** The status banner's text. */
export function statusText(t: Translate, s: WorkerStatus): string {
  switch (s.kind) {
    case 'starting':
      if (s.phase === 'worker') return t('msg.status.startingWorker');
      return t('msg.status.starting', { backend: BACKEND_LABELS[s.backend] });
    case 'ready':
      return t('msg.status.training', { backend: BACKEND_LABELS[s.backend.active] });
    case 'diverged':
      return t('msg.status.diverged', { step: s.step, where: s.where });
    case 'error':
      return trainerErrorText(t, s.error);
  }
}

export const workerCrashNoticeText =
  (detail: string) =>
  (t: Translate): string =>
    t('msg.workerCrashed', { detail });
