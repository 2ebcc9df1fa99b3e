import { describe, expect, test } from 'vitest';
import { csvField, csvNumber, csvRow, HISTORY_CSV_COLUMNS, historyCsv } from './historyCsv';
import type { HistoryPoint } from './protocol';

const point = (step: number, over: Partial<HistoryPoint> = {}): HistoryPoint => ({
  step,
  lossD: 0.6931471805599453,
  lossG: 0.7,
  klForward: 0.12,
  klReverse: 0.34,
  js: 0.0123,
  w1: 0.5,
  ...over,
});

/** A minimal RFC 4180 reader (quoted fields, doubled quotes, CRLF), so the test does not trust the writer. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

describe('historyCsv', () => {
  test('a header row and one row per point, in the documented column order, CRLF line ends', () => {
    const text = historyCsv([point(10), point(20, { js: 0.01 })]);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(text);
    expect(rows[0]).toEqual(['step', 'loss_d', 'loss_g', 'kl_forward_nats', 'kl_reverse_nats', 'js_nats', 'w1']);
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual(['10', '0.6931471805599453', '0.7', '0.12', '0.34', '0.0123', '0.5']);
    expect(rows[2][0]).toBe('20');
    expect(rows[2][5]).toBe('0.01');
  });

  test('an empty history is the header alone', () => {
    expect(parseCsv(historyCsv([]))).toEqual([HISTORY_CSV_COLUMNS.map((c) => c.name)]);
  });

  test('∞ is written Infinity and a missing value NaN; both parse back', () => {
    const rows = parseCsv(historyCsv([point(5, { klForward: Infinity, klReverse: -Infinity, lossG: NaN })]));
    expect(rows[1][3]).toBe('Infinity');
    expect(rows[1][4]).toBe('-Infinity');
    expect(rows[1][2]).toBe('NaN');
    expect(parseFloat(rows[1][3])).toBe(Infinity);
    expect(parseFloat(rows[1][4])).toBe(-Infinity);
    expect(parseFloat(rows[1][2])).toBeNaN();
  });

  test('every number round-trips exactly through parseFloat (tiny, huge, negative, many digits)', () => {
    const values = [0, 1, -2.5, 1 / 3, Math.PI * 1e-9, 6.02214076e23, -1e-300, 5e-324, 0.1 + 0.2, 123456789.123456];
    for (const v of values) {
      const [row] = parseCsv(csvRow([v]) + '\r\n');
      expect(parseFloat(row[0])).toBe(v);
      expect(csvNumber(v)).not.toMatch(/[",]/);
    }
    // Every column of a row of awkward values.
    const p = point(7, {
      lossD: 1 / 3,
      lossG: -1e-12,
      klForward: 2 ** -40,
      klReverse: 1e21,
      js: Math.LN2,
      w1: 0.1 + 0.2,
    });
    const row = parseCsv(historyCsv([p]))[1].map(parseFloat);
    expect(row).toEqual(HISTORY_CSV_COLUMNS.map((c) => c.value(p)));
  });

  test('fields with commas, quotes or line breaks are quoted, quotes doubled', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    const line = csvRow(['a,b', 'say "hi"', 'x\r\ny', 3]);
    expect(parseCsv(line + '\r\n')).toEqual([['a,b', 'say "hi"', 'x\r\ny', '3']]);
  });
});
