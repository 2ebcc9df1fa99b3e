import { describe, expect, it } from 'vitest';
import type { ExperimentSnapshot, SeedReading } from './experiment';
import { experimentCsv } from './experimentCsv';
import { seedOutcome } from './experimentOutcome';
import { DEFAULT_SETTINGS, trainingSettings } from './settings';

const reading = (seed: number, js: number, reachedAt: number | null, modeShares: number[]): SeedReading => ({
  seed,
  outcome: seedOutcome({ js, modeShares }),
  js,
  reachedAt,
  modeShares,
  modesHeld: modeShares.length ? modeShares.every((s) => s >= 1 / 3) : null,
  density: new Float32Array(4),
  jsHistory: new Float32Array(0),
});

const snapshot = (a: SeedReading[], b: SeedReading[]): ExperimentSnapshot => ({
  step: 5000,
  steps: 5000,
  running: false,
  rate: 0,
  backend: 'cpu',
  a: { settings: trainingSettings(DEFAULT_SETTINGS), seeds: a },
  b: { settings: { ...trainingSettings(DEFAULT_SETTINGS), r1Gamma: 1 }, seeds: b },
  error: null,
});

/** RFC 4180 without quoted fields (none of these need quoting): CRLF lines, comma-separated cells. */
const parse = (csv: string): string[][] => {
  expect(csv.endsWith('\r\n')).toBe(true);
  return csv
    .slice(0, -2)
    .split('\r\n')
    .map((line) => line.split(','));
};

describe('experimentCsv', () => {
  const shares = (i: number) => [0.1 * i, 2 - 0.1 * i];
  const a = [1, 2, 3].map((seed) => reading(seed, 0.001234567891 * seed, seed === 3 ? null : 100 * seed, shares(seed)));
  const b = [1, 2, 3].map((seed) => reading(seed, seed === 2 ? NaN : 0.0051 / seed, 300, [1.01, 0.99]));

  it('has a header with one share column per mode, and one row per seed per arm, each once', () => {
    const rows = parse(experimentCsv(snapshot(a, b)));
    expect(rows[0]).toEqual([
      'seed',
      'arm',
      'steps',
      'final_js',
      'steps_to_js_below_0.01',
      'mode_1_share',
      'mode_2_share',
    ]);
    const body = rows.slice(1);
    expect(body).toHaveLength(6);
    for (const row of body) expect(row).toHaveLength(7);
    const keys = body.map((r) => `${r[1]}${r[0]}`);
    expect(keys).toEqual(['A1', 'A2', 'A3', 'B1', 'B2', 'B3']);
    expect(body.every((r) => r[2] === '5000')).toBe(true);
  });

  it('parses back to the same numbers (every digit); a missing value is an empty cell, a diverged JS NaN', () => {
    const body = parse(experimentCsv(snapshot(a, b))).slice(1);
    a.forEach((r, i) => {
      expect(Number(body[i][3])).toBe(r.js);
      expect(Number(body[i][5])).toBe(r.modeShares[0]);
      expect(Number(body[i][6])).toBe(r.modeShares[1]);
    });
    expect(body[0][4]).toBe('100');
    expect(body[2][4]).toBe(''); // seed 3 of A never reached JS < 0.01
    expect(body[4][3]).toBe('NaN'); // seed 2 of B diverged
  });

  it('has no share columns for a target without modes', () => {
    const rows = parse(experimentCsv(snapshot([reading(1, 0.02, null, [])], [reading(1, 0.003, 700, [])])));
    expect(rows).toEqual([
      ['seed', 'arm', 'steps', 'final_js', 'steps_to_js_below_0.01'],
      ['1', 'A', '5000', '0.02', ''],
      ['1', 'B', '5000', '0.003', '700'],
    ]);
  });
});
