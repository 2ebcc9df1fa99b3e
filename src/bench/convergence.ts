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
import { analyze } from '../core/analysis';
import { binnedDensity } from '../core/density';
import { targetDistribution } from '../core/distributions';
import { binCenters, CHART_GRID, Z_CELLS } from '../core/grid';
import { noiseQuantileEdges } from '../core/noise';
import type { BackendName } from '../core/protocol';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '../core/settings';
import { createTfGan } from '../engine/tfGan';
import { buildBatchedGan } from '../engine/batchedGan';

/** Targets a lesson uses: the default single Gaussian, a wide one, two and three modes, a uniform. */
export const TARGETS: Record<string, Partial<Settings>> = {
  single: { targetKind: 'mixture', components: 1, mean0: 1.5, std0: 0.6 },
  wide: { targetKind: 'mixture', components: 1, mean0: -0.5, std0: 1.5 },
  bimodal: { targetKind: 'mixture', components: 2, mean0: -2, std0: 0.5, weight0: 1, mean1: 2, std1: 0.5, weight1: 1 },
  trimodal: {
    targetKind: 'mixture',
    components: 3,
    mean0: -3,
    std0: 0.4,
    weight0: 1,
    mean1: 0,
    std1: 0.4,
    weight1: 1,
    mean2: 3,
    std2: 0.4,
    weight2: 1,
  },
  uniform: { targetKind: 'uniform', uniformLow: -1, uniformHigh: 2 },
};

/** Training variants: overrides of the app's defaults. */
export const VARIANTS: Record<string, Partial<Settings>> = {
  defaults: {},
  plain: { emaDecay: 0 },
  ema: { emaDecay: 0.999 },
  ema99: { emaDecay: 0.99 },
  r1ema99: { r1Gamma: 1, emaDecay: 0.99 },
  r1: { r1Gamma: 1 },
  r1ema: { r1Gamma: 1, emaDecay: 0.999 },
  noise: { instanceNoise: 0.3, instanceNoiseSchedule: 'annealed' },
  k3: { kD: 3 },
  lsgan: { objective: 'lsgan' },
  hinge: { objective: 'hinge' },
  wgan: { objective: 'wgan' },
  wgan5: { objective: 'wgan', kD: 5 },
  wganGp: { objective: 'wgan-gp' },
  wganGpTwoSided: { objective: 'wgan-gp', gpOneSided: false },
  optimalD: { optimalD: true },
  optimalDMinimax: { optimalD: true, generatorLoss: 'minimax' },
  optimalDWgan: { optimalD: true, objective: 'wgan' },
  optimalDLsgan: { optimalD: true, objective: 'lsgan' },
  // Candidates for the default lesson's last few seeds (issue 16): a light R1, a wider D, rates.
  r1small: { r1Gamma: 0.1 },
  dWide: { dHidden: 32 },
  dDeep: { dDepth: 3 },
  lrG1e4: { lrG: 1e-4 },
  lrD2e3: { lrD: 0.002 },
};

const THRESHOLD = 0.01;
const CHECK_EVERY = 250;
/** "Reached" must happen by this step (about 4 s in the app). */
const REACH_BY = 4000;
/** A mode is held when p_model keeps at least this share of its target weight. */
const HELD_SHARE = 1 / 3;

interface Check {
  step: number;
  js: number;
  /** Captured mass / target weight per mode (empty for a single mode or a uniform). */
  modeShares: number[];
}

interface SeedRun {
  seed: number;
  checks: Check[];
  /** First checked step with JS < THRESHOLD, or null. */
  reachedAt: number | null;
  /** Training time per 1000 steps of this model (a batch's time shared by its models). */
  msPer1000: number;
}

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

/** JS and the per-mode shares of G's pushforward (D plays no part in them). */
function checker(settings: Settings) {
  const target = targetDistribution(settings);
  const pData = binnedDensity(target, CHART_GRID);
  return (step: number, g: Float32Array, d: Float32Array): Check => {
    const a = analyze({ target, gAtZEdges: g, dAtCenters: d, grid: CHART_GRID, pData });
    return { step, js: a.js, modeShares: (a.modes ?? []).map((m) => m.mass / m.weight) };
  };
}

function seedRun(seed: number, checks: Check[], msPer1000: number): SeedRun {
  const reached = checks.find((c) => c.js < THRESHOLD);
  return { seed, checks, reachedAt: reached ? reached.step : null, msPer1000 };
}

async function trainOneSeed(settings: Settings, steps: number, backend: BackendName): Promise<SeedRun> {
  const zEdges = noiseQuantileEdges(settings.noise, Z_CELLS);
  const xCenters = Float32Array.from(binCenters(CHART_GRID));
  const check = checker(settings);
  const gan = await createTfGan(backend, settings);
  const checks: Check[] = [];
  let trainMs = 0;
  try {
    for (let step = CHECK_EVERY; step <= steps; step += CHECK_EVERY) {
      const t0 = performance.now();
      gan.trainSteps(CHECK_EVERY);
      await gan.losses(); // wait for the queued steps, so the time is the training's
      trainMs += performance.now() - t0;
      const { g, d } = await gan.evaluate(zEdges, xCenters);
      checks.push(check(step, g, d));
    }
  } finally {
    gan.dispose();
  }
  return seedRun(settings.seed, checks, (1000 * trainMs) / steps);
}

/** The seeds trained together on the batched engine: model i is the single run with seeds[i]. */
async function trainSeedBatch(settings: Settings, seeds: number[], steps: number, backend: BackendName) {
  const zEdges = noiseQuantileEdges(settings.noise, Z_CELLS);
  const noD = new Float32Array(CHART_GRID.bins);
  const check = checker(settings);
  const gan = buildBatchedGan(backend, settings, seeds);
  const checks: Check[][] = seeds.map(() => []);
  let trainMs = 0;
  try {
    for (let step = CHECK_EVERY; step <= steps; step += CHECK_EVERY) {
      const t0 = performance.now();
      gan.trainSteps(CHECK_EVERY);
      // The read-back waits for the queued steps (on WASM and CPU they have run already).
      const gs = await gan.generators(zEdges);
      trainMs += performance.now() - t0;
      gs.forEach((g, i) => checks[i].push(check(step, g, noD)));
    }
  } finally {
    gan.dispose();
  }
  return seeds.map((seed, i) => seedRun(seed, checks[i], (1000 * trainMs) / steps / seeds.length));
}

/** Seeds 1..count of one setup, in batches of at most `models` (one by one on the single engine). */
async function trainSeeds(base: Settings, count: number, args: ReturnType<typeof parseArgs>): Promise<SeedRun[]> {
  const seeds = Array.from({ length: count }, (_, i) => i + 1);
  const runs: SeedRun[] = [];
  const batched = args.engine === 'batched' && !base.optimalD;
  const size = batched ? Math.max(1, args.models) : 1;
  for (let from = 0; from < count; from += size) {
    const part = seeds.slice(from, from + size);
    const tensors = tf.memory().numTensors;
    if (batched) runs.push(...(await trainSeedBatch(base, part, args.steps, args.backend)));
    else runs.push(await trainOneSeed({ ...base, seed: part[0] }, args.steps, args.backend));
    if (tf.memory().numTensors !== tensors) throw new Error(`leak: ${tf.memory().numTensors - tensors} tensors`);
    process.stderr.write('.'.repeat(part.length));
  }
  return runs;
}

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
  msPer1000: number;
}

function summarize(target: string, runs: SeedRun[], steps: number): TargetSummary {
  const lateFrom = steps - (3 * steps) / 8;
  const late = (r: SeedRun) => r.checks.filter((c) => c.step > lateFrom);
  const reachedSteps = runs.filter((r) => r.reachedAt !== null && r.reachedAt <= REACH_BY).map((r) => r.reachedAt!);
  const lateChecks = runs.flatMap(late);
  const multiMode = runs[0]?.checks[0]?.modeShares.length > 1;
  const held = (r: SeedRun) => {
    const shares = late(r).map((c) => c.modeShares);
    return shares[0].every((_, i) => median(shares.map((s) => s[i])) >= HELD_SHARE);
  };
  return {
    target,
    seeds: runs.length,
    reachedBy4000: reachedSteps.length,
    reachedByEnd: runs.filter((r) => r.reachedAt !== null).length,
    medianStepsToReach: reachedSteps.length > runs.length / 2 ? median(runs.map((r) => r.reachedAt ?? Infinity)) : null,
    medianLateJs: median(runs.map((r) => median(late(r).map((c) => c.js)))),
    lateBelowShare: lateChecks.filter((c) => c.js < THRESHOLD).length / Math.max(1, lateChecks.length),
    modesHeld: multiMode ? runs.filter(held).length : null,
    msPer1000: median(runs.map((r) => r.msPer1000)),
  };
}

function printTable(variant: string, rows: TargetSummary[], steps: number) {
  console.log(
    `\nvariant ${variant}: ${JSON.stringify(VARIANTS[variant])}  (JS < ${THRESHOLD} nats; checks every ${CHECK_EVERY} steps; late window = last ${(3 * steps) / 8} of ${steps})`,
  );
  console.log(
    'target     reached≤4000  reached≤end  median steps  median late JS  late checks<0.01  modes held  ms/1000 steps',
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
      const runs = await trainSeeds(settings, args.seeds, args);
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
