// The tfjs engine: hand-written backprop against tfjs's own autodiff, determinism, and no leaks.
import { describe, expect, test } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { createTfGan } from './tfGan';
import { backward, FlatNetwork, forward } from './flatNetwork';
import { DEFAULT_SETTINGS, type Activation, type Settings } from '../core/settings';
import {
  discriminatorSpec,
  generatorSpec,
  initialParameters,
  LEAKY_SLOPE,
  mlpLayout,
  type MlpSpec,
} from '../core/network';
import { createRng } from '../core/random';
import { binCenters, CHART_GRID, Z_CELLS } from '../core/grid';
import { noiseQuantileEdges } from '../core/noise';
import { analyze } from '../core/analysis';
import { targetDistribution } from '../core/distributions';

/** The same MLP written the plain way (slices of the flat vector, tfjs ops) so tf.grads can differentiate it. */
function autodiffMlp(flat: tf.Tensor1D, spec: MlpSpec, x: tf.Tensor2D): tf.Tensor2D {
  const { layers } = mlpLayout(spec);
  let h: tf.Tensor2D = x;
  layers.forEach(({ inSize, outSize, wOffset, bOffset }, i) => {
    const w = tf.reshape(tf.slice(flat, wOffset, inSize * outSize), [inSize, outSize]);
    const z = tf.add(tf.matMul(h, w as tf.Tensor2D), tf.slice(flat, bOffset, outSize)) as tf.Tensor2D;
    const act = spec.activation;
    h =
      i === layers.length - 1
        ? z
        : act === 'tanh'
          ? tf.tanh(z)
          : act === 'relu'
            ? tf.relu(z)
            : tf.leakyRelu(z, LEAKY_SLOPE);
  });
  return h;
}

/** A batch as the engine holds it: [1, n, 1]. */
const column = (values: number[]) => tf.tensor3d(values, [1, values.length, 1]);
const as2d = (t: tf.Tensor) => tf.reshape(t, [t.size, 1]) as tf.Tensor2D;

function maxAbsDiff(a: Float32Array | Int32Array | Uint8Array, b: Float32Array | Int32Array | Uint8Array): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

describe('hand-written backprop equals tfjs autodiff', async () => {
  await tf.setBackend('cpu');
  const activations: Activation[] = ['tanh', 'relu', 'leakyRelu'];
  for (const activation of activations) {
    test(`discriminator and generator gradients, ${activation}`, () => {
      const s: Settings = {
        ...DEFAULT_SETTINGS,
        gHidden: 5,
        dHidden: 6,
        gDepth: 2,
        dDepth: 2,
        gActivation: activation,
        dActivation: activation,
      };
      const rng = createRng(7);
      const g = new FlatNetwork(
        generatorSpec(s),
        initialParameters(generatorSpec(s), rng).map((v) => v + 0.1 * rng.normal()),
        'Gtest' + activation,
      );
      const d = new FlatNetwork(
        discriminatorSpec(s),
        initialParameters(discriminatorSpec(s), rng).map((v) => v + 0.1 * rng.normal()),
        'Dtest' + activation,
      );
      const real = column([1.2, 0.3, -0.7, 2.1]);
      const z = column([-1.1, 0.4, 0.9, -0.2]);
      const labels = column([1, 1, 1, 1, 0, 0, 0, 0]);
      tf.tidy(() => {
        // Discriminator: J(D) = mean(softplus(l) − y·l) over [real; G(z)].
        const x = tf.concat([real, forward(g.layers, activation, z).at(-1)!], 1) as tf.Tensor3D;
        const acts = forward(d.layers, activation, x);
        const dLogits = tf.div(tf.sub(tf.sigmoid(acts.at(-1)!), labels), 8) as tf.Tensor3D;
        const mine = backward(d.layers, acts, activation, dLogits, true, false).dParams!;
        const auto = tf.grad((flat: tf.Tensor) => {
          const l = autodiffMlp(flat as tf.Tensor1D, d.spec, as2d(x));
          return tf.mean(tf.sub(tf.softplus(l), tf.mul(as2d(labels), l)));
        })(d.flat);
        expect(maxAbsDiff(mine.dataSync(), auto.dataSync())).toBeLessThan(1e-6);
        expect(tf.max(tf.abs(auto)).dataSync()[0]).toBeGreaterThan(1e-3); // a real gradient, not zeros

        // Generator, non-saturating: J(G) = ½ mean softplus(−D_logit(G(z))), through D into G only.
        const gActs = forward(g.layers, activation, z);
        const dActs = forward(d.layers, activation, gActs.at(-1)!);
        const dl = tf.mul(tf.sub(tf.sigmoid(dActs.at(-1)!), 1), 0.5 / 4) as tf.Tensor3D;
        const { dInput } = backward(d.layers, dActs, activation, dl, false, true);
        const mineG = backward(g.layers, gActs, activation, dInput!, true, false).dParams!;
        const autoG = tf.grad((flat: tf.Tensor) =>
          tf.mul(
            0.5,
            tf.mean(
              tf.softplus(tf.neg(autodiffMlp(d.flat, d.spec, autodiffMlp(flat as tf.Tensor1D, g.spec, as2d(z))))),
            ),
          ),
        )(g.flat);
        expect(maxAbsDiff(mineG.dataSync(), autoG.dataSync())).toBeLessThan(1e-6);
      });
      g.dispose();
      d.dispose();
      tf.dispose([real, z, labels]);
    });
  }
});

describe('TfGan on the CPU backend', () => {
  const settings: Settings = { ...DEFAULT_SETTINGS, batchSize: 64 };
  const zEdges = Float32Array.from({ length: 101 }, (_, i) => -3 + (6 * i) / 100);
  const xCenters = Float32Array.from(binCenters(CHART_GRID));

  test('the same seed replays the same run; another seed does not', async () => {
    const run = async (seed: number) => {
      const gan = await createTfGan('cpu', { ...settings, seed });
      gan.trainSteps(30);
      const p = await gan.parameters();
      gan.dispose();
      return p;
    };
    const a = await run(5),
      b = await run(5),
      c = await run(6);
    expect(Array.from(a.g)).toEqual(Array.from(b.g));
    expect(Array.from(a.d)).toEqual(Array.from(b.d));
    expect(maxAbsDiff(a.g, c.g)).toBeGreaterThan(1e-3);
  });

  test('no tensor leaks over thousands of steps, read-backs and live updates', async () => {
    const empty = tf.memory().numTensors;
    const gan = await createTfGan('cpu', settings);
    gan.trainSteps(5);
    await gan.evaluate(zEdges, xCenters);
    await gan.losses();
    await gan.latestFakes();
    const before = tf.memory().numTensors;
    for (let i = 0; i < 40; i++) {
      gan.trainSteps(50);
      await gan.evaluate(zEdges, xCenters);
      await gan.losses();
      await gan.latestFakes();
      if (i === 10) gan.update({ ...settings, lrD: 0.001, mean0: -1 });
      if (i === 20) gan.update({ ...settings, optimizer: 'sgd' });
      if (i === 15)
        gan.update({ ...settings, emaDecay: 0.99, r1Gamma: 1, instanceNoise: 0.3, instanceNoiseSchedule: 'fixed' });
      if (i === 25) gan.update({ ...settings, emaDecay: 0.99, r1Gamma: 1, dActivation: 'tanh', instanceNoise: 0.3 });
      if (i === 30) gan.update({ ...settings, optimizer: 'adam', kD: 2, generatorLoss: 'minimax' });
      // Loaded weights (export/import): fresh optimizers, a fresh batch; nothing left behind.
      if (i === 35) gan.setParameters(await gan.parameters());
    }
    expect(tf.memory().numTensors).toBe(before);
    gan.dispose();
    expect(tf.memory().numTensors).toBe(empty);
  });

  test('a batch-size change keeps the tensor count bounded', async () => {
    const gan = await createTfGan('cpu', settings);
    gan.trainSteps(3);
    const before = tf.memory().numTensors;
    gan.update({ ...settings, batchSize: 32 });
    gan.trainSteps(3);
    expect(tf.memory().numTensors).toBe(before);
    gan.dispose();
  });

  test('EMA of G: the running average of the weights after each step, and what evaluate() shows', async () => {
    const beta = 0.9;
    const gan = await createTfGan('cpu', { ...settings, emaDecay: beta });
    let expected = Float64Array.from((await gan.parameters()).g);
    for (let step = 0; step < 12; step++) {
      gan.trainSteps(1);
      const { g, gEma } = await gan.parameters();
      expected = expected.map((e, i) => beta * e + (1 - beta) * g[i]);
      expect(maxAbsDiff(gEma!, Float32Array.from(expected))).toBeLessThan(1e-5);
    }
    // evaluate() draws p_model from the averaged G: its outputs equal a G built from the EMA weights.
    const { gEma, g } = await gan.parameters();
    expect(maxAbsDiff(gEma!, g)).toBeGreaterThan(1e-4);
    const net = new FlatNetwork(generatorSpec(settings), gEma!, 'ema-check');
    const z = tf.tensor3d(zEdges.slice(0, 50), [1, 50, 1]);
    const want = forward(net.layers, settings.gActivation, z).at(-1)!.dataSync();
    const got = (await gan.evaluate(zEdges, xCenters)).g.slice(0, 50);
    expect(maxAbsDiff(got, Float32Array.from(want))).toBeLessThan(1e-5);
    tf.dispose([z]);
    net.dispose();
    // Off again: no average is kept; on again: it restarts from the current weights.
    gan.update({ ...settings, emaDecay: 0 });
    expect((await gan.parameters()).gEma).toBeUndefined();
    gan.update({ ...settings, emaDecay: beta });
    const again = await gan.parameters();
    expect(Array.from(again.gEma!)).toEqual(Array.from(again.g));
    gan.dispose();
  });

  test('J(D) splits into its halves: ½(real + fake) = J(D), each the mean −log of D on the same batch', async () => {
    /** softplus(−l) = −log σ(l) in doubles, stable for large |l|. */
    const softplusNeg = (l: number) => (l > 0 ? Math.log1p(Math.exp(-l)) : -l + Math.log1p(Math.exp(l)));
    // lrD = 0: the update leaves D as it was, so parameters() holds the D that produced the kept logits.
    for (const generatorLoss of ['non-saturating', 'minimax'] as const) {
      const s: Settings = { ...settings, lrD: 0, generatorLoss };
      const gan = await createTfGan('cpu', s);
      for (const steps of [0, 1, 25]) {
        gan.trainSteps(steps); // 0: the untrained networks on one batch
        const l = await gan.losses();
        expect(Math.abs(0.5 * (l.lossDReal + l.lossDFake) - l.lossD)).toBeLessThan(1e-6);
        // The batch D saw: the real half the engine sampled last (no public read-back) and latestFakes().
        const real = (gan as unknown as { realBuf: Float32Array }).realBuf;
        const fakes = await gan.latestFakes();
        expect(real.length).toBe(s.batchSize);
        expect(fakes.length).toBe(s.batchSize);
        const { d } = await gan.parameters();
        const logits = (xs: Float32Array) =>
          tf.tidy(() => autodiffMlp(tf.tensor1d(d), discriminatorSpec(s), tf.tensor2d(xs, [xs.length, 1])).dataSync());
        const mean = (v: Float32Array | Int32Array | Uint8Array, f: (l: number) => number) =>
          Array.from(v).reduce((acc, x) => acc + f(x), 0) / v.length;
        // real, y = 1: −log D(x) = softplus(−l); generated, y = 0: −log(1 − D(G(z))) = softplus(l)
        const wantReal = mean(logits(real), softplusNeg);
        const wantFake = mean(logits(fakes), (x) => softplusNeg(-x));
        expect(Math.abs(l.lossDReal - wantReal)).toBeLessThan(1e-5 * Math.max(1, wantReal));
        expect(Math.abs(l.lossDFake - wantFake)).toBeLessThan(1e-5 * Math.max(1, wantFake));
        expect(l.lossDReal).toBeGreaterThan(0);
        expect(l.lossDFake).toBeGreaterThan(0);
      }
      gan.dispose();
    }
  });

  test('losses() leaks no tensors, however often it is called', async () => {
    const gan = await createTfGan('cpu', settings);
    await gan.losses();
    const before = tf.memory().numTensors;
    for (let i = 0; i < 200; i++) {
      const l = await gan.losses();
      expect(Number.isFinite(l.lossDReal) && Number.isFinite(l.lossDFake)).toBe(true);
      if (i % 20 === 0) gan.trainSteps(2);
      expect(tf.memory().numTensors).toBe(before);
    }
    gan.dispose();
  });

  // Speed is kernels per step (docs/engine.md §2): counted with tf.profile on the CPU backend at the
  // nets 1 → 16 → 16 → 1 with leaky ReLU (the defaults until issue 16); a step must not gain any. The
  // defaults since then (tanh G, D with three hidden layers) have a row of their own.
  test.each([
    [{}, 91],
    [{ gActivation: 'tanh', dDepth: 3 }, 109],
    [{ generatorLoss: 'minimax' }, 91],
    [{ objective: 'lsgan' }, 91],
    [{ objective: 'wgan' }, 91],
    [{ objective: 'wgan-gp' }, 122],
    [{ objective: 'wgan-gp', gpOneSided: false }, 119],
    [{ objective: 'hinge' }, 96],
    [{ r1Gamma: 1 }, 113],
    [{ optimalD: true }, 41],
  ] as const)('a training step with %j launches at most %i kernels', async (extra, most) => {
    const gan = await createTfGan('cpu', { ...settings, gActivation: 'leakyRelu', dDepth: 2, ...extra });
    gan.trainSteps(2);
    const profile = await tf.profile(() => gan.trainSteps(1));
    expect(profile.kernels.length).toBeGreaterThan(30);
    expect(profile.kernels.length).toBeLessThanOrEqual(most);
    gan.dispose();
  });

  test('R1 and instance noise change the run; the same seed still replays it exactly', async () => {
    const run = async (extra: Partial<Settings>) => {
      const gan = await createTfGan('cpu', { ...settings, ...extra });
      gan.trainSteps(30);
      const p = await gan.parameters();
      gan.dispose();
      return p.d;
    };
    const plain = await run({});
    const r1 = await run({ r1Gamma: 1 });
    const noisy = await run({ instanceNoise: 0.5, instanceNoiseSchedule: 'fixed' });
    expect(maxAbsDiff(plain, r1)).toBeGreaterThan(1e-4);
    expect(maxAbsDiff(plain, noisy)).toBeGreaterThan(1e-4);
    expect(Array.from(await run({ r1Gamma: 1 }))).toEqual(Array.from(r1));
  });
});

describe('the objectives in tfjs (docs/theory.md §6.9)', () => {
  const settings: Settings = { ...DEFAULT_SETTINGS, batchSize: 64 };
  const zEdges = Float32Array.from(noiseQuantileEdges('normal', Z_CELLS));
  const xCenters = Float32Array.from(binCenters(CHART_GRID));

  test('Step D moves only D, Step G only G', async () => {
    const gan = await createTfGan('cpu', settings);
    const p0 = await gan.parameters();
    gan.trainPart('d');
    const p1 = await gan.parameters();
    expect(maxAbsDiff(p0.d, p1.d)).toBeGreaterThan(0);
    expect(maxAbsDiff(p0.g, p1.g)).toBe(0);
    gan.trainPart('g');
    const p2 = await gan.parameters();
    expect(maxAbsDiff(p1.d, p2.d)).toBe(0);
    expect(maxAbsDiff(p1.g, p2.g)).toBeGreaterThan(0);
    gan.dispose();
  });

  test('WGAN keeps every critic weight within the clip [−c, c]', async () => {
    const gan = await createTfGan('cpu', { ...settings, objective: 'wgan', clipValue: 0.05 });
    gan.trainSteps(20);
    const { d } = await gan.parameters();
    expect(Math.max(...Array.from(d, Math.abs))).toBeLessThanOrEqual(0.05 + 1e-7);
    gan.dispose();
  });

  // Minimax against D* starts saturated (D* ≈ 0 where the fakes are): it gets less far in 400 steps.
  test.each([
    ['gan', 'non-saturating', 0.5],
    ['gan', 'minimax', 0.9],
    ['lsgan', 'non-saturating', 0.5],
    ['wgan', 'non-saturating', 0.5],
  ] as const)(
    'optimal-D mode (%s, %s): D rests, G learns against the exact D*',
    async (objective, generatorLoss, factor) => {
      const s = { ...settings, objective, generatorLoss, optimalD: true, emaDecay: 0 };
      const gan = await createTfGan('cpu', s);
      const js = async () => {
        const { g, d } = await gan.evaluate(zEdges, xCenters);
        return analyze({ target: targetDistribution(s), gAtZEdges: g, dAtCenters: d, grid: CHART_GRID, objective }).js;
      };
      const before = await gan.parameters();
      const js0 = await js();
      gan.trainSteps(400);
      const after = await gan.parameters();
      expect(maxAbsDiff(before.d, after.d)).toBe(0);
      expect(await js()).toBeLessThan(factor * js0);
      const losses = await gan.losses();
      for (const v of Object.values(losses)) expect(Number.isFinite(v)).toBe(true);
      gan.dispose();
    },
  );

  test('no tensor leaks under any objective, stepping one player, or the optimal-D mode', async () => {
    const empty = tf.memory().numTensors;
    for (const extra of [
      { objective: 'lsgan' },
      { objective: 'wgan' },
      { objective: 'wgan-gp', r1Gamma: 1 },
      { objective: 'wgan-gp', gpOneSided: false },
      { objective: 'hinge' },
      { optimalD: true },
    ] as const) {
      const s = { ...settings, ...extra };
      const gan = await createTfGan('cpu', s);
      const round = async () => {
        gan.trainSteps(10);
        gan.trainPart('d');
        gan.trainPart('g');
        await gan.evaluate(zEdges, xCenters);
        await gan.losses();
        await gan.latestFakes();
      };
      await round();
      const before = tf.memory().numTensors;
      for (let i = 0; i < 20; i++) await round();
      expect(tf.memory().numTensors, JSON.stringify(extra)).toBe(before);
      gan.dispose();
      expect(tf.memory().numTensors).toBe(empty);
    }
  });
});
