// Issue 13's speed targets, checked against this run's figures: each { value, target, met } (met is
// null when the run did not measure it).
export const TARGETS = {
  firstToSteady: 0.9,
  firstToCeiling: 0.6,
  mainThreadBusyPercent: 20,
  longTasksWhileTraining: 0,
  initialJsGzipKB: 150,
  // Issue 15: 16 GANs trained as one ≥ 6× one GAN's steps/s, on the best backend.
  batched16ToOne: 6,
};

/** The backend with the most model-steps/s at N = 16 in the batched section, and its ratio to one GAN. */
export function best16(batched) {
  const at16 = (batched ?? [])
    .map((b) => ({ engine: b.engine, row: b.rows.find((r) => r.models === 16) }))
    .filter((b) => b.row?.modelStepsPerSecond != null);
  return at16.reduce((m, b) => (m === null || b.row.modelStepsPerSecond > m.row.modelStepsPerSecond ? b : m), null);
}

/** The hand-written implementation's steps/s at batch 128 in this run's engine table, or null. */
export const ceilingAt128 = (engines) =>
  engines?.engines?.find((e) => e.engine === 'reference')?.stepsPerSecond?.['128'] ?? null;

const check = (value, op, target) => ({
  value,
  target: `${op} ${target}`,
  met: value === null || value === undefined ? null : op === '≥' ? value >= target : value <= target,
});

export function checkTargets({ engines, rate, views, bundles }) {
  const ceiling = ceilingAt128(engines);
  const best = best16(engines?.batched);
  const first = rate && !rate.error ? rate.firstStepsPerSecond : null;
  const measured = views && !views.error ? views.views : [];
  const busiest = measured.reduce((m, v) => (m === null || (v.busyPercent ?? -1) > m.busyPercent ? v : m), null);
  return {
    // The second rate counts only if the measurement was over by then.
    firstVisitFirst30sToSteady: check(
      rate && !rate.error && rate.measureDone ? rate.ratioFirstToSteady : null,
      '≥',
      TARGETS.firstToSteady,
    ),
    firstVisitFirst30sToCeiling128: {
      ...check(first !== null && ceiling ? +(first / ceiling).toFixed(3) : null, '≥', TARGETS.firstToCeiling),
      ceilingStepsPerSecond: ceiling === null ? null : Math.round(ceiling),
    },
    mainThreadBusyPercentMax: {
      ...check(busiest ? busiest.busyPercent : null, '≤', TARGETS.mainThreadBusyPercent),
      view: busiest?.view ?? null,
    },
    longTasksWhileTrainingInViews: check(
      measured.length ? measured.reduce((n, v) => n + v.longTasks.count, 0) : null,
      '≤',
      TARGETS.longTasksWhileTraining,
    ),
    initialJsGzipKB: check(bundles && !bundles.error ? bundles.initialJsGzipKB : null, '≤', TARGETS.initialJsGzipKB),
    batched16ToOne: {
      ...check(best?.row.ratio != null ? +best.row.ratio.toFixed(2) : null, '≥', TARGETS.batched16ToOne),
      backend: best?.engine ?? null,
    },
  };
}
