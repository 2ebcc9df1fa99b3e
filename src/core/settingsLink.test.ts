import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, normalizeSettings, SETTING_KEYS, SETTINGS_TABLE, SETTINGS_VERSION } from './settings';
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
  // A made-up history, counted back from the current version V: V − 1 called the first mean `mean` and
  // gave the D rate in thousandths, and V − 2 called the seed `s`.
  const V = SETTINGS_VERSION;
  const calls: number[] = [];
  const migrations: LinkMigrations = {
    [V - 2]: (fields: LinkFields) => {
      calls.push(V - 2);
      return renameField('s', 'seed')(fields);
    },
    [V - 1]: (fields: LinkFields) => {
      calls.push(V - 1);
      return convertField('lrd', (raw) => String(Number(raw) / 1000))(renameField('mean', 'm0')(fields));
    },
  };

  it('a link one version old is migrated to the current version and reads without problems', () => {
    calls.length = 0;
    const { settings, problems } = settingsFromHash(`#v=${V - 1}&mean=-2&lrd=3&s0=0.8`, migrations);
    expect(problems).toEqual([]);
    expect(calls).toEqual([V - 1]);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, mean0: -2, lrD: 0.003, std0: 0.8 });
  });

  it('migrations chain: V − 2 goes through V − 1 to V, each step once, in order', () => {
    calls.length = 0;
    const { settings, problems } = settingsFromHash(`#v=${V - 2}&s=7&mean=1&lrd=500`, migrations);
    expect(problems).toEqual([]);
    expect(calls).toEqual([V - 2, V - 1]);
    expect(settings).toMatchObject({ seed: 7, mean0: 1, lrD: 0.5 });
  });

  it('variant B’s overrides (b.<key>) are migrated with their keys', () => {
    const { settings, problems } = settingsFromHash(`#v=${V - 1}&lrd=3&b.lrd=5&b.r1=1`, migrations);
    expect(problems).toEqual([]);
    expect(settings).toMatchObject({ lrD: 0.003, variantB: 'r1:1,lrd:0.005' });
    expect(
      renameField(
        'k',
        'kd',
      )([
        ['b.k', '2'],
        ['bk', '1'],
        ['k', '3'],
      ]),
    ).toEqual([
      ['b.kd', '2'],
      ['bk', '1'],
      ['kd', '3'],
    ]);
  });

  it('without the migration the same link reports the unknown version (and the unknown key)', () => {
    const { settings, problems } = settingsFromHash(`#v=${V - 1}&mean=-2&s0=0.8`, {});
    expect(problems).toEqual([
      { code: 'unknown-setting', short: 'mean' },
      { code: 'unknown-version', version: V - 1 },
    ]);
    // What it can read, it keeps.
    expect(settings.std0).toBe(0.8);
  });

  it('a version with no path to the current one is still reported as unknown', () => {
    for (const hash of [`#v=${V - 3}&m0=1`, `#v=${V - 0.5}&m0=1`, '#v=abc&m0=1']) {
      calls.length = 0;
      const { settings, problems } = settingsFromHash(hash, migrations);
      expect(
        problems.map((p) => p.code),
        hash,
      ).toEqual(['unknown-version']);
      expect(settings.mean0, hash).toBe(1);
    }
    // V − 3 has no step to V − 2: nothing ran.
    expect(calls).toEqual([]);
  });

  it('current and newer links are not migrated', () => {
    calls.length = 0;
    expect(settingsFromHash(`#v=${V}&m0=1`, migrations).problems).toEqual([]);
    expect(settingsFromHash(`#v=${V + 1}&m0=1`, migrations).problems).toEqual([
      { code: 'newer-version', version: V + 1 },
    ]);
    expect(calls).toEqual([]);
  });
});

describe("the app's own migrations", () => {
  /** Links began at version 1 (the first release): every version since has a step to the next. */
  const FIRST_VERSION = 1;

  it('have one step from each released version below SETTINGS_VERSION, and no other', () => {
    const released = Array.from({ length: SETTINGS_VERSION - FIRST_VERSION }, (_, i) => FIRST_VERSION + i);
    const steps = Object.keys(LINK_MIGRATIONS)
      .map(Number)
      .sort((a, b) => a - b);
    expect(steps).toEqual(released);
    // So a link of every released version reaches the current one.
    for (const version of released) {
      const { problems } = settingsFromHash(`#v=${version}`);
      expect(problems, `v=${version}`).toEqual([]);
    }
  });

  it('1 → 2: a version-1 link that leaves G’s activation and D’s depth out meant leaky ReLU and depth 2', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({ gActivation: 'tanh', dDepth: 3 });
    const old = settingsFromHash('#v=1&m0=-1');
    expect(old.problems).toEqual([]);
    expect(old.settings).toEqual({ ...DEFAULT_SETTINGS, mean0: -1, gActivation: 'leakyRelu', dDepth: 2 });
    // What it set, it keeps; B's overrides stay B's.
    expect(settingsFromHash('#v=1&ga=relu&dd=4&b.ga=tanh').settings).toMatchObject({
      gActivation: 'relu',
      dDepth: 4,
      variantB: 'ga:tanh',
    });
    // Written again, the link says so in version 2.
    expect(settingsToHash(old.settings)).toBe('v=2&m0=-1&ga=leakyRelu&dd=2');
    // A lesson's link opens the lesson as it is now.
    expect(settingsFromHash('#v=1&lesson=single-gaussian').settings).toMatchObject({ gActivation: 'tanh', dDepth: 3 });
    // A version-2 link that leaves them out means the new defaults.
    expect(settingsFromHash('#v=2&m0=-1').settings).toEqual({ ...DEFAULT_SETTINGS, mean0: -1 });
  });

  it('read a link written now back the same', () => {
    const s = { ...DEFAULT_SETTINGS, mean0: -1.5, lesson: 'js-vs-w1', lessonStep: 2 };
    expect(settingsFromHash(settingsToHash(s))).toEqual({ settings: s, problems: [] });
  });
});

describe('the Dirac view’s settings in a link', () => {
  it('every one of them off its default goes into the link under its own key and reads back', () => {
    const s = normalizeSettings({
      view: 'dirac',
      diracOptimizer: 'adam',
      diracLr: 0.035,
      diracSteps: 1200,
      diracStabiliser: 'noise',
      diracGamma: 2.5,
      diracSigma: 0.4,
      diracStartTheta: -1.25,
      diracStartPsi: 0.5,
      diracShowEma: true,
    });
    const hash = settingsToHash(s);
    expect(hash).toBe(
      'v=2&view=dirac&dopt=adam&dlr=0.035&dsteps=1200&dstab=noise&dgamma=2.5&dsigma=0.4&dtheta=-1.25&dpsi=0.5&dema=1',
    );
    expect(settingsFromHash(hash)).toEqual({ settings: s, problems: [] });
  });

  it('their defaults are the view’s first state (from (1, 1), 500 simultaneous steps of 0.1, no stabiliser)', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      diracOptimizer: 'simultaneous',
      diracLr: 0.1,
      diracSteps: 500,
      diracStabiliser: 'none',
      diracGamma: 1,
      diracSigma: 1,
      diracStartTheta: 1,
      diracStartPsi: 1,
      diracShowEma: false,
    });
    expect(settingsToHash(DEFAULT_SETTINGS)).toBe('v=2');
  });

  it('a start outside the plotted square is clamped to its edge and reported; an unknown method is dropped', () => {
    const { settings, problems } = settingsFromHash('#v=2&dtheta=7&dpsi=-0.3&dopt=rmsprop');
    expect(settings).toMatchObject({ diracStartTheta: 2, diracStartPsi: -0.3, diracOptimizer: 'simultaneous' });
    expect(problems).toEqual([
      { code: 'out-of-range', setting: 'diracStartTheta', raw: '7', min: -2, max: 2 },
      {
        code: 'not-an-option',
        setting: 'diracOptimizer',
        raw: 'rmsprop',
        options: ['simultaneous', 'alternating', 'adam'],
      },
    ]);
  });
});

describe('the URL keys', () => {
  it('are unique, so every key of a link names one setting', () => {
    const shorts = SETTING_KEYS.map((k) => SETTINGS_TABLE[k].short);
    expect(new Set(shorts).size).toBe(shorts.length);
  });

  it('the mixtures’ generated keys still read as they always have (target, explorer P and Q)', () => {
    const { settings, problems } = settingsFromHash(
      '#v=2&n=3&m2=-3.5&s1=1.7&w0=0.4&pn=2&pm1=0.25&pw0=0.6&qn=3&qs2=2.5',
    );
    expect(problems).toEqual([]);
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      components: 3,
      mean2: -3.5,
      std1: 1.7,
      weight0: 0.4,
      explorerPComponents: 2,
      explorerPMean1: 0.25,
      explorerPWeight0: 0.6,
      explorerQComponents: 3,
      explorerQStd2: 2.5,
    });
  });
});
