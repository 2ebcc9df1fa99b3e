// The benchmark page (bench.html, its own build entry: nothing here reaches the app's bundle).
// Starts the bench worker, shows its progress, and publishes the summary as window.__benchResult
// for bench/run.mjs.
import type {
  BatchedMeasurement,
  BatchedSummary,
  BenchConfig,
  BenchFromWorker,
  BenchResult,
  EngineName,
  EngineSummary,
} from './types';

declare global {
  interface Window {
    __benchResult?: BenchResult;
  }
}

const params = new URLSearchParams(location.search);
/** `only=batched`: the batched section alone (no engine timings, no time to JS). */
const onlyBatched = params.get('only') === 'batched';
const config: BenchConfig = {
  engines:
    (params.get('engines')?.split(',') as EngineName[] | undefined) ??
    (onlyBatched ? ['webgl', 'wasm', 'cpu'] : ['reference', 'webgl', 'wasm', 'cpu']),
  batches: params.get('batches')?.split(',').map(Number) ?? [128, 512],
  rounds: Number(params.get('rounds') ?? 3),
  warmupSteps: 20,
  trainMs: Number(params.get('ms') ?? 1500),
  stepsPerCall: 10,
  snapshotWarmup: 2,
  snapshotRepeats: 7,
  convergenceSeeds: onlyBatched ? 0 : Number(params.get('seeds') ?? 3),
  convergenceMaxSeconds: Number(params.get('maxSeconds') ?? 30),
  convergenceThreshold: 0.01,
  engineTimings: !onlyBatched,
  batchedModels: (params.get('batched') ?? '1,4,8,16,32').split(',').filter(Boolean).map(Number),
  ...(params.get('convergenceBackend') ? { convergenceBackend: params.get('convergenceBackend') as EngineName } : {}),
};

const out = document.getElementById('log')!;
const lines: string[] = [];
const show = (text: string) => {
  lines.push(text);
  out.textContent += text + '\n';
  console.log(`[bench] ${text}`);
};

const median = (xs: number[]): number | null => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Per tfjs backend: medians over rounds of one GAN's steps/s and of each N's model-steps/s, and their ratio. */
function summarizeBatched(
  all: BatchedMeasurement[],
  failures: Partial<Record<EngineName, string>>,
): BatchedSummary[] | null {
  if (config.batchedModels.length === 0) return null;
  const backends = (['webgl', 'wasm', 'cpu'] as const).filter((e) => config.engines.includes(e));
  return backends.map((engine) => {
    const runs = (models: number) =>
      all.filter((m) => m.engine === engine && m.models === models).map((m) => m.modelStepsPerSecond);
    const single = median(runs(0));
    const error = failures[engine];
    return {
      engine,
      ok: !error,
      ...(error ? { error } : {}),
      singleStepsPerSecond: single,
      rows: config.batchedModels.map((models) => {
        const rate = median(runs(models));
        return {
          models,
          modelStepsPerSecond: rate,
          runs: runs(models),
          ratio: rate !== null && single ? rate / single : null,
        };
      }),
    };
  });
}

function publish(result: BenchResult) {
  window.__benchResult = result;
  document.getElementById('result')!.textContent = JSON.stringify(result, null, 2);
}

show(`config: ${JSON.stringify(config)}`);
const worker = new Worker(new URL('./bench.worker.ts', import.meta.url), { type: 'module', name: 'bench' });
/** A run that ended in an error still publishes a result, so bench/run.mjs can say what happened. */
function publishFailure(error: string) {
  publish({
    ok: false,
    error,
    config,
    engines: [],
    zCount: 0,
    xCount: 0,
    leaks: [],
    hardwareConcurrency: navigator.hardwareConcurrency,
    userAgent: navigator.userAgent,
    convergence: null,
    batched: null,
    defaults: null,
    log: lines,
  });
}

worker.onerror = (e) => {
  show(`worker error: ${e.message}`);
  publishFailure(`worker error: ${e.message}`);
};
worker.onmessage = (e: MessageEvent<BenchFromWorker>) => {
  const m = e.data;
  if (m.kind === 'progress') {
    show(m.text);
    return;
  }
  if (m.kind === 'error') {
    show(`error: ${m.message}`);
    publishFailure(m.message);
    return;
  }
  const engines: EngineSummary[] = config.engines.map((engine) => {
    const runs = m.train.filter((t) => t.engine === engine);
    const snaps = m.snapshots.filter((s) => s.engine === engine).map((s) => s.ms);
    const stepsPerSecond: Record<string, number | null> = {};
    const stepsPerSecondRuns: Record<string, number[]> = {};
    const warmupMs: Record<string, number | null> = {};
    for (const b of config.batches) {
      const r = runs.filter((t) => t.batch === b);
      stepsPerSecondRuns[b] = r.map((t) => t.stepsPerSecond);
      stepsPerSecond[b] = median(stepsPerSecondRuns[b]);
      warmupMs[b] = median(r.map((t) => t.warmupMs));
    }
    const error = m.failures[engine];
    return {
      engine,
      ok: !error,
      ...(error ? { error } : {}),
      stepsPerSecond,
      stepsPerSecondRuns,
      warmupMs,
      snapshotMs: median(snaps),
      snapshotMsRuns: snaps,
    };
  });
  show('done');
  publish({
    ok: true,
    config,
    engines,
    zCount: m.zCount,
    xCount: m.xCount,
    leaks: m.leaks,
    hardwareConcurrency: m.hardwareConcurrency,
    userAgent: m.userAgent,
    convergence: m.convergence,
    batched: summarizeBatched(m.batched, m.batchedFailures),
    defaults: m.defaults,
    log: lines,
  });
  worker.terminate();
};
worker.postMessage(config);
