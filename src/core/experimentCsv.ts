// An experiment's per-seed outcomes as CSV (RFC 4180 like the history's: comma-separated, CRLF line
// ends, a header row): one row per seed per arm, A's seeds first, the arm written as the view names it
// (A, B). A value that does not exist (a seed that never reached JS < 0.01) is an empty cell; a diverged
// seed's JS and shares are `NaN` (both read as missing by pandas and R).
import { ARMS, JS_THRESHOLD, type ExperimentSnapshot, type SeedReading } from './experiment';
import { csvRow } from './historyCsv';

/** The header: one share column per mode of the target (none for one Gaussian, a uniform or a drawn target). */
function experimentCsvHeader(modes: number): string[] {
  const shares = Array.from({ length: modes }, (_, i) => `mode_${i + 1}_share`);
  return ['seed', 'arm', 'steps', 'final_js', `steps_to_js_below_${JS_THRESHOLD}`, ...shares];
}

export function experimentCsv(s: ExperimentSnapshot): string {
  const all: SeedReading[] = [...s.a.seeds, ...s.b.seeds];
  const modes = Math.max(0, ...all.map((r) => r.modeShares.length));
  const lines = [csvRow(experimentCsvHeader(modes))];
  for (const arm of ARMS)
    for (const r of s[arm].seeds) {
      const shares = Array.from({ length: modes }, (_, i) => r.modeShares[i] ?? '');
      lines.push(csvRow([r.seed, arm.toUpperCase(), s.step, r.js, r.reachedAt ?? '', ...shares]));
    }
  return lines.join('\r\n') + '\r\n';
}
