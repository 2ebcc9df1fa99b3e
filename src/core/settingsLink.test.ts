import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from './settings';
import {
  convertField,
  LINK_MIGRATIONS,
  renameField,
  settingsFromHash,
  settingsToHash,
  type LinkFields,
  type LinkMigrations,
} from './settingsLink';

describe('old links migrate instead of being dropped', () => {
  // A made-up history: version 0 called the first mean `mean` and gave the D rate in thousandths, and
  // version −1 called the seed `s`. The current version is SETTINGS_VERSION (1).
  const calls: number[] = [];
  const migrations: LinkMigrations = {
    [-1]: (fields: LinkFields) => {
      calls.push(-1);
      return renameField('s', 'seed')(fields);
    },
    0: (fields: LinkFields) => {
      calls.push(0);
      return convertField('lrd', (raw) => String(Number(raw) / 1000))(renameField('mean', 'm0')(fields));
    },
  };

  it('a v0 link is migrated to the current version and reads without problems', () => {
    expect(SETTINGS_VERSION).toBe(1);
    calls.length = 0;
    const { settings, problems } = settingsFromHash('#v=0&mean=-2&lrd=3&s0=0.8', migrations);
    expect(problems).toEqual([]);
    expect(calls).toEqual([0]);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, mean0: -2, lrD: 0.003, std0: 0.8 });
  });

  it('migrations chain: v−1 goes through v0 to v1, each step once, in order', () => {
    calls.length = 0;
    const { settings, problems } = settingsFromHash('#v=-1&s=7&mean=1', migrations);
    expect(problems).toEqual([]);
    expect(calls).toEqual([-1, 0]);
    expect(settings).toMatchObject({ seed: 7, mean0: 1 });
  });

  it('without the migration the same link reports the unknown version (and the unknown key)', () => {
    const { settings, problems } = settingsFromHash('#v=0&mean=-2&s0=0.8');
    expect(problems).toEqual([
      { code: 'unknown-setting', short: 'mean' },
      { code: 'unknown-version', version: 0 },
    ]);
    // What it can read, it keeps.
    expect(settings.std0).toBe(0.8);
  });

  it('a version with no path to the current one is still reported as unknown', () => {
    for (const hash of ['#v=-2&m0=1', '#v=0.5&m0=1', '#v=abc&m0=1']) {
      calls.length = 0;
      const { settings, problems } = settingsFromHash(hash, migrations);
      expect(
        problems.map((p) => p.code),
        hash,
      ).toEqual(['unknown-version']);
      expect(settings.mean0, hash).toBe(1);
    }
    // v=−2 has no step to v=−1: nothing ran.
    expect(calls).toEqual([]);
  });

  it('current and newer links are not migrated; the app’s own table has no steps yet', () => {
    calls.length = 0;
    expect(settingsFromHash('#v=1&m0=1', migrations).problems).toEqual([]);
    expect(settingsFromHash('#v=2&m0=1', migrations).problems).toEqual([{ code: 'newer-version', version: 2 }]);
    expect(calls).toEqual([]);
    expect(Object.keys(LINK_MIGRATIONS)).toEqual([]);
    // A link written now reads back the same through the default table.
    const s = { ...DEFAULT_SETTINGS, mean0: -1.5, lesson: 'js-vs-w1', lessonStep: 2 };
    expect(settingsFromHash(settingsToHash(s))).toEqual({ settings: s, problems: [] });
  });
});
