// A file of 1-D samples (to become a target p_data by a KDE): numbers one per line, or separated by
// commas, semicolons, tabs or spaces; one header line allowed. Problems come back as codes (the page
// words them). Pure: no DOM.

/** Larger files are refused before they are read. */
export const MAX_SAMPLES_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_SAMPLES = 1_000_000;
export const MIN_SAMPLES = 5;

export type SamplesProblem =
  | { code: 'empty' }
  | { code: 'too-large'; bytes: number }
  | { code: 'not-numbers'; line: number; text: string }
  | { code: 'too-few'; count: number }
  | { code: 'too-many'; count: number };

export type ParsedSamples =
  { ok: true; values: Float64Array; header: string | null } | ({ ok: false } & SamplesProblem);

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
/** A decimal comma (1,5), read as 1.5 where the separator is a semicolon. */
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;

/** One field as a number, or null. Quotes, a typographic minus and surrounding spaces are allowed. */
function parseField(raw: string, decimalComma: boolean): number | null {
  let t = raw.trim();
  if (t.length >= 2 && ((t[0] === '"' && t.endsWith('"')) || (t[0] === "'" && t.endsWith("'"))))
    t = t.slice(1, -1).trim();
  t = t.replace(/^\u2212/, '-');
  if (decimalComma && DECIMAL_COMMA.test(t)) t = t.replace(',', '.');
  if (!NUMBER.test(t)) return null;
  const v = Number(t);
  return Number.isFinite(v) ? v : null;
}

/** The fields of a line: split at semicolons when it has any (then "1,5" is a decimal comma), else at commas, tabs or spaces. */
function fieldsOf(line: string): { fields: string[]; decimalComma: boolean } {
  if (line.includes(';')) return { fields: line.split(';'), decimalComma: true };
  return { fields: line.split(/[,\t ]+/), decimalComma: false };
}

const cut = (s: string) => (s.length > 40 ? `${s.slice(0, 39)}…` : s);

/**
 * Parses the text of a samples file. The first non-blank line is a header when it is not all numbers;
 * any other field that is not a number makes the whole file invalid (`not-numbers`, with its line).
 * Empty fields (a trailing comma) are skipped.
 */
export function parseSamplesCsv(text: string, bytes = text.length): ParsedSamples {
  if (bytes > MAX_SAMPLES_FILE_BYTES) return { ok: false, code: 'too-large', bytes };
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const values: number[] = [];
  let header: string | null = null;
  let headerLine = 0;
  let seenContent = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '' || line.startsWith('#')) continue;
    const { fields, decimalComma } = fieldsOf(line);
    const nonEmpty = fields.filter((f) => f.trim() !== '');
    const parsed = nonEmpty.map((f) => parseField(f, decimalComma));
    const bad = parsed.findIndex((v) => v === null);
    if (bad >= 0) {
      if (!seenContent && header === null) {
        header = cut(line);
        headerLine = i + 1;
        seenContent = true;
        continue;
      }
      return { ok: false, code: 'not-numbers', line: i + 1, text: cut(nonEmpty[bad].trim()) };
    }
    seenContent = true;
    for (const v of parsed) values.push(v!);
    if (values.length > MAX_SAMPLES) return { ok: false, code: 'too-many', count: values.length };
  }
  if (values.length === 0)
    return header === null
      ? { ok: false, code: 'empty' }
      : { ok: false, code: 'not-numbers', line: headerLine, text: header };
  if (values.length < MIN_SAMPLES) return { ok: false, code: 'too-few', count: values.length };
  return { ok: true, values: Float64Array.from(values), header };
}
