// The original GAN's identities the Formulas view checks live (docs/theory.md §5, §6.4, §6.5): the
// theorem J(D*) = log 2 − JS, the value function C(G) = −log 4 + 2·JS against V(D, G) = −2·J(D), the
// generator losses' gradient factors, and JS as a share of its ceiling log 2.
import { boundHolds } from './objectiveOptimum';

/** J(D) of the current D against the theorem's best, log 2 − JS (nats). */
export function ganTheorem(jd: number, js: number): { best: number; gap: number; holds: boolean } {
  const best = Math.LN2 - js;
  return { best, gap: jd - best, holds: boundHolds(jd, best) };
}

/** C(G) = max_D V(D, G) = −log 4 + 2·JS, and V(D, G) of the current D, = −2·J(D) (nats). */
export const ganValue = (js: number, jd: number): { c: number; v: number } => ({
  c: -2 * Math.LN2 + 2 * js,
  v: -2 * jd,
});

/**
 * The factor of ∂J(G)/∂a (a = D's logit) of each generator loss, averaged over G's samples, from the
 * mean of D(G(z)): minimax ½·log(1 − D) gives −½·D, non-saturating −½·log D gives −½·(1 − D).
 */
export const generatorFactors = (meanDFake: number): { minimax: number; nonSaturating: number } => ({
  minimax: -0.5 * meanDFake,
  nonSaturating: -0.5 * (1 - meanDFake),
});

/** JS as a share of its ceiling log 2, in [0, 1]. */
export const jsShareOfCeiling = (js: number): number => Math.min(1, Math.max(0, js / Math.LN2));
