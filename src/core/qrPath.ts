// A QR code's dark modules as one SVG path, so the code is drawn crisply at any size (a projector's
// 700 px as well as a laptop's 300 px) from the module matrix the `qrcode` package computes.

/** The module matrix of a QR code: `size` × `size`, `get` truthy for a dark module. */
export interface QrModules {
  readonly size: number;
  get(row: number, col: number): number | boolean;
}

/**
 * The light border every scanner needs around the code, in modules (the standard asks for 4).
 * The SVG drawn from qrModulesPath is size + 2 × QR_QUIET_ZONE modules wide.
 */
export const QR_QUIET_ZONE = 4;

/**
 * The dark modules as an SVG path in module units, the quiet zone included (the top-left module's
 * corner is at QR_QUIET_ZONE, QR_QUIET_ZONE): one rectangle per horizontal run of dark modules.
 */
export function qrModulesPath(modules: QrModules): string {
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    let col = 0;
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col++;
      const run = col - start;
      parts.push(`M${start + QR_QUIET_ZONE} ${row + QR_QUIET_ZONE}h${run}v1h-${run}z`);
    }
  }
  return parts.join('');
}
