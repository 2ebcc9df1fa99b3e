// The R1 penalty's hand-written derivatives against a plain float64 implementation and finite differences.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { discriminatorSpec, initialParameters, LEAKY_SLOPE, mlpLayout, type MlpSpec } from '../core/network';
import { createRng } from '../core/random';
import { DEFAULT_SETTINGS, type Activation } from '../core/settings';
import { gradientPenaltyGradient, inputGradient, r1Gradient } from './r1';
import { FlatNetwork, forward } from './flatNetwork';

beforeAll(async () => {
  await tf.setBackend('cpu');
});
afterAll(() => tf.disposeVariables());

const act = (a: Activation, v: number) =>
  a === 'tanh' ? Math.tanh(v) : v > 0 ? v : a === 'relu' ? 0 : LEAKY_SLOPE * v;
const actSlope = (a: Activation, v: number) =>
  a === 'tanh' ? 1 - Math.tanh(v) ** 2 : v > 0 ? 1 : a === 'relu' ? 0 : LEAKY_SLOPE;

/** The logit's derivative in x, in float64, by the chain rule written out plainly (forward mode). */
function slope64(spec: MlpSpec, p: ArrayLike<number>, x: number): number {
  const { layers } = mlpLayout(spec);
  let h = [x],
    t = [1];
  layers.forEach(({ inSize, outSize, wOffset, bOffset }, l) => {
    const a = new Array(outSize).fill(0),
      ta = new Array(outSize).fill(0);
    for (let j = 0; j < outSize; j++) {
      a[j] = p[bOffset + j];
      for (let i = 0; i < inSize; i++) {
        a[j] += h[i] * p[wOffset + i * outSize + j];
        ta[j] += t[i] * p[wOffset + i * outSize + j];
      }
    }
    if (l === layers.length - 1) {
      h = a;
      t = ta;
    } else {
      h = a.map((v) => act(spec.activation, v));
      t = ta.map((v, j) => v * actSlope(spec.activation, a[j]));
    }
  });
  return t[0];
}

const P = (spec: MlpSpec, p: ArrayLike<number>, xs: number[], c: number[]) =>
  xs.reduce((sum, x, i) => sum + 0.5 * c[i] * slope64(spec, p, x) ** 2, 0);

describe.each(['leakyRelu', 'relu', 'tanh'] as const)('R1 with %s', (activation) => {
  const spec = discriminatorSpec({ ...DEFAULT_SETTINGS, dActivation: activation, dHidden: 6 });
  const params = initialParameters(spec, createRng(3));
  const xs = [-3.1, -1.7, -0.4, 0.33, 1.2, 2.6, 3.9, 0.05];
  const c = [2, 2, 2, 2, 0, 0, 0, 1.5];

  function tfjs() {
    const net = new FlatNetwork(spec, params, `r1-${activation}`);
    try {
      return tf.tidy(() => {
        const x = tf.tensor3d(xs, [1, xs.length, 1]);
        const acts = forward(net.layers, activation, x);
        const g = inputGradient(net.layers, acts, activation).g.dataSync();
        const grad = r1Gradient(net.layers, acts, activation, tf.tensor3d(c, [1, c.length, 1])).dataSync();
        return { g: Array.from(g), grad: Array.from(grad) };
      });
    } finally {
      net.dispose();
    }
  }

  it('∂ logit/∂x matches the chain rule in float64', () => {
    const { g } = tfjs();
    xs.forEach((x, i) => expect(g[i]).toBeCloseTo(slope64(spec, params, x), 4));
  });

  it('the gradient of ½ Σ c_i (∂ logit/∂x_i)² matches central differences', () => {
    const { grad } = tfjs();
    const p = Float64Array.from(params);
    const eps = 1e-6;
    const scale = Math.max(...grad.map(Math.abs));
    expect(scale).toBeGreaterThan(1e-3);
    for (let k = 0; k < p.length; k++) {
      const keep = p[k];
      p[k] = keep + eps;
      const up = P(spec, p, xs, c);
      p[k] = keep - eps;
      const down = P(spec, p, xs, c);
      p[k] = keep;
      expect(Math.abs(grad[k] - (up - down) / (2 * eps)), `parameter ${k}`).toBeLessThan(2e-3 * scale);
    }
  });

  it.each([false, true])("WGAN-GP's penalty (one-sided: %s): its gradient matches central differences", (oneSided) => {
    const lambda = 3;
    // Steeper weights, so that some slopes exceed 1 (the one-sided penalty is 0 below it).
    const steep = params.map((v) => 2.5 * v);
    const net = new FlatNetwork(spec, steep, `gp-${activation}-${oneSided}`);
    const grad = (() => {
      try {
        return Array.from(
          tf.tidy(() => {
            const acts = forward(net.layers, activation, tf.tensor3d(xs, [1, xs.length, 1]));
            return gradientPenaltyGradient(net.layers, acts, activation, lambda, oneSided).dataSync();
          }),
        );
      } finally {
        net.dispose();
      }
    })();
    const excess = (g: number) => (oneSided ? Math.max(0, Math.abs(g) - 1) : Math.abs(g) - 1);
    const penalty = (p: ArrayLike<number>) => xs.reduce((sum, x) => sum + lambda * excess(slope64(spec, p, x)) ** 2, 0);
    const p = Float64Array.from(steep);
    expect(xs.some((x) => Math.abs(slope64(spec, p, x)) > 1)).toBe(true);
    const eps = 1e-6;
    const scale = Math.max(...grad.map(Math.abs));
    expect(scale).toBeGreaterThan(1e-3);
    for (let k = 0; k < p.length; k++) {
      const keep = p[k];
      p[k] = keep + eps;
      const up = penalty(p);
      p[k] = keep - eps;
      const down = penalty(p);
      p[k] = keep;
      expect(Math.abs(grad[k] - (up - down) / (2 * eps)), `parameter ${k}`).toBeLessThan(2e-3 * scale);
    }
  });

  it('leaves no tensors behind', () => {
    const before = tf.memory().numTensors;
    tfjs();
    expect(tf.memory().numTensors).toBe(before);
  });
});
