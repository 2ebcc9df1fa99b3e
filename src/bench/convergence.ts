// `npm run bench:convergence`: does the GAN land where a lesson says it will? The app's tfjs engine,
// under Node (WASM backend by default), trains seeds × targets × variants; every CHECK_EVERY steps the
// exact JS (and the per-mode mass of mixtures) is computed from the exact pushforward, as in the app.
// The seeds of a target × variant train together on the batched engine (batchedGan.ts: model i is the
// single run with seed i), at most --models at a time; `--engine single` trains them one by one as
// before (the optimal-D variants always do: the batched engine has no optimal-D mode).
// Prints one table per variant and one `CONVERGENCE_JSON` line.
//
//   npm run bench:convergence -- [--seeds 100] [--steps 8000] [--variants defaults,r1] [--targets single,bimodal]
//                                    [--backend wasm|cpu] [--models 32] [--engine batched|single]
//                                    [--out bench/out/convergence.json]
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import * as tf from '@tensorflow/tfjs-core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { BackendName } from '../core/protocol';
import { DEFAULT_SETTINGS, normalizeSettings } from '../core/settings';
import { trainSeeds, type SeedRun } from './seedRuns';
import { TARGETS, VARIANTS } from './setups';

const THRESHOLD = 0.01;
const CHECK_EVERY = 250;
/** "Reached" must happen by this step (about 4 s in the app). */
const REACH_BY = 4000;
/** A mode is held when p_model keeps at least this share of its target weight. */
const HELD_SHARE = 1 / 3;

function parseArgs(argv: string[]) {
  const get = (name: string, fallback: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
  };
  return {
    seeds: Number(get('seeds', '100')),
    steps: Number(get('steps', '8000')),
    variants: get('variants', Object.keys(VARIANTS).join(',')).split(','),
    targets: get('targets', Object.keys(TARGETS).join(',')).split(','),
    backend: get('backend', 'wasm') as BackendName,
    models: Number(get('models', '32')),
    engine: get('engine', 'batched') as 'batched' | 'single',
    out: get('out', ''),
  };
}

const median = (xs: number[]): number => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** First checked step with JS < THRESHOLD, or null. */
const reachedAt = (r: SeedRun): number | null => r.checks.find((c) => c.js < THRESHOLD)?.step ?? null;

interface TargetSummary {
  target: string;
  seeds: number;
  /** Seeds with JS < THRESHOLD at some check by REACH_BY, and by the last step. */
  reachedBy4000: number;
  reachedByEnd: number;
  medianStepsToReach: number | null;
  /** Median over seeds of the median JS over the last window (the last 3/8 of the steps). */
  medianLateJs: number;
  /** Share of all checks in the last window below THRESHOLD. */
  lateBelowShare: number;
  /** Seeds on which every mode keeps ≥ HELD_SHARE of its weight (median over the last window); null: one mode. */
  modesHeld: number | null;
  /** Seeds that settled: the median JS over the last window below THRESHOLD, and every mode held. */
  settled: number;
  msPer1000: number;
}

function summarize(target: string, runs: SeedRun[], steps: number): TargetSummary {
  const lateFrom = steps - (3 * steps) / 8;
  const late = (r: SeedRun) => r.checks.filter((c) => c.step > lateFrom);
  const reached = runs.map(reachedAt);
  const reachedSteps = reached.filter((s): s is number => s !== null && s <= REACH_BY);
  const lateChecks = runs.flatMap(late);
  const multiMode = runs[0]?.checks[0]?.modeShares.length > 1;
  const held = (r: SeedRun) => {
    if (late(r).some((c) => c.diverged)) return false;
    const shares = late(r).map((c) => c.modeShares);
    return shares[0].every((_, i) => median(shares.map((s) => s[i])) >= HELD_SHARE);
  };
  return {
    target,
    seeds: runs.length,
    reachedBy4000: reachedSteps.length,
    reachedByEnd: reached.filter((s) => s !== null).length,
    medianStepsToReach: reachedSteps.length > runs.length / 2 ? median(reached.map((s) => s ?? Infinity)) : null,
    medianLateJs: median(runs.map((r) => median(late(r).map((c) => c.js)))),
    lateBelowShare: lateChecks.filter((c) => c.js < THRESHOLD).length / Math.max(1, lateChecks.length),
    modesHeld: multiMode ? runs.filter(held).length : null,
    settled: runs.filter((r) => median(late(r).map((c) => c.js)) < THRESHOLD && (!multiMode || held(r))).length,
    msPer1000: median(runs.map((r) => r.msPer1000)),
  };
}

function printTable(variant: string, rows: TargetSummary[], steps: number) {
  console.log(
    `\nvariant ${variant}: ${JSON.stringify(VARIANTS[variant])}  (JS < ${THRESHOLD} nats; checks every ${CHECK_EVERY} steps; late window = last ${(3 * steps) / 8} of ${steps})`,
  );
  console.log(
    'target     reached≤4000  reached≤end  median steps  median late JS  late checks<0.01  modes held  settled  ms/1000 steps',
  );
  for (const r of rows) {
    const cells = [
      r.target.padEnd(10),
      `${r.reachedBy4000}/${r.seeds}`.padStart(12),
      `${r.reachedByEnd}/${r.seeds}`.padStart(12),
      (r.medianStepsToReach === null ? '–' : String(r.medianStepsToReach)).padStart(13),
      r.medianLateJs.toFixed(4).padStart(15),
      `${(100 * r.lateBelowShare).toFixed(0)}%`.padStart(17),
      (r.modesHeld === null ? '–' : `${r.modesHeld}/${r.seeds}`).padStart(11),
      `${r.settled}/${r.seeds}`.padStart(8),
      r.msPer1000.toFixed(0).padStart(14),
    ];
    console.log(cells.join('  '));
  }
}

async function main() {
  const started = performance.now();
  const args = parseArgs(process.argv.slice(2));
  await tf.setBackend(args.backend);
  await tf.ready();
  const result: Record<string, TargetSummary[]> = {};
  for (const variant of args.variants) {
    if (!VARIANTS[variant]) throw new Error(`unknown variant ${variant} (${Object.keys(VARIANTS).join(', ')})`);
    result[variant] = [];
    for (const target of args.targets) {
      if (!TARGETS[target]) throw new Error(`unknown target ${target} (${Object.keys(TARGETS).join(', ')})`);
      const settings = normalizeSettings({ ...DEFAULT_SETTINGS, ...TARGETS[target], ...VARIANTS[variant], seed: 1 });
      const seeds = Array.from({ length: args.seeds }, (_, i) => i + 1);
      const runs = await trainSeeds(settings, seeds, {
        ...args,
        checkEvery: CHECK_EVERY,
        onProgress: (n) => process.stderr.write('.'.repeat(n)),
      });
      result[variant].push(summarize(target, runs, args.steps));
    }
    printTable(variant, result[variant], args.steps);
  }
  const json = { backend: tf.getBackend(), seeds: args.seeds, steps: args.steps, threshold: THRESHOLD, result };
  console.log(`CONVERGENCE_JSON ${JSON.stringify(json)}`);
  process.stderr.write(`\n${args.engine} engine: ${((performance.now() - started) / 1000).toFixed(1)} s in all\n`);
  if (args.out) {
    mkdirSync(dirname(args.out), { recursive: true });
    writeFileSync(args.out, JSON.stringify(json, null, 2));
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
