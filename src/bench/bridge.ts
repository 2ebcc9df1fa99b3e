// `npm run bench:bridge -- --target bimodal --variants r1Leaky,r1LeakyG32 --seeds 10 --steps 8000`:
// why a GAN that keeps every mode of a mixture still does not settle at JS < 0.01. G is continuous, so
// between two modes it must cross the gap, and the noise mass it spends crossing lands in the gap: the
// bridge. Its mass is at least p_z(z*) × (gap width) / (G's steepest slope in the gap); to hold no more
// than p_data's own mass there, G needs a slope of (gap width) × p_z(z*) / (p_data's gap mass). This
// prints, per seed at the last step: JS, the bridge's mass against p_data's, and G's steepest slope
// in each gap against the slope that would be needed.
import '@tensorflow/tfjs-backend-wasm';
import * as tf from '@tensorflow/tfjs-core';
import { analyze } from '../core/analysis';
import { targetDistribution } from '../core/distributions';
import { CHART_GRID, Z_CELLS } from '../core/grid';
import { mixtureComponents } from '../core/mixtureSettings';
import { noiseQuantileEdges } from '../core/noise';
import { DEFAULT_SETTINGS, normalizeSettings } from '../core/settings';
import { buildBatchedGan } from '../engine/batchedGan';
import { TARGETS, VARIANTS } from './setups';

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const normalPdf = (z: number) => Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

async function main() {
  await tf.setBackend('wasm');
  await tf.ready();
  const target = arg('target', 'bimodal');
  const seeds = Array.from({ length: Number(arg('seeds', '10')) }, (_, i) => i + 1);
  const steps = Number(arg('steps', '8000'));
  for (const variant of arg('variants', 'r1Leaky').split(',')) {
    const settings = normalizeSettings({ ...DEFAULT_SETTINGS, ...TARGETS[target], ...VARIANTS[variant] });
    const dist = targetDistribution(settings);
    const comps = mixtureComponents(settings).sort((a, b) => a.mean - b.mean);
    const total = comps.reduce((a, c) => a + c.weight, 0);
    // The gaps: between μᵢ + 2σᵢ and μᵢ₊₁ − 2σᵢ₊₁.
    const gaps = comps.slice(1).map((c, i) => [comps[i].mean + 2 * comps[i].std, c.mean - 2 * c.std] as const);
    const dataMass = (lo: number, hi: number) => dist.cdf(hi) - dist.cdf(lo);
    const zEdges = noiseQuantileEdges(settings.noise, Z_CELLS);
    const gan = buildBatchedGan('wasm', settings, seeds);
    gan.trainSteps(steps);
    const gs = await gan.generators(zEdges);
    gan.dispose();
    console.log(
      `\n${target}, ${variant} ${JSON.stringify(VARIANTS[variant])}, step ${steps} (p_data's mass in each gap: ${gaps.map(([a, b]) => dataMass(a, b).toFixed(4)).join(', ')}; weights ${comps.map((c) => (c.weight / total).toFixed(2)).join('/')})`,
    );
    console.log(
      'seed   JS (share from the gaps)   bridge mass (p_model / p_data, per gap)   G steepest slope in gap / slope needed',
    );
    const rows: { js: number; gapShare: number; ratio: number; slopeShare: number }[] = [];
    gs.forEach((g, i) => {
      const a = analyze({
        target: dist,
        gAtZEdges: g,
        dAtCenters: new Float32Array(CHART_GRID.bins),
        grid: CHART_GRID,
      });
      const js = a.js;
      // The share of JS that comes from the gaps: its integrand summed over the gaps' bins.
      const dx = (CHART_GRID.max - CHART_GRID.min) / CHART_GRID.bins;
      let jsGaps = 0;
      for (let b = 0; b < CHART_GRID.bins; b++) {
        const x = CHART_GRID.min + (b + 0.5) * dx;
        if (!gaps.some(([lo, hi]) => x > lo && x < hi)) continue;
        const p = a.pData[b];
        const q = a.pModel[b];
        const m = (p + q) / 2;
        if (p > 0) jsGaps += 0.5 * p * Math.log(p / m) * dx;
        if (q > 0) jsGaps += 0.5 * q * Math.log(q / m) * dx;
      }
      const cells = [];
      for (const [lo, hi] of gaps) {
        let mass = 0;
        let steepest = 0;
        let zAt = 0;
        for (let c = 0; c < Z_CELLS; c++) {
          const mid = (g[c] + g[c + 1]) / 2;
          if (mid <= lo || mid >= hi) continue;
          mass += 1 / Z_CELLS;
          const slope = Math.abs(g[c + 1] - g[c]) / (zEdges[c + 1] - zEdges[c]);
          if (slope > steepest) {
            steepest = slope;
            zAt = (zEdges[c] + zEdges[c + 1]) / 2;
          }
        }
        const needed = ((hi - lo) * normalPdf(zAt)) / dataMass(lo, hi);
        cells.push({ mass, data: dataMass(lo, hi), steepest, needed });
      }
      rows.push({
        js,
        gapShare: jsGaps / js,
        ratio: Math.max(...cells.map((c) => c.mass / c.data)),
        slopeShare: Math.min(...cells.map((c) => c.steepest / c.needed)),
      });
      console.log(
        `${String(seeds[i]).padStart(4)}  ${js.toFixed(4)} (${((100 * jsGaps) / js).toFixed(0)}% in gaps)  ${cells
          .map((c) => `${c.mass.toFixed(4)} / ${c.data.toFixed(4)} (×${(c.mass / c.data).toFixed(1)})`)
          .join('  ')
          .padEnd(42)}  ${cells.map((c) => `${c.steepest.toFixed(1)} / ${c.needed.toFixed(1)}`).join('  ')}`,
      );
    });
    console.log(
      `median: JS ${median(rows.map((r) => r.js)).toFixed(4)} (${(100 * median(rows.map((r) => r.gapShare))).toFixed(0)}% of it from the gaps), bridge ×${median(rows.map((r) => r.ratio)).toFixed(1)} p_data's, G's slope ${(100 * median(rows.map((r) => r.slopeShare))).toFixed(0)}% of the needed`,
    );
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
