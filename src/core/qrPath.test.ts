import { create } from 'qrcode';
import { describe, expect, it } from 'vitest';
import { QR_QUIET_ZONE, qrModulesPath, type QrModules } from './qrPath';

/** A square matrix from rows of '#' (dark) and '.' (light). */
const matrix = (rows: string[]): QrModules => ({
  size: rows.length,
  get: (row, col) => rows[row][col] === '#',
});

/** The dark cells a path paints (it is made of `Mx yhNv1h-Nz` runs), as "row,col" strings. */
function paintedCells(path: string): Set<string> {
  const cells = new Set<string>();
  for (const [, x, y, n] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
    for (let i = 0; i < Number(n); i++) cells.add(`${Number(y) - QR_QUIET_ZONE},${Number(x) + i - QR_QUIET_ZONE}`);
  }
  return cells;
}

describe('qrModulesPath', () => {
  it('draws each horizontal run of dark modules as one rectangle, inside the quiet zone', () => {
    const q = QR_QUIET_ZONE;
    expect(qrModulesPath(matrix(['##.', '...', '.##']))).toBe(`M${q} ${q}h2v1h-2zM${q + 1} ${q + 2}h2v1h-2z`);
    expect(qrModulesPath(matrix(['#.#', '...', '...']))).toBe(`M${q} ${q}h1v1h-1zM${q + 2} ${q}h1v1h-1z`);
    expect(qrModulesPath(matrix(['..', '..']))).toBe('');
  });

  it('paints exactly the dark modules of a real QR code', () => {
    const { modules } = create('https://example.org/#v=2&m0=-2', { errorCorrectionLevel: 'M' });
    const dark = new Set<string>();
    for (let r = 0; r < modules.size; r++)
      for (let c = 0; c < modules.size; c++) if (modules.get(r, c)) dark.add(`${r},${c}`);
    const path = qrModulesPath(modules);
    expect(path.replace(/M\d+ \d+h(\d+)v1h-\1z/g, '')).toBe(''); // nothing but runs
    expect(paintedCells(path)).toEqual(dark);
    expect(dark.size).toBeGreaterThan(100);
  });
});
