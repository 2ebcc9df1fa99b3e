import { expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from './settings';
import { followsAdvice, TARGET_ADVICE, targetAdvice } from './targetAdvice';

it('two and three Gaussian modes get their advice; one mode, a uniform and a drawn density none', () => {
  const at = (s: object) => targetAdvice({ ...DEFAULT_SETTINGS, ...s })?.target ?? null;
  expect(at({ components: 2 })).toBe('two-modes');
  expect(at({ components: 3 })).toBe('three-modes');
  expect(at({ components: 1 })).toBeNull();
  expect(at({ components: 2, targetKind: 'uniform' })).toBeNull();
  expect(at({ components: 3, targetKind: 'drawn' })).toBeNull();
});

it('the advice is followed once every setting it names has its value, and not before', () => {
  for (const advice of Object.values(TARGET_ADVICE)) {
    const applied = { ...DEFAULT_SETTINGS, ...advice.settings };
    expect(followsAdvice(applied, advice)).toBe(true);
    expect(followsAdvice(DEFAULT_SETTINGS, advice)).toBe(false);
    for (const key of Object.keys(advice.settings))
      expect(followsAdvice({ ...applied, [key]: DEFAULT_SETTINGS[key as keyof typeof DEFAULT_SETTINGS] }, advice)).toBe(
        false,
      );
    // The measured counts are counts of the seeds run.
    expect(advice.held).toBeLessThanOrEqual(advice.seeds);
    expect(advice.heldByDefaults).toBeLessThanOrEqual(advice.seeds);
  }
});
