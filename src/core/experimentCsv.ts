// The per-seed outcomes of an experiment as CSV. TEMPORARY minimal version for the ui branch (the link
// engineer's file, same signature, replaces it at merge).
import { ARMS, type ExperimentSnapshot } from './experiment';

const num = (v: number | null): string => (v === null || !Number.isFinite(v) ? '' : String(Number(v.toPrecision(8))));

export function experimentCsv(s: ExperimentSnapshot): string {
  const modes = Math.max(0, ...ARMS.flatMap((arm) => s[arm].seeds.map((r) => r.modeShares.length)));
  const header = ['seed', 'arm', 'steps', 'final_js', 'steps_to_js_below_0.01'];
  for (let i = 1; i <= modes; i++) header.push(`mode_${i}_share`);
  const rows = [header.join(',')];
  for (const arm of ARMS)
    for (const r of s[arm].seeds) {
      const shares = Array.from({ length: modes }, (_, i) => num(r.modeShares[i] ?? null));
      rows.push([String(r.seed), arm.toUpperCase(), String(s.step), num(r.js), num(r.reachedAt), ...shares].join(','));
    }
  return rows.join('\r\n') + '\r\n';
}
