import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from './settings';
import { discriminatorSpec, firstLayerKinks, generatorSpec, initialParameters, mlpLayout } from './network';
import { createRng } from './random';

describe('initial parameters', () => {
  // Kinks are a (leaky) ReLU net's: the default G is tanh (zero biases), so a leaky-ReLU G here.
  const g = generatorSpec({ ...DEFAULT_SETTINGS, gActivation: 'leakyRelu' });
  const d = discriminatorSpec(DEFAULT_SETTINGS);

  it('spreads the first layer’s kinks over the input range: G over p_z, D over x', () => {
    for (const [spec, spread] of [
      [g, 2.5],
      [d, 4],
      [generatorSpec({ ...DEFAULT_SETTINGS, gActivation: 'leakyRelu', noise: 'uniform' }), 1],
    ] as const) {
      for (let seed = 0; seed < 20; seed++) {
        const kinks = firstLayerKinks(spec, initialParameters(spec, createRng(seed)));
        expect(kinks).toHaveLength(spec.sizes[1]);
        for (const c of kinks) expect(Math.abs(c)).toBeLessThanOrEqual(spread * (1 + 1e-5));
        // 16 uniform draws: spread over most of the interval, not piled at 0.
        expect(Math.max(...kinks) - Math.min(...kinks)).toBeGreaterThan(spread);
      }
    }
  });

  it('the kinks are uniform over the range (pooled over seeds)', () => {
    const pooled = Array.from({ length: 200 }, (_, seed) =>
      firstLayerKinks(d, initialParameters(d, createRng(seed))),
    ).flat();
    const n = pooled.length;
    const mean = pooled.reduce((a, b) => a + b, 0) / n;
    const variance = pooled.reduce((a, b) => a + (b - mean) ** 2, 0) / n;
    // U(−4, 4): mean 0, variance 16/3; standard errors ~0.06 and ~0.1 for n = 3,200.
    expect(Math.abs(mean)).toBeLessThan(0.25);
    expect(Math.abs(variance - 16 / 3)).toBeLessThan(0.5);
  });

  it('only the first layer has biases; the same seed gives the same numbers', () => {
    const p = initialParameters(g, createRng(7));
    const { layers } = mlpLayout(g);
    for (const { bOffset, outSize } of layers.slice(1)) {
      expect(Array.from(p.subarray(bOffset, bOffset + outSize)).every((b) => b === 0)).toBe(true);
    }
    expect(initialParameters(g, createRng(7))).toEqual(p);
    expect(initialParameters(g, createRng(8))).not.toEqual(p);
  });
});
