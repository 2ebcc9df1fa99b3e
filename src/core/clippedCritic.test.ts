// The slope bound of a weight-clipped critic, n^L·c^(L+1) (docs/theory.md §6.9): reached by the MLP whose
// weights are all c on the region where every ReLU is open, never exceeded by random clipped weights.
import { describe, expect, it } from 'vitest';
import { clippedSlopeBound } from './clippedCritic';
import { createRng } from './random';

/** A scalar MLP: 1 → n → … → n (L hidden layers) → 1, no biases. */
function mlp(hidden: number, depth: number, weight: () => number, act: (v: number) => number) {
  const layers: number[][][] = [];
  let fanIn = 1;
  for (let l = 0; l <= depth; l++) {
    const out = l === depth ? 1 : hidden;
    layers.push(Array.from({ length: out }, () => Array.from({ length: fanIn }, weight)));
    fanIn = out;
  }
  return (x: number) => {
    let v = [x];
    layers.forEach((w, l) => {
      v = w.map((row) => row.reduce((s, wij, j) => s + wij * v[j], 0));
      if (l < depth) v = v.map(act);
    });
    return v[0];
  };
}

describe('the slope of a clipped critic', () => {
  it.each([
    [4, 1, 0.1],
    [8, 2, 0.05],
    [16, 3, 0.01],
  ])('n = %s, L = %s, c = %s: all weights c reach n^L·c^(L+1) exactly', (n, depth, c) => {
    const f = mlp(
      n,
      depth,
      () => c,
      (v) => Math.max(0, v),
    );
    const slope = (f(1.5) - f(0.5)) / 1;
    expect(slope / clippedSlopeBound(n, depth, c)).toBeCloseTo(1, 12);
  });
  it('random weights in [−c, c] with tanh stay below it', () => {
    const rng = createRng(7);
    for (let trial = 0; trial < 20; trial++) {
      const [n, depth, c] = [6, 2, 0.5];
      const f = mlp(n, depth, () => c * (2 * rng.uniform() - 1), Math.tanh);
      for (const x of [-2, -0.3, 0, 0.4, 1.7]) {
        const h = 1e-5;
        expect(Math.abs(f(x + h) - f(x - h)) / (2 * h)).toBeLessThanOrEqual(clippedSlopeBound(n, depth, c));
      }
    }
  });
});
