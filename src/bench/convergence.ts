// `npm run bench:convergence`: does the GAN land where a lesson says it will? The app's tfjs engine,
// under Node (WASM backend by default), trains seeds × targets × variants; every CHECK_EVERY steps the
// exact JS (and the per-mode mass of mixtures) is computed from the exact pushforward, as in the app.
// Prints one table per variant and one `CONVERGENCE_JSON` line.
//
//   npm run bench:convergence -- [--seeds 10] [--steps 8000] [--variants defaults,r1] [--targets single,bimodal]
//                                    [--backend wasm|cpu] [--out bench/out/convergence.json]
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
  msPer1000: number;
}

function parseArgs(argv: string[]) {
  const get = (name: string, fallback: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
  };
  return {
    seeds: Number(get('seeds', '10')),
    steps: Number(get('steps', '8000')),
    variants: get('variants', Object.keys(VARIANTS).join(',')).split(','),
    targets: get('targets', Object.keys(TARGETS).join(',')).split(','),
    backend: get('backend', 'wasm') as BackendName,
    out: get('out', ''),
  };
}

const median = (xs: number[]): number => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function trainOneSeed(settings: Settings, steps: number, backend: BackendName): Promise<SeedRun> {
  const target = targetDistribution(settings);
  const pData = binnedDensity(target, CHART_GRID);
  const zEdges = noiseQuantileEdges(settings.noise, Z_CELLS);
  const xCenters = Float32Array.from(binCenters(CHART_GRID));
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
      const a = analyze({ target, gAtZEdges: g, dAtCenters: d, grid: CHART_GRID, pData });
      checks.push({ step, js: a.js, modeShares: (a.modes ?? []).map((m) => m.mass / m.weight) });
    }
  } finally {
    gan.dispose();
  }
  const reached = checks.find((c) => c.js < THRESHOLD);
  return { seed: settings.seed, checks, reachedAt: reached ? reached.step : null, msPer1000: (1000 * trainMs) / steps };
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
  const args = parseArgs(process.argv.slice(2));
  await tf.setBackend(args.backend);
  await tf.ready();
  const result: Record<string, TargetSummary[]> = {};
  for (const variant of args.variants) {
    if (!VARIANTS[variant]) throw new Error(`unknown variant ${variant} (${Object.keys(VARIANTS).join(', ')})`);
    result[variant] = [];
    for (const target of args.targets) {
      if (!TARGETS[target]) throw new Error(`unknown target ${target} (${Object.keys(TARGETS).join(', ')})`);
      const runs: SeedRun[] = [];
      for (let i = 0; i < args.seeds; i++) {
        const settings = normalizeSettings({
          ...DEFAULT_SETTINGS,
          ...TARGETS[target],
          ...VARIANTS[variant],
          seed: i + 1,
        });
        const tensors = tf.memory().numTensors;
        runs.push(await trainOneSeed(settings, args.steps, args.backend));
        if (tf.memory().numTensors !== tensors) throw new Error(`leak: ${tf.memory().numTensors - tensors} tensors`);
        process.stderr.write('.');
      }
      result[variant].push(summarize(target, runs, args.steps));
    }
    printTable(variant, result[variant], args.steps);
  }
  const json = { backend: tf.getBackend(), seeds: args.seeds, steps: args.steps, threshold: THRESHOLD, result };
  console.log(`CONVERGENCE_JSON ${JSON.stringify(json)}`);
  if (args.out) {
    mkdirSync(dirname(args.out), { recursive: true });
    writeFileSync(args.out, JSON.stringify(json, null, 2));
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
