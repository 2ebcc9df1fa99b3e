// The push of the best D on G's samples (docs/theory.md §6.10) against closed forms for two Gaussians of
// equal σ, p_data = N(0, 1) and p_model = N(1, 1): log(p_data/p_model) = ½ − x, so D*(x) = σ(½ − x) and
//   minimax        J(G) = ½·E log(1 − D*):  |∂/∂x| = ½·D*
//   non-saturating J(G) = −½·E log D*:      |∂/∂x| = ½·(1 − D*)
//   LSGAN          J(G) = ½·E (D* − 1)²:    |∂/∂x| = D*·(1 − D*)²
//   WGAN           J(G) = −E f*:            |∂/∂x| = |f*′| = 1
// each averaged over p_model by an independent quadrature of the densities.
import { describe, expect, it } from 'vitest';
import { binnedDensity } from './density';
import { gaussian } from './distributions';
import { sigmoid } from './generatorGradient';
import { binWidth, CHART_GRID } from './grid';
import { optimalPush, PUSH_FLOOR } from './optimalPush';

const DX = binWidth(CHART_GRID);
const data = gaussian(0, 1),
  model = gaussian(1, 1);
const p = binnedDensity(data, CHART_GRID),
  q = binnedDensity(model, CHART_GRID);

/** E_model[f(D*(x))] by Simpson's rule on the model's density, independent of the grid. */
function underModel(f: (dStar: number) => number): number {
  const [a, b, n] = [-6, 6, 12000];
  const h = (b - a) / n;
  let s = 0;
  for (let i = 0; i <= n; i++) {
    const x = a + i * h;
    s += (i === 0 || i === n ? 1 : i % 2 ? 4 : 2) * model.pdf(x) * f(sigmoid(0.5 - x));
  }
  return (s * h) / 3;
}

describe('the push of the best D on p_model = N(1, 1) towards p_data = N(0, 1)', () => {
  it('original GAN, minimax: ½·E[D*]', () => {
    const push = optimalPush('gan', 'minimax', p, q, DX)!;
    expect(push.meanSpeed).toBeCloseTo(
      underModel((d) => 0.5 * d),
      3,
    );
    expect(push.stillShare).toBeLessThan(1e-4);
  });
  it('original GAN, non-saturating: ½·E[1 − D*]', () => {
    const push = optimalPush('gan', 'non-saturating', p, q, DX)!;
    expect(push.meanSpeed).toBeCloseTo(
      underModel((d) => 0.5 * (1 - d)),
      3,
    );
    expect(push.stillShare).toBeLessThan(1e-4);
  });
  it('LSGAN: E[D*·(1 − D*)²] (G’s loss is the same for both generator losses)', () => {
    const expected = underModel((d) => d * (1 - d) ** 2);
    for (const loss of ['minimax', 'non-saturating'] as const)
      expect(optimalPush('lsgan', loss, p, q, DX)!.meanSpeed).toBeCloseTo(expected, 3);
  });
  it.each(['wgan', 'wgan-gp'] as const)('%s: the critic’s slope, 1, wherever the model is', (o) => {
    const push = optimalPush(o, 'non-saturating', p, q, DX)!;
    expect(push.meanSpeed).toBeCloseTo(1, 4);
    expect(push.stillShare).toBeLessThan(1e-4);
  });
  it('hinge: none (its best D is a step with no gradient)', () => {
    expect(optimalPush('hinge', 'non-saturating', p, q, DX)).toBeNull();
  });
});

describe('at p_model = p_data no sample is pushed', () => {
  it.each(['gan', 'lsgan', 'wgan'] as const)('%s: mean 0, all of the mass still', (o) => {
    for (const loss of ['minimax', 'non-saturating'] as const) {
      const push = optimalPush(o, loss, p, p, DX)!;
      expect(push.meanSpeed).toBeLessThan(PUSH_FLOOR);
      expect(push.stillShare).toBeCloseTo(1, 9);
    }
  });
  it('and with no model mass on the grid there is nothing to average', () => {
    expect(optimalPush('gan', 'minimax', p, new Float64Array(p.length), DX)).toBeNull();
  });
});
