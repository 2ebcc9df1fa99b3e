// The one machine-readable line (`BENCH_JSON {…}`): every figure the run measured, null for the parts
// it skipped.
export function benchJson({ engines, machine, uptime, bundles, startup, rate, views, targets }) {
  const e = engines?.engines ?? [];
  const conv = engines?.convergence ?? null;
  const byEngine = (key) => (engines ? Object.fromEntries(e.map((x) => [x.engine, x[key]])) : null);
  return {
    ok: engines ? engines.ok : true,
    ...(engines?.error ? { error: engines.error } : {}),
    machine,
    uptime,
    config: engines?.config ?? null,
    stepsPerSecond: byEngine('stepsPerSecond'),
    stepsPerSecondRuns: byEngine('stepsPerSecondRuns'),
    warmupMs: byEngine('warmupMs'),
    snapshotMs: byEngine('snapshotMs'),
    failures: engines ? Object.fromEntries(e.filter((x) => !x.ok).map((x) => [x.engine, x.error])) : null,
    leaks: engines?.leaks ?? null,
    // Issue 15: N GANs trained as one, per backend (model-steps/s and the ratio to one GAN).
    batched: engines?.batched ?? null,
    bundles,
    secondsToJs001: conv
      ? {
          median: conv.medianSeconds,
          medianSteps: conv.medianSteps,
          backend: conv.backend,
          backendReason: conv.backendReason,
          threshold: conv.threshold,
          maxSeconds: conv.maxSeconds,
          runs: conv.runs.map((r) => ({
            seed: r.seed,
            reached: r.reached,
            seconds: r.seconds === null ? null : +r.seconds.toFixed(3),
            steps: r.steps,
            elapsedSeconds: +r.elapsedSeconds.toFixed(3),
            totalSteps: r.totalSteps,
            snapshots: r.snapshots,
            stepsPerSecond: r.stepsPerSecond === null ? null : Math.round(r.stepsPerSecond),
            initialJs: +r.initialJs.toFixed(5),
            minJs: +r.minJs.toFixed(5),
            minJsStep: r.minJsStep,
            finalJs: +r.finalJs.toFixed(5),
            initMs: Math.round(r.initMs),
            ...(r.error ? { error: r.error } : {}),
          })),
          ...(conv.error ? { error: conv.error } : {}),
        }
      : null,
    // Start-up, the background measurement and 15 s of training (the key kept from earlier runs).
    mainThreadLongTasks: startup,
    firstVisitTraining: rate,
    mainThreadLoadByView: views,
    targets,
  };
}
