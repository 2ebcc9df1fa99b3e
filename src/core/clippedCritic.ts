// The slope a clipped critic can reach (docs/theory.md §6.9): along each of the n^L input-to-output
// paths of an MLP with L hidden layers of n units, the slope is a product of L + 1 weights (|w| ≤ c)
// and L activation slopes (≤ 1), so |f′| ≤ n^L · c^(L+1).
export const clippedSlopeBound = (hidden: number, depth: number, clip: number): number =>
  hidden ** depth * clip ** (depth + 1);
