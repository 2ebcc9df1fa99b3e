import { describe, expect, it } from 'vitest';
import { parseVariant, readVariantFields, VARIANT_KEYS, variantSettings, variantText } from './experimentVariant';
import {
  DEFAULT_SETTINGS,
  normalizeSettings,
  SETTINGS_TABLE,
  trainingSettings,
  type TrainingSettings,
} from './settings';
import { parseSettingsJson, settingsToJson } from './settingsFile';
import { settingsFromHash, settingsToHash } from './settingsLink';

const A = trainingSettings(DEFAULT_SETTINGS);

describe('what variant B may override', () => {
  it('is training settings only: not the seed, the backend, the target, optimal D or slow motion', () => {
    for (const key of VARIANT_KEYS) expect(SETTINGS_TABLE[key].scope, key).not.toMatch(/display|target|backend/);
    for (const fixed of ['seed', 'backend', 'optimalD', 'slowMotion', 'mean0', 'targetKind'] as const)
      expect(VARIANT_KEYS).not.toContain(fixed);
    expect(new Set(VARIANT_KEYS).size).toBe(VARIANT_KEYS.length);
  });
});

describe('the variantB text ↔ overrides', () => {
  it('writes the canonical form: the link keys in VARIANT_KEYS order, whatever order they were given in', () => {
    const overrides: Partial<TrainingSettings> = { emaDecay: 0, gActivation: 'tanh', r1Gamma: 1, objective: 'lsgan' };
    expect(variantText(overrides)).toBe('obj:lsgan,r1:1,ema:0,ga:tanh');
    expect(variantText({})).toBe('');
  });

  it('reads back exactly the overrides it wrote: numbers, integers, enums and flags', () => {
    const overrides: Partial<TrainingSettings> = {
      objective: 'wgan-gp',
      generatorLoss: 'minimax',
      r1Gamma: 2.5,
      emaDecay: 0,
      instanceNoise: 0.3,
      instanceNoiseSchedule: 'fixed',
      kD: 3,
      lrD: 0.00035,
      lrG: 1e-5,
      beta1: 0,
      optimizer: 'sgd',
      gHidden: 32,
      gDepth: 3,
      gActivation: 'relu',
      dHidden: 8,
      dDepth: 1,
      dActivation: 'tanh',
      noise: 'uniform',
      batchSize: 64,
      clipValue: 0.05,
      gpLambda: 1,
      gpOneSided: false,
    };
    // Every key B may override is in this test.
    expect(Object.keys(overrides).sort()).toEqual([...VARIANT_KEYS].sort());
    const text = variantText(overrides);
    expect(parseVariant(text)).toEqual(overrides);
    expect(variantText(parseVariant(text))).toBe(text);
  });

  it('clamps a value out of range and reports it as B’s; drops what it cannot read', () => {
    const { overrides, problems } = readVariantFields([
      ['r1', '500'],
      ['k', '2.6'],
      ['obj', 'nope'],
      ['seed', '3'],
      ['what', '1'],
      ['gp1', 'yes'],
      ['lrd', ''],
    ]);
    expect(overrides).toEqual({ r1Gamma: 100, kD: 3 });
    expect(problems).toEqual([
      {
        code: 'variant-bad-value',
        problem: { code: 'out-of-range', setting: 'r1Gamma', raw: '500', min: 0, max: 100 },
      },
      { code: 'variant-bad-value', problem: { code: 'out-of-range', setting: 'kD', raw: '2.6', min: 1, max: 10 } },
      {
        code: 'variant-bad-value',
        problem: { code: 'not-an-option', setting: 'objective', raw: 'nope', options: SETTINGS_TABLE.objective.values },
      },
      { code: 'variant-fixed-setting', setting: 'seed' },
      { code: 'variant-unknown-setting', short: 'what' },
      { code: 'variant-bad-value', problem: { code: 'not-a-flag', setting: 'gpOneSided', raw: 'yes' } },
      { code: 'variant-bad-value', problem: { code: 'not-a-number', setting: 'lrD', raw: '' } },
    ]);
  });
});

describe('variantSettings: A with B’s overrides', () => {
  it('changes exactly the overridden settings and keeps every other one of A’s', () => {
    const a: TrainingSettings = { ...A, seed: 7, mean0: -2, lrD: 0.002, emaDecay: 0.9 };
    const b = variantSettings(a, 'r1:1,ema:0,gh:32,gp1:0');
    expect(b).toEqual({ ...a, r1Gamma: 1, emaDecay: 0, gHidden: 32, gpOneSided: false });
    expect(variantSettings(a, '')).toEqual(a);
  });

  it('keeps the cross-field rules: B = hinge has no optimal-D mode', () => {
    const b = variantSettings({ ...A, optimalD: true }, 'obj:hinge');
    expect(b.objective).toBe('hinge');
    expect(b.optimalD).toBe(false);
  });
});

describe('variant B in a link', () => {
  it('is written as b.<key>=<value> fields in canonical order, never as b=, and reads back the same', () => {
    const s = normalizeSettings({
      view: 'experiment',
      experimentSeeds: 16,
      experimentSteps: 8000,
      variantB: 'r1:1,ema:0,k:2,gl:minimax,gp1:0',
    });
    const hash = settingsToHash(s);
    expect(hash).toBe('v=2&view=experiment&seeds=16&esteps=8000&b.gl=minimax&b.r1=1&b.ema=0&b.k=2&b.gp1=0');
    expect(hash).not.toMatch(/(^|&)b=/);
    const back = settingsFromHash(hash);
    expect(back.problems).toEqual([]);
    expect(back.settings).toEqual({ ...s, variantB: 'gl:minimax,r1:1,ema:0,k:2,gp1:0' });
    // The canonical text is a fixed point.
    expect(settingsFromHash(settingsToHash(back.settings)).settings).toEqual(back.settings);
  });

  it('reads b. fields in any order, mixed with A’s fields, into the canonical variantB', () => {
    const one = settingsFromHash('#v=2&b.ema=0&r1=0.5&b.lrg=0.0005&seeds=4&b.o=sgd&b.r1=1');
    const two = settingsFromHash('#b.r1=1&b.o=sgd&v=2&seeds=4&b.ema=0&r1=0.5&b.lrg=0.0005');
    expect(one.problems).toEqual([]);
    expect(two).toEqual(one);
    expect(one.settings).toMatchObject({ r1Gamma: 0.5, experimentSeeds: 4, variantB: 'r1:1,ema:0,lrg:0.0005,o:sgd' });
  });

  it('an override equal to A’s default is kept: B fixes it whatever A becomes', () => {
    const { settings } = settingsFromHash('#v=2&b.r1=0&b.ema=0.99');
    expect(settings.variantB).toBe('r1:0,ema:0.99');
    expect(settingsToHash(settings)).toBe('v=2&b.r1=0&b.ema=0.99');
  });

  it('reports every kind of bad b. field as B’s and keeps the rest of the link and of B', () => {
    const { settings, problems } = settingsFromHash(
      '#v=2&view=experiment&b.seed=3&b.m0=1&b.zz=1&b.r1=abc&b.k=99&b.obj=hinge&b.h=2&b.=1&m0=-1&b.ga=sine&b.gp1=2',
    );
    expect(problems).toEqual([
      { code: 'variant-fixed-setting', setting: 'seed' },
      { code: 'variant-fixed-setting', setting: 'mean0' },
      { code: 'variant-unknown-setting', short: 'zz' },
      { code: 'variant-bad-value', problem: { code: 'not-a-number', setting: 'r1Gamma', raw: 'abc' } },
      { code: 'variant-bad-value', problem: { code: 'out-of-range', setting: 'kD', raw: '99', min: 1, max: 10 } },
      { code: 'variant-fixed-setting', setting: 'showHistogram' },
      { code: 'variant-unknown-setting', short: '' },
      {
        code: 'variant-bad-value',
        problem: { code: 'not-an-option', setting: 'gActivation', raw: 'sine', options: ['tanh', 'relu', 'leakyRelu'] },
      },
      { code: 'variant-bad-value', problem: { code: 'not-a-flag', setting: 'gpOneSided', raw: '2' } },
    ]);
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      view: 'experiment',
      mean0: -1,
      seed: DEFAULT_SETTINGS.seed,
      variantB: 'obj:hinge,k:10',
    });
  });

  it('a raw b= field is an unknown setting: B has one way to be written', () => {
    const { settings, problems } = settingsFromHash('#v=2&b=r1:1&seeds=12');
    expect(problems).toEqual([{ code: 'unknown-setting', short: 'b' }]);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, experimentSeeds: 12 });
  });

  it('a variantB that is not valid overrides is written without its bad parts', () => {
    // The settings row's pattern lets such a text through (as from an old saved setup); the link drops it.
    const s = normalizeSettings({ variantB: 'r1:1,seed:3,zz:1' });
    expect(settingsToHash(s)).toBe('v=2&b.r1=1');
  });
});

describe('the experiment’s own settings in a link', () => {
  it('view=experiment and seeds are read; seeds is clamped to 1–32 and reported', () => {
    expect(settingsFromHash('#v=2&view=experiment&seeds=16')).toEqual({
      settings: { ...DEFAULT_SETTINGS, view: 'experiment', experimentSeeds: 16 },
      problems: [],
    });
    for (const [raw, clamped] of [
      ['0', 1],
      ['40', 32],
      ['-3', 1],
    ] as const) {
      const { settings, problems } = settingsFromHash(`#v=2&seeds=${raw}`);
      expect(settings.experimentSeeds, raw).toBe(clamped);
      expect(problems, raw).toEqual([{ code: 'out-of-range', setting: 'experimentSeeds', raw, min: 1, max: 32 }]);
    }
    expect(DEFAULT_SETTINGS.experimentSeeds).toBe(8);
  });
});

describe('variant B in a settings file', () => {
  it('round-trips and is read with the link’s parser: bad overrides reported as B’s, the valid ones kept', () => {
    const s = normalizeSettings({ view: 'experiment', variantB: 'r1:1,ema:0' });
    expect(parseSettingsJson(settingsToJson(s), DEFAULT_SETTINGS)).toEqual({ ok: true, settings: s, problems: [] });
    const bad = JSON.stringify({ version: 1, variantB: 'ema:0,seed:4,r1:x,k:2' });
    const r = parseSettingsJson(bad, DEFAULT_SETTINGS);
    expect(r.ok && r.settings.variantB).toBe('ema:0,k:2');
    expect(r.ok && r.problems).toEqual([
      { code: 'variant-fixed-setting', setting: 'seed' },
      { code: 'variant-bad-value', problem: { code: 'not-a-number', setting: 'r1Gamma', raw: 'x' } },
    ]);
  });

  it('a variantB that is not even key:value pairs is a bad text, and the current value stays', () => {
    const base = normalizeSettings({ variantB: 'r1:1' });
    const r = parseSettingsJson(JSON.stringify({ version: 1, variantB: 'r1=1;ema' }), base);
    expect(r.ok && r.settings.variantB).toBe('r1:1');
    expect(r.ok && r.problems.map((p) => p.code)).toEqual(['not-valid-text']);
  });
});
