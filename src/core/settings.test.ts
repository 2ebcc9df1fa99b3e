import { describe, expect, it } from 'vitest';
import {
  changedScopes,
  componentKey,
  DEFAULT_SETTINGS,
  explorerComponents,
  explorerKey,
  INSTANCE_NOISE_ANNEAL_STEPS,
  instanceNoiseAt,
  keysInScope,
  mixtureComponents,
  needsNewRun,
  normalizeSettings,
  scopeKey,
  SETTING_KEYS,
  SETTINGS_TABLE,
  trainingSettings,
} from './settings';
import { settingsFromHash, settingsToHash } from './settingsLink';

describe('settings scopes', () => {
  it('every setting is in exactly one scope, and the scopes cover the table', () => {
    const scoped = (['target', 'live', 'run', 'backend', 'display'] as const).flatMap((s) => keysInScope(s));
    expect([...scoped].sort()).toEqual([...SETTING_KEYS].sort());
  });

  it('a new seed or a new architecture is a new run; a learning rate or the target is not', () => {
    const t = trainingSettings(DEFAULT_SETTINGS);
    expect(needsNewRun(t, { ...t, seed: 7 })).toBe(true);
    expect(needsNewRun(t, { ...t, gHidden: 8 })).toBe(true);
    expect(needsNewRun(t, { ...t, noise: 'uniform' })).toBe(true);
    expect(needsNewRun(t, { ...t, lrD: 0.01 })).toBe(false);
    expect(needsNewRun(t, { ...t, mean0: 0 })).toBe(false);
    expect(changedScopes(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, units: 'bits' })).toEqual(new Set(['display']));
  });

  it('the worker’s settings leave out exactly the display settings', () => {
    const t = trainingSettings(DEFAULT_SETTINGS);
    expect(Object.keys(t).sort()).toEqual(SETTING_KEYS.filter((k) => SETTINGS_TABLE[k].scope !== 'display').sort());
    expect(t).not.toHaveProperty('units');
  });

  it('the target key changes with the target only', () => {
    const k = scopeKey(DEFAULT_SETTINGS, 'target');
    expect(scopeKey({ ...DEFAULT_SETTINGS, lrD: 0.5 }, 'target')).toBe(k);
    expect(scopeKey({ ...DEFAULT_SETTINGS, std2: 1 }, 'target')).not.toBe(k);
  });

  it('the explorer’s keys and components follow the same scheme as the target’s', () => {
    expect(explorerKey('P', 'mean', 0)).toBe('explorerPMean0');
    expect(explorerKey('Q', 'weight', 2)).toBe('explorerQWeight2');
    expect(() => explorerKey('P', 'std', -1)).toThrow(RangeError);
    const s = normalizeSettings({ explorerQComponents: 2, explorerQMean1: 2.5, explorerQStd1: 0.7 });
    expect(explorerComponents(s, 'Q')).toEqual([
      { mean: s.explorerQMean0, std: s.explorerQStd0, weight: s.explorerQWeight0 },
      { mean: 2.5, std: 0.7, weight: s.explorerQWeight1 },
    ]);
    expect(explorerComponents(s, 'P')).toHaveLength(1);
    // The explorer's σ goes up to 3, the target's to 2.
    expect([SETTINGS_TABLE.explorerPStd2.max, SETTINGS_TABLE.std2.max]).toEqual([3, 2]);
  });

  it('component keys name the per-component settings and refuse components that do not exist', () => {
    expect(componentKey('mean', 0)).toBe('mean0');
    expect(componentKey('weight', 2)).toBe('weight2');
    expect(() => componentKey('std', 3)).toThrow(RangeError);
    const s = normalizeSettings({ components: 2, mean1: -1, std1: 0.3, weight1: 0.4 });
    expect(mixtureComponents(s)).toEqual([
      { mean: s.mean0, std: s.std0, weight: s.weight0 },
      { mean: -1, std: 0.3, weight: 0.4 },
    ]);
  });
});

describe('settings in a link', () => {
  it('writes only what differs from the defaults and reads it back', () => {
    const s = normalizeSettings({ mean0: -2, lrD: 0.0035, targetKind: 'uniform', showHistogram: false });
    const hash = settingsToHash(s);
    expect(hash).toBe('v=2&t=uniform&m0=-2&lrd=0.0035&h=0');
    expect(settingsFromHash(hash)).toEqual({ settings: s, problems: [] });
  });

  it('reports each bad field as data and keeps the good ones', () => {
    const { settings, problems } = settingsFromHash('#v=2&m0=-2&s0=banana&s1=99&o=rmsprop&h=2&zz=1&junk');
    expect(settings.mean0).toBe(-2);
    expect(settings.std0).toBe(DEFAULT_SETTINGS.std0);
    expect(settings.std1).toBe(SETTINGS_TABLE.std1.max);
    expect(problems.map((p) => p.code).sort()).toEqual(
      ['not-a-flag', 'not-a-number', 'not-an-option', 'not-key-value', 'out-of-range', 'unknown-setting'].sort(),
    );
  });

  it('text settings: a valid lesson id goes through the link; anything else is reported and dropped', () => {
    const s = normalizeSettings({ lesson: 'bimodal-collapse', lessonStep: 2 });
    expect(settingsFromHash(settingsToHash(s)).settings).toEqual(s);
    const { settings, problems } = settingsFromHash('#v=2&lesson=Bad%20Lesson!&lstep=1');
    expect(settings.lesson).toBe('');
    expect(settings.lessonStep).toBe(1);
    expect(problems).toEqual([{ code: 'not-valid-text', setting: 'lesson', raw: 'Bad Lesson!' }]);
    expect(normalizeSettings({ lesson: 'x'.repeat(41) }).lesson).toBe('');
  });

  it('a link from a newer version loads the defaults', () => {
    const { settings, problems } = settingsFromHash('#v=99&m0=1');
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems).toEqual([{ code: 'newer-version', version: 99 }]);
  });
});

describe('instance noise schedule', () => {
  it('fixed keeps σ; annealed falls linearly to 0 and stays there; 0 is off', () => {
    const fixed = { instanceNoise: 0.4, instanceNoiseSchedule: 'fixed' as const };
    const annealed = { instanceNoise: 0.4, instanceNoiseSchedule: 'annealed' as const };
    expect(instanceNoiseAt(fixed, 1e6)).toBe(0.4);
    expect(instanceNoiseAt(annealed, 0)).toBe(0.4);
    expect(instanceNoiseAt(annealed, INSTANCE_NOISE_ANNEAL_STEPS / 2)).toBeCloseTo(0.2, 12);
    expect(instanceNoiseAt(annealed, INSTANCE_NOISE_ANNEAL_STEPS)).toBe(0);
    expect(instanceNoiseAt(annealed, 3 * INSTANCE_NOISE_ANNEAL_STEPS)).toBe(0);
    expect(instanceNoiseAt({ ...fixed, instanceNoise: 0 }, 10)).toBe(0);
  });
});
