import { describe, expect, it } from 'vitest';
import { claimHolds, claimProblems, claimSeeds, type LessonClaim, type RunCheck } from './lessonClaims';
import { DEFAULT_SETTINGS } from './settings';

/** A run checked every 100 steps with the given JS values (W1 = 10·JS, two modes at the given shares). */
const run = (js: number[], shares: number[][] = js.map(() => [1, 1])): RunCheck[] =>
  js.map((v, i) => ({
    step: 100 * (i + 1),
    js: v,
    w1: 10 * v,
    modeShares: shares[i],
    diverged: Number.isNaN(v),
  }));

const claim = (c: Partial<LessonClaim>): LessonClaim => ({ outcome: 'js-below', by: 300, seeds: 20, holds: 20, ...c });
const texts = (en: string, zh: string) => ({ en, 'zh-CN': zh });

describe('claimHolds', () => {
  it('js-below: some check up to `by` below the value, not later ones', () => {
    const c = claim({ value: 0.01 });
    expect(claimHolds(c, run([0.5, 0.009, 0.02, 0.03]))).toBe(true);
    expect(claimHolds(c, run([0.5, 0.2, 0.011, 0.001]))).toBe(false); // reached at 400 > 300
    expect(claimHolds(c, run([0.5, NaN, NaN]))).toBe(false); // NaN is not "below"
  });

  it('js-stays-above: every check up to `by`; a dip or a divergence breaks it', () => {
    const c = claim({ outcome: 'js-stays-above', value: 0.69 });
    expect(claimHolds(c, run([0.693, 0.692, 0.691, 0.1]))).toBe(true);
    expect(claimHolds(c, run([0.693, 0.689, 0.693]))).toBe(false);
    expect(claimHolds(c, run([0.693, NaN, NaN]))).toBe(false);
    expect(claimHolds(c, [])).toBe(false);
  });

  it('w1-below uses W1, not JS', () => {
    const c = claim({ outcome: 'w1-below', value: 0.1 });
    expect(claimHolds(c, run([0.5, 0.005]))).toBe(true); // W1 0.05
    expect(claimHolds(c, run([0.5, 0.02]))).toBe(false); // W1 0.2 although JS < 0.1
  });

  it('modes-held and mode-collapsed read the check at `by`', () => {
    const held = claim({ outcome: 'modes-held' });
    const close = claim({ outcome: 'modes-held', value: 0.8 });
    const collapsed = claim({ outcome: 'mode-collapsed' });
    const shares = [
      [0.1, 1.9],
      [0.5, 1.5],
      [0.9, 1.1],
      [0.2, 1.8],
    ];
    const r = run([0.3, 0.2, 0.1, 0.1], shares);
    expect(claimHolds(held, r)).toBe(true); // at 300: 0.9 and 1.1
    expect(claimHolds(close, r)).toBe(true);
    expect(claimHolds({ ...close, by: 200 }, r)).toBe(false); // 0.5 < 0.8
    expect(claimHolds({ ...held, by: 200 }, r)).toBe(true); // 0.5 ≥ 1/3
    expect(claimHolds(collapsed, r)).toBe(false);
    expect(claimHolds({ ...collapsed, by: 100 }, r)).toBe(true); // 0.1 < 1/3
    expect(claimHolds({ ...collapsed, by: 400 }, r)).toBe(true);
    // one mode is not "every mode held"; a diverged run holds nothing
    expect(claimHolds(held, run([0.1, 0.1, 0.1], [[1], [1], [1]]))).toBe(false);
    expect(claimHolds(held, run([0.1, 0.1, NaN], [[1, 1], [1, 1], []]))).toBe(false);
  });

  it('diverged: a NaN/∞ at some check up to `by`', () => {
    const c = claim({ outcome: 'diverged', by: 200 });
    expect(claimHolds(c, run([0.5, NaN]))).toBe(true);
    expect(claimHolds(c, run([0.5, 0.4, NaN]))).toBe(false);
  });
});

describe('claimProblems', () => {
  const setup = DEFAULT_SETTINGS;
  const stated = texts('JS falls (measured: 17 of 20 seeds).', 'JS 下降（实测：20 个种子中 17 个如此）。');

  it('a well-formed claim whose count every language states has none', () => {
    expect(claimProblems(claim({ value: 0.01, holds: 17 }), setup, stated, 'x')).toEqual([]);
  });

  it('a count the text does not state, in any language, is a problem', () => {
    const p = claimProblems(claim({ value: 0.01, holds: 18 }), setup, stated, 'x');
    expect(p).toEqual([
      'x: the en text must state “18 of 20 seeds”',
      'x: the zh-CN text must state “20 个种子中 18 个”',
    ]);
  });

  it('bad fields: outcome, value, by, counts, unknown fields', () => {
    const bad = (c: Record<string, unknown>) =>
      claimProblems({ ...claim({ value: 0.01, holds: 17 }), ...c }, setup, stated, 'x');
    expect(bad({ outcome: 'converges' })[0]).toMatch(/outcome must be one of/);
    expect(bad({ value: undefined })).toEqual(['x: js-below needs a positive value']);
    expect(bad({ value: -1 })).toContain('x: value must be a positive number');
    expect(bad({ by: 0 })[0]).toMatch(/by must be a step/);
    expect(bad({ holds: 21 })[0]).toMatch(/holds ≤ seeds/);
    expect(bad({ seeds: 10.5 })[0]).toMatch(/counts/);
    expect(bad({ odds: 1 })).toEqual(['x: unknown field "odds"']);
    expect(claimProblems('17/20', setup, stated, 'x')).toEqual(['x: a claim must be an object']);
  });

  it("fewer than 20 seeds only for the lesson's own experiment", () => {
    const few = claim({ value: 0.01, seeds: 16, holds: 12 });
    const text = texts('12 of 16 seeds', '16 个种子中 12 个');
    expect(claimProblems(few, setup, text, 'x')).toEqual([
      "x: replay at least 20 seeds (or exactly the lesson's experiment's)",
    ]);
    expect(claimProblems(few, { ...setup, view: 'experiment', experimentSeeds: 16 }, text, 'x')).toEqual([]);
    expect(claimProblems(few, { ...setup, view: 'experiment', experimentSeeds: 8 }, text, 'x')).toHaveLength(1);
  });

  it('a one-seed claim names a seed its setup sets, and counts 1 of 1', () => {
    const one = claim({ outcome: 'mode-collapsed', seeds: 1, holds: 1, seed: 42 });
    const none = texts('with this seed', '在这个种子下');
    expect(claimProblems(one, { ...setup, seed: 42 }, none, 'x')).toEqual([]);
    expect(claimProblems(one, { ...setup, seed: 7 }, none, 'x')).toEqual([
      'x: the lesson shows seed 42: its settings must set it',
    ]);
    expect(claimProblems({ ...one, seeds: 2 }, { ...setup, seed: 42 }, none, 'x')[0]).toMatch(/seeds = holds = 1/);
  });
});

it('claimSeeds: 1…N, or the one seed', () => {
  expect(claimSeeds(claim({ seeds: 3 }))).toEqual([1, 2, 3]);
  expect(claimSeeds(claim({ seeds: 1, holds: 1, seed: 42 }))).toEqual([42]);
});
