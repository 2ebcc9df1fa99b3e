import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import '@tensorflow/tfjs-backend-cpu';
import { ReferenceGan } from './referenceGan';
import {
  DEFAULT_SETTINGS as APP_DEFAULTS,
  type Activation,
  type GeneratorLossKind,
  type Settings,
} from '../core/settings';

// The settings these tests were measured with (tanh nets, equal Adam rates), pinned so that a change
// of the app's defaults does not silently change what they check.
const DEFAULT_SETTINGS: Settings = {
  ...APP_DEFAULTS,
  gActivation: 'tanh',
  dActivation: 'tanh',
  lrD: 0.002,
  lrG: 0.002,
};
import { createRng } from '../core/random';
import {
  discriminatorSpec,
  generatorSpec,
  initialParameters,
  LEAKY_SLOPE,
  mlpLayout,
  type MlpSpec,
} from '../core/network';

const fill = (rng: { normal(): number }, n: number, scale = 1, shift = 0) =>
  Float32Array.from({ length: n }, () => shift + scale * rng.normal());
const noop = () => {};

function tinySettings(activation: Activation, generatorLoss: GeneratorLossKind): Settings {
  return {
    ...DEFAULT_SETTINGS,
    gHidden: 3,
    gDepth: 2,
    gActivation: activation,
    dHidden: 4,
    dDepth: 2,
    dActivation: activation,
    batchSize: 6,
    generatorLoss,
  };
}

describe('ReferenceGan gradients', () => {
  // Central differences of J(D) and J(G), one parameter at a time, against the analytic gradients.
  // tanh: h = 1e-2 keeps the float32 rounding of the losses (~1e-7 / h) and the O(h²) truncation error
  // both near 1e-5 (measured worst error 2.5e-5). ReLU-type nets are piecewise linear: a kink crossed by a
  // ±h step gives an error ∝ h (seen: 8e-3 at h = 1e-2 for leaky ReLU), so they use h = 5e-4 (worst 1e-4).
  const cases: [Activation, GeneratorLossKind][] = [
    ['tanh', 'non-saturating'],
    ['tanh', 'minimax'],
    ['relu', 'non-saturating'],
    ['leakyRelu', 'minimax'],
  ];
  for (const [activation, loss] of cases) {
    it(`matches finite differences (${activation}, ${loss})`, () => {
      const s = tinySettings(activation, loss);
      const rng = createRng(7);
      // Scale the initial weights up a little so that the gradients are not all tiny.
      const g0 = initialParameters(generatorSpec(s), rng).map((v, i) => v * 1.5 + (i % 3 === 0 ? 0.1 : -0.05));
      const d0 = initialParameters(discriminatorSpec(s), rng).map((v, i) => v * 1.5 + (i % 2 === 0 ? 0.08 : -0.03));
      const xReal = fill(rng, s.batchSize, 0.6, 1.5);
      const zFake = fill(rng, s.batchSize);
      const zG = fill(rng, s.batchSize);
      const at = (g: Float32Array, d: Float32Array) =>
        new ReferenceGan(s, g, d, noop, noop).gradientsFor(xReal, zFake, zG);
      const base = at(g0, d0);
      const h = activation === 'tanh' ? 1e-2 : 5e-4;

      const check = (analytic: number, plus: number, minus: number, step: number) => {
        const numeric = (plus - minus) / step;
        expect(Math.abs(numeric - analytic)).toBeLessThan(3e-4 + 1e-3 * Math.abs(analytic));
      };
      let nonZero = 0;
      for (let k = 0; k < d0.length; k++) {
        const dp = Float32Array.from(d0),
          dm = Float32Array.from(d0);
        dp[k] += h;
        dm[k] -= h;
        check(base.gradD[k], at(g0, dp).lossD, at(g0, dm).lossD, dp[k] - dm[k]);
        if (Math.abs(base.gradD[k]) > 1e-3) nonZero++;
      }
      for (let k = 0; k < g0.length; k++) {
        const gp = Float32Array.from(g0),
          gm = Float32Array.from(g0);
        gp[k] += h;
        gm[k] -= h;
        check(base.gradG[k], at(gp, d0).lossG, at(gm, d0).lossG, gp[k] - gm[k]);
        if (Math.abs(base.gradG[k]) > 1e-3) nonZero++;
      }
      // The check means something only if most gradients are clearly non-zero.
      expect(nonZero).toBeGreaterThan((d0.length + g0.length) / 2);
    });
  }

  it('D loss at D ≡ ½ is log 2 and the two generator losses are ±½ log 2', () => {
    const s = tinySettings('tanh', 'non-saturating');
    const rng = createRng(3);
    const g0 = initialParameters(generatorSpec(s), rng);
    const d0 = new Float32Array(initialParameters(discriminatorSpec(s), rng).length); // all zero: logit 0
    const batch = () => fill(rng, s.batchSize);
    const ns = new ReferenceGan(s, g0, d0, noop, noop).gradientsFor(batch(), batch(), batch());
    const mm = new ReferenceGan({ ...s, generatorLoss: 'minimax' }, g0, d0, noop, noop).gradientsFor(
      batch(),
      batch(),
      batch(),
    );
    expect(ns.lossD).toBeCloseTo(Math.LN2, 6);
    expect(ns.lossG).toBeCloseTo(Math.LN2 / 2, 6);
    expect(mm.lossG).toBeCloseTo(-Math.LN2 / 2, 6);
  });
});

describe('ReferenceGan step wiring', () => {
  // One step = kD D updates, then a G update on fresh noise against the updated D.
  function replay(s: Settings, seed: number) {
    const rng = createRng(seed);
    const g0 = initialParameters(generatorSpec(s), rng);
    const d0 = initialParameters(discriminatorSpec(s), rng);
    const real = [fill(rng, s.batchSize, 0.6, 1.5), fill(rng, s.batchSize, 0.6, 1.5)];
    const noise = [fill(rng, s.batchSize), fill(rng, s.batchSize), fill(rng, s.batchSize)];
    let ri = 0,
      ni = 0;
    const gan = new ReferenceGan(
      s,
      g0,
      d0,
      (out) => out.set(real[ri++]),
      (out) => out.set(noise[ni++]),
    );
    return { g0, d0, real, noise, gan, counts: () => [ri, ni] };
  }

  it('SGD: θ ← θ − lr·∇J, D first, then G against the new D', () => {
    const s = { ...tinySettings('tanh', 'non-saturating'), optimizer: 'sgd' as const, lrD: 0.3, lrG: 0.2 };
    const { g0, d0, real, noise, gan, counts } = replay(s, 11);
    gan.trainSteps(1);
    expect(counts()).toEqual([1, 2]);
    const gr1 = new ReferenceGan(s, g0, d0, noop, noop).gradientsFor(real[0], noise[0], noise[1]);
    const d1 = d0.map((v, k) => v - s.lrD * gr1.gradD[k]);
    const gr2 = new ReferenceGan(s, g0, d1, noop, noop).gradientsFor(real[0], noise[0], noise[1]);
    const g1 = g0.map((v, k) => v - s.lrG * gr2.gradG[k]);
    const p = gan.parameters();
    for (let k = 0; k < d1.length; k++) expect(p.d[k]).toBeCloseTo(d1[k], 6);
    for (let k = 0; k < g1.length; k++) expect(p.g[k]).toBeCloseTo(g1[k], 6);
    expect(gan.losses().lossD).toBeCloseTo(gr1.lossD, 6);
    expect(gan.losses().lossG).toBeCloseTo(gr2.lossG, 6);
  });

  it('kD = 2: two D updates (two real batches, two noise batches), then one G update on fresh noise', () => {
    const s = { ...tinySettings('relu', 'minimax'), optimizer: 'sgd' as const, lrD: 0.1, lrG: 0.1, kD: 2 };
    const { g0, d0, real, noise, gan, counts } = replay(s, 5);
    gan.trainSteps(1);
    expect(counts()).toEqual([2, 3]);
    const at = (d: Float32Array, g: Float32Array, k: number) =>
      new ReferenceGan(s, g, d, noop, noop).gradientsFor(real[k], noise[k], noise[2]);
    const d1 = d0.map((v, k) => v - s.lrD * at(d0, g0, 0).gradD[k]);
    const d2 = d1.map((v, k) => v - s.lrD * at(d1, g0, 1).gradD[k]);
    const g1 = g0.map((v, k) => v - s.lrG * at(d2, g0, 1).gradG[k]);
    const p = gan.parameters();
    for (let k = 0; k < d2.length; k++) expect(p.d[k]).toBeCloseTo(d2[k], 6);
    for (let k = 0; k < g1.length; k++) expect(p.g[k]).toBeCloseTo(g1[k], 6);
  });

  it('Adam single step equals lr·sign(g) for parameters with |g| ≫ ε', () => {
    const s = { ...tinySettings('tanh', 'non-saturating'), lrD: 0.01, lrG: 0.02 };
    const { g0, d0, real, noise, gan } = replay(s, 9);
    gan.trainSteps(1);
    const gr1 = new ReferenceGan(s, g0, d0, noop, noop).gradientsFor(real[0], noise[0], noise[1]);
    const p = gan.parameters();
    for (let k = 0; k < d0.length; k++) {
      if (Math.abs(gr1.gradD[k]) < 1e-5) continue;
      expect(p.d[k]).toBeCloseTo(d0[k] - s.lrD * Math.sign(gr1.gradD[k]), 5);
    }
  });
});

describe('ReferenceGan against tfjs autodiff and tf.train optimizers', () => {
  // An independent implementation: tfjs's gradient tape and its own Adam/SGD (not the app's tfGan.ts),
  // fed the same batches. Both run in float32, so they agree to rounding (measured ≤ 7.2e-7 after 20 steps; the bound is 1e-5).
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  function tfNet(spec: MlpSpec, flat: Float32Array) {
    return mlpLayout(spec).layers.map(({ inSize, outSize, wOffset, bOffset }) => ({
      w: tf.variable(tf.tensor2d(flat.slice(wOffset, wOffset + inSize * outSize), [inSize, outSize])),
      b: tf.variable(tf.tensor1d(flat.slice(bOffset, bOffset + outSize))),
    }));
  }

  const cases: { name: string; s: Settings }[] = [
    { name: 'tanh, Adam, non-saturating', s: { ...DEFAULT_SETTINGS, batchSize: 16 } },
    {
      name: 'leaky ReLU, SGD, minimax, k = 2',
      s: {
        ...DEFAULT_SETTINGS,
        batchSize: 16,
        gActivation: 'leakyRelu',
        dActivation: 'leakyRelu',
        optimizer: 'sgd',
        lrD: 0.05,
        lrG: 0.03,
        generatorLoss: 'minimax',
        kD: 2,
      },
    },
    {
      name: 'ReLU, Adam β1 = 0.9',
      s: {
        ...DEFAULT_SETTINGS,
        batchSize: 16,
        gActivation: 'relu',
        dActivation: 'relu',
        gHidden: 8,
        dDepth: 3,
        beta1: 0.9,
      },
    },
  ];
  for (const { name, s } of cases) {
    it(`matches step for step (${name})`, () => {
      const steps = 20,
        B = s.batchSize;
      const rng = createRng(3);
      const gSpec = generatorSpec(s),
        dSpec = discriminatorSpec(s);
      const g0 = initialParameters(gSpec, rng),
        d0 = initialParameters(dSpec, rng);
      const reals = Array.from({ length: steps * s.kD }, () => fill(rng, B, 0.6, 1.5));
      const noises = Array.from({ length: steps * (s.kD + 1) }, () => fill(rng, B));

      let ri = 0,
        ni = 0;
      const ref = new ReferenceGan(
        s,
        g0,
        d0,
        (out) => out.set(reals[ri++]),
        (out) => out.set(noises[ni++]),
      );
      ref.trainSteps(steps);

      const G = tfNet(gSpec, g0),
        D = tfNet(dSpec, d0);
      const act = (x: tf.Tensor, a: Settings['gActivation']) =>
        a === 'tanh' ? tf.tanh(x) : a === 'relu' ? tf.relu(x) : tf.leakyRelu(x, LEAKY_SLOPE);
      const run = (net: typeof G, a: Settings['gActivation'], x: tf.Tensor) =>
        net.reduce((h, l, k) => {
          const y = tf.add(tf.matMul(h as tf.Tensor2D, l.w), l.b);
          return k < net.length - 1 ? act(y, a) : y;
        }, x);
      const opt = (lr: number) => (s.optimizer === 'adam' ? tf.train.adam(lr, s.beta1, 0.999, 1e-8) : tf.train.sgd(lr));
      const optD = opt(s.lrD),
        optG = opt(s.lrG);
      const dVars = D.flatMap((l) => [l.w, l.b]),
        gVars = G.flatMap((l) => [l.w, l.b]);
      ri = 0;
      ni = 0;
      for (let t = 0; t < steps; t++) {
        for (let k = 0; k < s.kD; k++) {
          const xr = tf.tensor2d(reals[ri++], [B, 1]),
            zf = tf.tensor2d(noises[ni++], [B, 1]);
          optD.minimize(
            () =>
              tf.add(
                tf.mul(0.5, tf.mean(tf.softplus(tf.neg(run(D, s.dActivation, xr))))),
                tf.mul(0.5, tf.mean(tf.softplus(run(D, s.dActivation, run(G, s.gActivation, zf))))),
              ) as tf.Scalar,
            false,
            dVars,
          );
          tf.dispose([xr, zf]);
        }
        const zg = tf.tensor2d(noises[ni++], [B, 1]);
        optG.minimize(
          () => {
            const l = run(D, s.dActivation, run(G, s.gActivation, zg));
            return (
              s.generatorLoss === 'minimax'
                ? tf.mul(-0.5, tf.mean(tf.softplus(l)))
                : tf.mul(0.5, tf.mean(tf.softplus(tf.neg(l))))
            ) as tf.Scalar;
          },
          false,
          gVars,
        );
        zg.dispose();
      }
      const flat = (net: typeof G) => Float32Array.from(net.flatMap((l) => [...l.w.dataSync(), ...l.b.dataSync()]));
      const p = ref.parameters();
      const maxDiff = (a: Float32Array, b: Float32Array) => a.reduce((m, v, i) => Math.max(m, Math.abs(v - b[i])), 0);
      const moved = maxDiff(p.g, g0) + maxDiff(p.d, d0);
      expect(moved).toBeGreaterThan(0.01);
      expect(maxDiff(p.g, flat(G))).toBeLessThan(1e-5);
      expect(maxDiff(p.d, flat(D))).toBeLessThan(1e-5);
      tf.dispose([...dVars, ...gVars]);
      optD.dispose();
      optG.dispose();
    });
  }
});

describe('ReferenceGan training', () => {
  const TARGET_MEAN = 1.5,
    TARGET_STD = 0.6;
  const zProbe = fill(createRng(1234), 4000);

  function moments(gan: ReferenceGan) {
    const x = gan.generate(zProbe);
    let m = 0;
    for (const v of x) m += v;
    m /= x.length;
    let q = 0;
    for (const v of x) q += (v - m) ** 2;
    return { mean: m, std: Math.sqrt(q / (x.length - 1)) };
  }

  /**
   * Default settings, 3000 steps. G's moments are averaged over 21 checkpoints in steps 2000–3000,
   * because this GAN does not settle: in this engine and in a tfjs-cpu re-implementation alike, G's std
   * keeps swinging between ~0.02 and ~1.5 (collapse and re-expansion) while its mean stays near 1.5.
   * Measured over seeds 1–40 and 42, in the window: average |mean − 1.5| 0.07–0.42 (median 0.18;
   * initially 1.5); average std 0.07–0.59 (median 0.46); largest std 0.28–1.56; average |std − 0.6|
   * 0.10–0.53 (median 0.32), i.e. NOT reliably below its initial value (0.01–0.6), so it is not asserted.
   * |J(D) − log 2| ≤ 0.025 and |J(G) − ½ log 2| ≤ 0.06 at step 3000.
   */
  function run(seed: number) {
    const s = { ...DEFAULT_SETTINGS, seed };
    const rng = createRng(seed);
    const g0 = initialParameters(generatorSpec(s), rng);
    const d0 = initialParameters(discriminatorSpec(s), rng);
    const gan = new ReferenceGan(
      s,
      g0,
      d0,
      (out) => {
        for (let i = 0; i < out.length; i++) out[i] = TARGET_MEAN + TARGET_STD * rng.normal();
      },
      (out) => {
        for (let i = 0; i < out.length; i++) out[i] = rng.normal();
      },
    );
    const before = moments(gan);
    gan.trainSteps(2000);
    let meanErr = 0,
      stdErr = 0,
      std = 0,
      maxStd = 0,
      k = 0;
    for (let step = 2000; step <= 3000; step += 50) {
      if (step > 2000) gan.trainSteps(50);
      const m = moments(gan);
      meanErr += Math.abs(m.mean - TARGET_MEAN);
      stdErr += Math.abs(m.std - TARGET_STD);
      std += m.std;
      maxStd = Math.max(maxStd, m.std);
      k++;
    }
    return { before, meanErr: meanErr / k, stdErr: stdErr / k, std: std / k, maxStd, losses: gan.losses() };
  }

  for (const seed of [42, 1, 2, 3]) {
    it(`moves G to N(1.5, 0.6²) in 3000 steps (seed ${seed})`, () => {
      const { before, meanErr, stdErr, std, maxStd, losses } = run(seed);
      console.log(
        `seed ${seed}: before mean ${before.mean.toFixed(3)} std ${before.std.toFixed(3)}; steps 2000–3000 avg |mean−1.5| ${meanErr.toFixed(3)}, avg std ${std.toFixed(3)}, max std ${maxStd.toFixed(3)}, avg |std−0.6| ${stdErr.toFixed(3)}; losses ${losses.lossD.toFixed(3)} / ${losses.lossG.toFixed(3)}`,
      );
      // Untrained G is centred at 0 (zero biases, odd activations): the mean error starts at 1.5.
      expect(Math.abs(before.mean - TARGET_MEAN)).toBeGreaterThan(1.4);
      // The mean is learnt (worst of 41 seeds: 0.42); a G that does not learn stays 1.5 away.
      expect(meanErr).toBeLessThan(0.6);
      // The scale is not learnt stably (see above); these only catch a G stuck collapsed or blown up.
      expect(maxStd).toBeGreaterThan(0.15);
      expect(std).toBeLessThan(1.0);
      // D is near chance (½) at this stage: J(D) ≈ log 2 and J(G) ≈ ½ log 2.
      expect(Math.abs(losses.lossD - Math.LN2)).toBeLessThan(0.1);
      expect(Math.abs(losses.lossG - Math.LN2 / 2)).toBeLessThan(0.1);
    });
  }
});
