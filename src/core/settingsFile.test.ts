import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, SETTING_KEYS, SETTINGS_VERSION, type Settings } from './settings';
import { parseSettingsJson, settingsToJson } from './settingsFile';

const changed: Settings = {
  ...DEFAULT_SETTINGS,
  components: 2,
  mean0: -1.25,
  mean1: 2.5,
  lrD: 0.0003,
  gActivation: 'tanh',
  gpOneSided: false,
  objective: 'wgan-gp',
  seed: 777,
  lesson: 'mode-collapse',
  units: 'bits',
};

describe('settings as JSON', () => {
  test('the file is the whole Settings object plus version', () => {
    const data = JSON.parse(settingsToJson(changed));
    expect(data.version).toBe(SETTINGS_VERSION);
    expect(Object.keys(data)).toEqual(['version', ...SETTING_KEYS]);
    expect(data.mean0).toBe(-1.25);
    expect(data.gpOneSided).toBe(false);
  });

  test('round trip: every setting comes back as it was, whatever the current settings', () => {
    const result = parseSettingsJson(settingsToJson(changed), DEFAULT_SETTINGS);
    expect(result).toEqual({ ok: true, settings: changed, problems: [] });
    const back = parseSettingsJson(settingsToJson(DEFAULT_SETTINGS), changed);
    expect(back.ok && back.settings).toEqual(DEFAULT_SETTINGS);
  });

  test('not JSON, not an object, no setting at all, a weights file, a newer version: nothing is loaded', () => {
    const bad = [
      ['{"mean0": 1,', 'not-json'],
      ['', 'not-json'],
      ['[1, 2]', 'not-an-object'],
      ['null', 'not-an-object'],
      ['42', 'not-an-object'],
      ['{"hello": "world"}', 'no-settings'],
      ['{"format": "gan-playground-weights", "modelTopology": {}}', 'weights-file'],
      [`{"version": ${SETTINGS_VERSION + 1}, "mean0": 2}`, 'newer-version'],
    ] as const;
    for (const [text, code] of bad) {
      const r = parseSettingsJson(text, changed);
      expect(r.ok, text).toBe(false);
      if (!r.ok) expect(r.error.code, text).toBe(code);
    }
  });

  test('keeps what is valid, clamps what is out of range, keeps the current value of what is bad or missing', () => {
    const text = JSON.stringify({
      version: SETTINGS_VERSION,
      mean0: 99, // out of range: clamped to 4
      std0: 'wide', // not a number: the current value stays
      gActivation: 'swish', // not an option
      showHistogram: 1, // not a flag
      lesson: 'Bad Id!', // not valid text
      lrG: 0.0005, // fine
      colour: 'red', // unknown
      seed: null, // not a number
    });
    const r = parseSettingsJson(text, changed);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.settings.mean0).toBe(4);
    expect(r.settings.lrG).toBe(0.0005);
    expect(r.settings.std0).toBe(changed.std0);
    expect(r.settings.gActivation).toBe(changed.gActivation);
    expect(r.settings.showHistogram).toBe(changed.showHistogram);
    expect(r.settings.lesson).toBe(changed.lesson);
    expect(r.settings.seed).toBe(changed.seed);
    // Not in the file at all: the current value.
    expect(r.settings.mean1).toBe(changed.mean1);
    expect(r.problems.map((p) => p.code).sort()).toEqual(
      [
        'not-a-flag',
        'not-a-number',
        'not-a-number',
        'not-an-option',
        'not-valid-text',
        'out-of-range',
        'unknown-setting',
      ].sort(),
    );
    expect(r.problems).toContainEqual({ code: 'unknown-setting', short: 'colour' });
    expect(r.problems).toContainEqual({ code: 'out-of-range', setting: 'mean0', raw: '99', min: -4, max: 4 });
  });

  test('a missing or odd version loads with a problem; the cross-field rules hold afterwards', () => {
    const noVersion = parseSettingsJson(
      '{"uniformLow": 3, "uniformHigh": 1, "targetKind": "uniform"}',
      DEFAULT_SETTINGS,
    );
    expect(noVersion.ok).toBe(true);
    if (!noVersion.ok) return;
    expect(noVersion.problems).toEqual([{ code: 'file-no-version' }]);
    expect(noVersion.settings.uniformHigh - noVersion.settings.uniformLow).toBeGreaterThanOrEqual(0.1 - 1e-12);
    const odd = parseSettingsJson('{"version": "one", "mean0": 1}', DEFAULT_SETTINGS);
    expect(odd.ok && odd.problems).toEqual([{ code: 'file-unknown-version', raw: '"one"' }]);
    expect(parseSettingsJson('{"version": 0.5, "mean0": 1}', DEFAULT_SETTINGS)).toMatchObject({
      problems: [{ code: 'file-unknown-version', raw: '0.5' }],
    });
    // A version-1 file holds every setting, so the defaults that changed in version 2 change nothing in it.
    const v1 = { ...JSON.parse(settingsToJson(DEFAULT_SETTINGS)), version: 1, gActivation: 'leakyRelu', dDepth: 2 };
    expect(parseSettingsJson(JSON.stringify(v1), DEFAULT_SETTINGS)).toEqual({
      ok: true,
      settings: { ...DEFAULT_SETTINGS, gActivation: 'leakyRelu', dDepth: 2 },
      problems: [],
    });
    // Hinge has no optimal-D mode: normalizeSettings turns it off.
    const hinge = parseSettingsJson(`{"version": 1, "objective": "hinge", "optimalD": true}`, DEFAULT_SETTINGS);
    expect(hinge.ok && hinge.settings.optimalD).toBe(false);
  });
});
