// The training history as CSV (RFC 4180: comma-separated, CRLF line ends, a header row): one row per
// history point the page holds (HistoryBuffer: thinned to about 4,000 points on long runs). Numbers are
// written as JavaScript's shortest round-trip form, so parseFloat gives back exactly the same number;
// ∞ is written `Infinity` and a missing value `NaN` (both read back by parseFloat, pandas and R).
import type { HistoryPoint } from './protocol';

/** The columns, in order: the header's name and the value of a point. Divergences in nats, W1 in units of x. */
export const HISTORY_CSV_COLUMNS: readonly { name: string; value: (p: HistoryPoint) => number }[] = [
  { name: 'step', value: (p) => p.step },
  { name: 'loss_d', value: (p) => p.lossD },
  { name: 'loss_g', value: (p) => p.lossG },
  { name: 'kl_forward_nats', value: (p) => p.klForward },
  { name: 'kl_reverse_nats', value: (p) => p.klReverse },
  { name: 'js_nats', value: (p) => p.js },
  { name: 'w1', value: (p) => p.w1 },
];

/** A number as CSV writes it: the shortest text that parses back to the same double; `Infinity`, `-Infinity`, `NaN`. */
export function csvNumber(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return 'Infinity';
  if (v === -Infinity) return '-Infinity';
  return String(v);
}

/** One field: quoted (with quotes doubled) when it holds a comma, a quote or a line break. */
export function csvField(value: string | number): string {
  const text = typeof value === 'number' ? csvNumber(value) : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One line of fields, without its line end. */
export const csvRow = (fields: readonly (string | number)[]): string => fields.map(csvField).join(',');

/** The whole file: the header and one row per point, every line ending in CRLF. */
export function historyCsv(points: readonly HistoryPoint[]): string {
  const lines = [csvRow(HISTORY_CSV_COLUMNS.map((c) => c.name))];
  for (const p of points) lines.push(csvRow(HISTORY_CSV_COLUMNS.map((c) => c.value(p))));
  return lines.join('\r\n') + '\r\n';
}
