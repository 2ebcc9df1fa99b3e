import { describe, expect, it } from 'vitest';
import {
  diracField,
  diracObjective,
  diracStep,
  diracStart,
  diracTrajectory,
  emaSeries,
  expectNormal,
  f,
  fPrime,
  fSecond,
  gaussHermite,
  linearisedGrowth,
  type DiracConfig,
  type DiracStabiliser,
} from './diracGan';

const NONE: DiracStabiliser = { kind: 'none' };
const R1: DiracStabiliser = { kind: 'r1', gamma: 1 };
const NOISE: DiracStabiliser = { kind: 'noise', sigma: 1 };
const POINTS: [number, number][] = [
  [1, 1],
  [0.3, -1.7],
  [-2, 0.5],
  [-0.8, -1.2],
  [1.5, 0],
];
const start = { theta: 1, psi: 1 };
const last = (a: Float64Array) => a[a.length - 1];

/** Central differences of g at x. */
const diff = (g: (x: number) => number, x: number, h = 1e-5) => (g(x + h) - g(x - h)) / (2 * h);

describe('f(t) = −log(1 + e^(−t)) and its derivatives', () => {
  it('f, f′ and f″ against their closed forms and each other', () => {
    for (const t of [-30, -3, -0.5, 0, 0.7, 4, 30]) {
      expect(f(t)).toBeCloseTo(-Math.log(1 + Math.exp(-t)), 12);
      expect(fPrime(t)).toBeCloseTo(1 / (1 + Math.exp(t)), 14);
      expect(fPrime(t)).toBeCloseTo(diff(f, t), 8);
      expect(fSecond(t)).toBeCloseTo(diff(fPrime, t), 8);
    }
    expect(fPrime(0)).toBe(0.5);
    expect(fSecond(0)).toBe(-0.25);
    expect(Number.isFinite(f(-800))).toBe(true);
  });
});

describe('Gauss–Hermite expectations over N(0, σ²)', () => {
  it('the weights sum to √π, and the moments of N(0, σ²) are exact', () => {
    const { weights } = gaussHermite(40);
    expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(Math.sqrt(Math.PI), 12);
    for (const s of [0.2, 1, 1.7]) {
      expect(expectNormal(s, () => 1)).toBeCloseTo(1, 12);
      expect(expectNormal(s, (e) => e)).toBeCloseTo(0, 12);
      expect(expectNormal(s, (e) => e * e)).toBeCloseTo(s * s, 12);
      expect(expectNormal(s, (e) => e ** 4)).toBeCloseTo(3 * s ** 4, 10);
    }
  });
});

describe('the gradient vector field', () => {
  it('plain: v = (−ψ f′(ψθ), θ f′(ψθ)) at a few points', () => {
    expect(diracField(1, 1)[0]).toBeCloseTo(-1 / (1 + Math.E), 14);
    expect(diracField(1, 1)[1]).toBeCloseTo(1 / (1 + Math.E), 14);
    const [a, b] = diracField(0.5, -2); // ψθ = −1: f′(−1) = e/(1 + e)
    expect(a).toBeCloseTo((2 * Math.E) / (1 + Math.E), 14);
    expect(b).toBeCloseTo((0.5 * Math.E) / (1 + Math.E), 14);
    expect(diracField(1.5, 0)).toEqual([-0, 0.75]);
  });

  it('is G descending L in θ and D ascending L in ψ (finite differences of L)', () => {
    for (const stab of [NONE, NOISE, { kind: 'noise', sigma: 0.4 } as const]) {
      for (const [t, p] of POINTS) {
        const [vT, vP] = diracField(t, p, stab);
        expect(vT).toBeCloseTo(-diff((x) => diracObjective(x, p, stab), t), 7);
        expect(vP).toBeCloseTo(
          diff((y) => diracObjective(t, y, stab), p),
          7,
        );
      }
    }
  });

  it('R1: D also descends (γ/2)·ψ², so only v_ψ changes, by −γψ', () => {
    const gamma = 2.5;
    for (const [t, p] of POINTS) {
      const [vT, vP] = diracField(t, p, { kind: 'r1', gamma });
      expect(vT).toBe(diracField(t, p)[0]);
      expect(vP).toBeCloseTo(
        diff((y) => diracObjective(t, y) - (gamma / 2) * y * y, p),
        7,
      );
    }
  });

  it('instance noise: the quadrature matches a brute-force Riemann sum of the expectation', () => {
    const sigma = 0.8;
    const brute = (g: (e: number) => number) => {
      let s = 0;
      const n = 20000,
        lo = -10 * sigma,
        w = (20 * sigma) / n;
      for (let i = 0; i < n; i++) {
        const e = lo + (i + 0.5) * w;
        s += g(e) * Math.exp(-(e * e) / (2 * sigma * sigma));
      }
      return (s * w) / (sigma * Math.sqrt(2 * Math.PI));
    };
    for (const [t, p] of POINTS) {
      const [vT, vP] = diracField(t, p, { kind: 'noise', sigma });
      expect(vT).toBeCloseTo(
        brute((e) => -p * fPrime(p * (t + e))),
        8,
      );
      expect(vP).toBeCloseTo(
        brute((e) => (t + e) * fPrime(p * (t + e)) - e * fPrime(-p * e)),
        8,
      );
    }
  });

  it('is zero at the equilibrium (0, 0), with and without stabilisers', () => {
    for (const stab of [NONE, R1, NOISE]) {
      const [a, b] = diracField(0, 0, stab);
      expect(Math.abs(a)).toBeLessThan(1e-15);
      expect(Math.abs(b)).toBeLessThan(1e-15);
    }
  });

  it('rotates: the plain field is tangential, v·(θ, ψ) = 0, and not zero away from (0, 0)', () => {
    for (const [t, p] of [...POINTS, [0.01, 0.02] as [number, number], [-0.05, 0.03] as [number, number]]) {
      const [a, b] = diracField(t, p);
      expect(Math.abs(a * t + b * p)).toBeLessThan(1e-15);
      expect(Math.hypot(a, b)).toBeGreaterThan(0);
    }
    // Counter-clockwise in (θ, ψ): at (1, 0) the field points up, at (0, 1) to the left.
    expect(diracField(1, 0)[1]).toBeGreaterThan(0);
    expect(diracField(0, 1)[0]).toBeLessThan(0);
  });

  it('R1 and instance noise point inwards near (0, 0): v·(θ, ψ) < 0', () => {
    for (const stab of [R1, NOISE]) {
      for (const [t, p] of [
        [0.1, 0.1],
        [-0.05, 0.08],
        [0.02, -0.1],
      ]) {
        const [a, b] = diracField(t, p, stab);
        expect(a * t + b * p).toBeLessThan(0);
      }
    }
  });

  it('instance noise: the Jacobian at (0, 0) has trace 2σ²f″(0) = −σ²/2 and determinant f′(0)² = ¼', () => {
    const sigma = 0.9,
      h = 1e-5;
    const stab: DiracStabiliser = { kind: 'noise', sigma };
    const dT = (i: 0 | 1) => (diracField(h, 0, stab)[i] - diracField(-h, 0, stab)[i]) / (2 * h);
    const dP = (i: 0 | 1) => (diracField(0, h, stab)[i] - diracField(0, -h, stab)[i]) / (2 * h);
    expect(dT(0) + dP(1)).toBeCloseTo(-(sigma * sigma) / 2, 7);
    expect(dT(0) * dP(1) - dP(0) * dT(1)).toBeCloseTo(0.25, 7);
  });
});

describe('optimizers', () => {
  const cfg = (optimizer: DiracConfig['optimizer'], stabiliser: DiracStabiliser = NONE, lr = 0.1): DiracConfig => ({
    optimizer,
    lr,
    stabiliser,
  });

  it('one simultaneous step is (θ, ψ) + h·v(θ, ψ); one alternating step moves D first', () => {
    const s = diracStep(diracStart({ theta: 0.6, psi: -0.4 }), cfg('simultaneous', R1, 0.3));
    const v = diracField(0.6, -0.4, R1);
    expect(s.theta).toBeCloseTo(0.6 + 0.3 * v[0], 15);
    expect(s.psi).toBeCloseTo(-0.4 + 0.3 * v[1], 15);
    const a = diracStep(diracStart({ theta: 0.6, psi: -0.4 }), cfg('alternating', NONE, 0.3));
    const psi = -0.4 + 0.3 * diracField(0.6, -0.4)[1];
    expect(a.psi).toBeCloseTo(psi, 15);
    expect(a.theta).toBeCloseTo(0.6 + 0.3 * diracField(0.6, psi)[0], 15);
  });

  it('Adam: the first step moves each coordinate by h·sign(v) (bias-corrected m̂/√v̂ = ±1)', () => {
    const s = diracStep(diracStart({ theta: 1, psi: 1 }), cfg('adam', NONE, 0.05));
    expect(s.theta).toBeCloseTo(0.95, 6);
    expect(s.psi).toBeCloseTo(1.05, 6);
    expect(s.step).toBe(1);
  });

  it('simultaneous steps spiral outwards: from (1, 1), lr 0.1, the distance grows at every one of 200 steps', () => {
    const t = diracTrajectory(start, cfg('simultaneous'), 200);
    expect(t.distance.length).toBe(201);
    for (let k = 1; k <= 200; k++) expect(t.distance[k]).toBeGreaterThan(t.distance[k - 1]);
    expect(last(t.distance)).toBeGreaterThan(1.2 * Math.SQRT2);
  });

  it('alternating steps circle: over 1,000 steps the radius stays within 5% of the start', () => {
    const t = diracTrajectory(start, cfg('alternating'), 1000);
    for (const r of t.distance) {
      expect(r).toBeGreaterThan(0.95 * Math.SQRT2);
      expect(r).toBeLessThan(1.05 * Math.SQRT2);
    }
    // …and it really goes round: θ changes sign.
    expect(Math.min(...t.theta)).toBeLessThan(-0.5);
  });

  it('R1 (γ = 1) converges: after 500 simultaneous or alternating steps the distance is below 1e-6', () => {
    for (const opt of ['simultaneous', 'alternating'] as const) {
      const t = diracTrajectory(start, cfg(opt, R1), 500);
      expect(last(t.distance)).toBeLessThan(1e-6);
    }
  });

  it('instance noise (σ = 1) converges too: after 500 simultaneous steps the distance is below 1e-3', () => {
    const t = diracTrajectory(start, cfg('simultaneous', NOISE), 500);
    expect(last(t.distance)).toBeLessThan(1e-3);
    expect(t.distance[250]).toBeLessThan(t.distance[0] / 10);
  });

  it('near (0, 0) one step multiplies the distance by the closed forms', () => {
    const h = 0.1;
    // simultaneous: I + hJ with J = [[0, −½], [½, −d]]; |λ| = √(1 + h²/4) without damping
    expect(linearisedGrowth(cfg('simultaneous'))).toBeCloseTo(Math.sqrt(1 + (h * h) / 4), 8);
    // alternating: determinant 1, trace 2 − h²/4: on the unit circle
    expect(linearisedGrowth(cfg('alternating'))).toBeCloseTo(1, 8);
    // R1 with γ = 1: the double eigenvalue 1 − h/2
    expect(linearisedGrowth(cfg('simultaneous', R1))).toBeCloseTo(1 - h / 2, 6);
    // instance noise σ = 1: |1 + hλ|² = 1 + 2h·σ²f″(0) + h²f′(0)²
    expect(linearisedGrowth(cfg('simultaneous', NOISE))).toBeCloseTo(Math.sqrt(1 - h / 2 + (h * h) / 4), 7);
    expect(linearisedGrowth(cfg('adam'))).toBeNull();
  });

  it('a trajectory that runs away stops early and says so', () => {
    const t = diracTrajectory({ theta: 1.5, psi: 0 }, cfg('simultaneous', NONE, 1e7), 50);
    expect(t.escaped).toBe(true);
    expect(t.distance.length).toBeLessThan(51);
    expect(diracTrajectory(start, cfg('simultaneous'), 50).escaped).toBe(false);
  });

  it('EMA of G: a constant stays put, and the averaged θ of circling steps sits near the centre', () => {
    expect([...emaSeries([2, 2, 2], 0.9)]).toEqual([2, 2, 2]);
    expect([...emaSeries([0, 1], 0.75)]).toEqual([0, 0.25]);
    const t = diracTrajectory(start, cfg('alternating'), 2000);
    const avg = emaSeries(t.theta, 0.99);
    // θ still swings by about ±1.4 at the end (one turn ≈ 143 steps); its β = 0.99 average by about a
    // fifth of that, 1/√(1 + (ωτ)²) with ω = 2π/143 and τ = 100 steps.
    expect(Math.max(...t.theta.slice(1500).map(Math.abs))).toBeGreaterThan(1.2);
    expect(Math.max(...avg.slice(1500).map(Math.abs))).toBeLessThan(0.4);
  });
});
