// How the page turns backend measurements into a choice: the order 'auto' should try (a plan for the
// worker), whether a measured backend is worth switching to, and the one report the header shows
// (the worker's report merged with the page's background measurement). Pure functions, no browser.
import {
  START_ORDER,
  type BackendName,
  type BackendPlan,
  type BackendProbe,
  type BackendReport,
} from '../core/protocol';
import type { BackendChoice } from '../core/settings';

/**
 * A measured backend replaces the active one only when it is at least this much faster: two close
 * rates are measurement noise on a busy machine, and a switch is not free (WebGL compiles shaders).
 */
const SWITCH_MARGIN = 1.15;

/** What the page knows from measuring the backends (in the background, or remembered). */
export interface Measurement {
  /**
   * 'none': not measured (yet); 'running': some probes still pending; 'paused': some pending, waiting
   * for training to stop; 'done': every backend answered.
   */
  phase: 'none' | 'running' | 'paused' | 'done';
  probes: BackendProbe[];
  /** With 'running' and 'paused': the backends not measured yet. */
  pending: BackendName[];
  /** 'memory': read from storage (measured on an earlier load on this device). */
  source: 'measurement' | 'memory';
}

export const NOT_MEASURED: Measurement = { phase: 'none', probes: [], pending: [], source: 'measurement' };

/** A measured rate: started and timed. */
function comparableRate(p: BackendProbe | undefined): number | undefined {
  return p?.ok ? p.stepsPerSecond : undefined;
}

/** The working, timed backends, fastest first, for the worker. */
export function planFrom(probes: BackendProbe[], source: BackendPlan['source']): BackendPlan {
  const order = probes
    .filter((p) => comparableRate(p) !== undefined)
    .sort((a, b) => comparableRate(b)! - comparableRate(a)!)
    .map((p) => p.name);
  return { order, probes, source };
}

/**
 * The measured backend to move to from `active`, if one is faster by SWITCH_MARGIN. Never one that
 * failed in the training worker, and never away from an active backend whose rate is unknown.
 */
export function fasterBackend(
  probes: readonly BackendProbe[],
  active: BackendName,
  exclude: ReadonlySet<BackendName> = new Set(),
): BackendName | null {
  const activeRate = comparableRate(probes.find((p) => p.name === active));
  if (activeRate === undefined) return null;
  let best: { name: BackendName; rate: number } | null = null;
  for (const p of probes) {
    const rate = comparableRate(p);
    if (p.name === active || exclude.has(p.name) || rate === undefined) continue;
    if (!best || rate > best.rate) best = { name: p.name, rate };
  }
  return best && best.rate > SWITCH_MARGIN * activeRate ? best.name : null;
}

/** Backends the training worker found broken itself (they failed to start or while training there). */
export function failedInWorker(report: BackendReport, plan: BackendPlan | null): Set<BackendName> {
  const fromPlan = new Map((plan?.probes ?? []).map((p) => [p.name, p]));
  return new Set(
    report.probes
      .filter((p) => !p.ok && (p.failure?.code === 'failed-in-training' || fromPlan.get(p.name)?.ok !== false))
      .map((p) => p.name),
  );
}

/**
 * The report the header shows: the worker's (what trains and why), with the background measurement's
 * rates and failures, what is still being measured, and a faster backend waiting for the next run.
 */
export function displayReport(
  worker: BackendReport,
  m: Measurement,
  opts: { choice: BackendChoice; plan: BackendPlan | null; switching: boolean },
): BackendReport {
  const broken = failedInWorker(worker, opts.plan);
  const probes = new Map(worker.probes.map((p) => [p.name, p]));
  for (const p of m.probes) {
    // The training worker's own failures stand; the active backend works whatever a probe said.
    if (broken.has(p.name)) continue;
    if (p.name === worker.active && !p.ok) continue;
    probes.set(p.name, p);
  }
  const order = (p: BackendProbe) => (p.name === worker.active ? 0 : p.ok ? 1 : 2);
  const merged = [...probes.values()].sort(
    (a, b) => order(a) - order(b) || START_ORDER.indexOf(a.name) - START_ORDER.indexOf(b.name),
  );
  const report: BackendReport = { ...worker, probes: merged };
  delete report.measuring;
  delete report.measurementPaused;
  if (m.phase === 'running' || m.phase === 'paused') report.measuring = [...m.pending];
  if (m.phase === 'paused') report.measurementPaused = true;
  if (m.phase === 'done' && m.source === 'measurement' && worker.how !== 'pinned') report.chosenBy = 'measurement';
  delete report.next;
  if (opts.choice === 'auto' && worker.how === 'auto' && m.phase === 'done' && !opts.switching) {
    const next = fasterBackend(merged, worker.active, broken);
    if (next) report.next = next;
  }
  return report;
}
