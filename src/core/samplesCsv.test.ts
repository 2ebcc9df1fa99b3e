import { describe, expect, it } from 'vitest';
import { MAX_SAMPLES, MAX_SAMPLES_FILE_BYTES, parseSamplesCsv } from './samplesCsv';

const values = (text: string) => {
  const r = parseSamplesCsv(text);
  if (!r.ok) throw new Error(`not parsed: ${JSON.stringify(r)}`);
  return Array.from(r.values);
};

describe('parseSamplesCsv', () => {
  it('one number per line, with CRLF, blank lines, spaces and a final newline', () => {
    expect(values('1\r\n2.5\n\n  -3 \n4e-1\n.5\n')).toEqual([1, 2.5, -3, 0.4, 0.5]);
  });
  it('commas, semicolons, tabs and spaces separate; a trailing separator is fine', () => {
    expect(values('1,2,3,4,5,')).toEqual([1, 2, 3, 4, 5]);
    expect(values('1;2;3\n4;5')).toEqual([1, 2, 3, 4, 5]);
    expect(values('1\t2\t3 4  5')).toEqual([1, 2, 3, 4, 5]);
    expect(values('1, 2, 3,\n4, 5')).toEqual([1, 2, 3, 4, 5]);
  });
  it('with semicolons, a comma is a decimal comma', () => {
    expect(values('1,5;2,25;-0,5;3;4')).toEqual([1.5, 2.25, -0.5, 3, 4]);
  });
  it('one header line is allowed and returned', () => {
    const r = parseSamplesCsv('height\n1\n2\n3\n4\n5');
    expect(r).toMatchObject({ ok: true, header: 'height' });
    expect(values('"x";"y"\n1;2\n3;4\n5;6')).toEqual([1, 2, 3, 4, 5, 6]);
  });
  it('quotes, a byte-order mark, a typographic minus and # comments are read', () => {
    expect(values('\uFEFF"1"\n\'2\'\n\u22123\n# a comment\n4\n5')).toEqual([1, 2, -3, 4, 5]);
  });
  it('text is not numbers: the line and the field are named', () => {
    expect(parseSamplesCsv('x\n1\n2\nthree\n4\n5')).toEqual({ ok: false, code: 'not-numbers', line: 4, text: 'three' });
    expect(parseSamplesCsv('Dear class,\nplease bring your books.')).toMatchObject({
      ok: false,
      code: 'not-numbers',
      line: 2,
    });
    expect(parseSamplesCsv('just a header')).toMatchObject({ ok: false, code: 'not-numbers', line: 1 });
  });
  it('NaN, Infinity, hex and numbers with units are not numbers', () => {
    for (const bad of ['NaN', 'Infinity', '0x10', '3cm', '1.2.3', '--1', '1e']) {
      expect(parseSamplesCsv(`1\n2\n3\n4\n5\n${bad}`), bad).toMatchObject({ ok: false, code: 'not-numbers', line: 6 });
    }
  });
  it('empty: nothing, or only blank lines', () => {
    expect(parseSamplesCsv('')).toEqual({ ok: false, code: 'empty' });
    expect(parseSamplesCsv('\n \r\n\t\n')).toEqual({ ok: false, code: 'empty' });
  });
  it('fewer than 5 numbers is too few; 5 is enough', () => {
    expect(parseSamplesCsv('1,2,3,4')).toEqual({ ok: false, code: 'too-few', count: 4 });
    expect(values('1,2,3,4,5')).toHaveLength(5);
  });
  it('too large a file or more than a million numbers is refused', () => {
    expect(parseSamplesCsv('1', MAX_SAMPLES_FILE_BYTES + 1)).toEqual({
      ok: false,
      code: 'too-large',
      bytes: MAX_SAMPLES_FILE_BYTES + 1,
    });
    const many = '0\n'.repeat(MAX_SAMPLES + 1);
    expect(parseSamplesCsv(many, 0)).toMatchObject({ ok: false, code: 'too-many' });
    expect(values('0\n'.repeat(MAX_SAMPLES))).toHaveLength(MAX_SAMPLES);
  });
});
