// The objectives in tfjs (docs/theory.md §6.9) against tfjs autodiff and against the core's spec of each:
// the same costs, slopes that are their gradients, D shown as the spec says, and the ops use exactly
// the settings the spec lists (the ones ObjectiveControls shows).
import { beforeAll, describe, expect, test } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { binCenters, CHART_GRID } from '../core/grid';
import { discriminatorSpec } from '../core/network';
import { OBJECTIVES, shownOutput } from '../core/objectives';
import { OBJECTIVE_SPECS, type ObjectiveSetting } from '../core/objectiveSpecs';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import { FlatNetwork, forward } from './flatNetwork';
import { OBJECTIVE_OPS } from './objectiveOps';
import { createTfGan } from './tfGan';

const column = (values: number[]) => tf.tensor3d(values, [1, values.length, 1]);

function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

const LOSSES = ['non-saturating', 'minimax'] as const;

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('the objectives in tfjs (docs/theory.md §6.9)', () => {
  const logits = [-3.1, -1.3, -0.4, 0.2, 0.95, 1.6, -0.7, 2.4];
  const labels = [1, 1, 1, 1, 0, 0, 0, 0];
  test.each(OBJECTIVES)('%s: the slopes are tf.grads of the costs, and the costs are the core’s', (objective) => {
    const ops = OBJECTIVE_OPS[objective];
    const spec = OBJECTIVE_SPECS[objective];
    for (const loss of LOSSES) {
      const core = spec.generator[loss];
      tf.tidy(() => {
        const a = column(logits);
        const y = column(labels);
        const dLoss = (t: tf.Tensor) => {
          const { real, fake } = ops.discriminatorCosts(t);
          return tf.sum(tf.add(tf.mul(y, real), tf.mul(tf.sub(1, y), fake))) as tf.Scalar;
        };
        const autodiff = tf.grad(dLoss)(a).dataSync();
        const byHand = ops.discriminatorSlope(a, y).dataSync();
        expect(maxAbsDiff(autodiff, byHand)).toBeLessThan(1e-5);
        const gAuto = tf
          .grad((t: tf.Tensor) => tf.sum(ops.generator[loss].cost(t)) as tf.Scalar)(a)
          .dataSync();
        expect(maxAbsDiff(gAuto, ops.generator[loss].slope(a).dataSync())).toBeLessThan(1e-5);
        const { real, fake } = ops.discriminatorCosts(a);
        const [r, f, g] = [real.dataSync(), fake.dataSync(), ops.generator[loss].cost(a).dataSync()];
        const gSlope = ops.generator[loss].slope(a).dataSync();
        logits.forEach((v, i) => {
          expect(r[i]).toBeCloseTo(spec.real.cost(v), 5);
          expect(f[i]).toBeCloseTo(spec.fake.cost(v), 5);
          expect(g[i]).toBeCloseTo(core.cost(v), 5);
          expect(gSlope[i]).toBeCloseTo(core.slope(v), 5);
        });
      });
    }
  });

  test.each(OBJECTIVES)('%s: the ops use exactly the settings its spec lists', (objective) => {
    const ops = OBJECTIVE_OPS[objective];
    const uses = (s: ObjectiveSetting) => OBJECTIVE_SPECS[objective].settings.includes(s);
    // The generator loss changes J(G) only where it is listed.
    const differs = tf.tidy(() => {
      const a = column(logits);
      return maxAbsDiff(ops.generator.minimax.cost(a).dataSync(), ops.generator['non-saturating'].cost(a).dataSync());
    });
    expect(differs > 0.1).toBe(uses('generatorLoss'));
    expect(ops.constrain !== undefined).toBe(uses('clipValue'));
    expect(ops.penalty !== undefined).toBe(uses('gpLambda'));
    expect(ops.penalty !== undefined).toBe(uses('gpOneSided'));
  });
});

describe('the engine shows D as the spec says', () => {
  const settings: Settings = { ...DEFAULT_SETTINGS, batchSize: 16 };
  const zEdges = Float32Array.from({ length: 11 }, (_, i) => -3 + (6 * i) / 10);
  const xCenters = Float32Array.from(binCenters(CHART_GRID));
  test.each(OBJECTIVES)('%s: evaluate() gives shownOutput of D’s raw output', async (objective) => {
    const s = { ...settings, objective };
    const gan = await createTfGan('cpu', s);
    gan.trainSteps(3);
    const { d } = await gan.evaluate(zEdges, xCenters);
    const params = await gan.parameters();
    const net = new FlatNetwork(discriminatorSpec(s), params.d, `Dcheck-${objective}`);
    const raw = tf.tidy(() =>
      forward(net.layers, net.spec.activation, column(Array.from(xCenters)))
        .at(-1)!
        .dataSync(),
    );
    net.dispose();
    gan.dispose();
    const expected = Array.from(raw, (a) => shownOutput(objective, a));
    expect(maxAbsDiff(d, expected)).toBeLessThan(1e-6);
    // A probability is σ(a), strictly inside (0, 1); a raw output is a itself.
    if (OBJECTIVE_SPECS[objective].shown === 'probability')
      expect(Array.from(d).every((v) => v > 0 && v < 1)).toBe(true);
    else expect(maxAbsDiff(d, raw)).toBe(0);
  });
});
