// Draws the app's icons into public/ with no dependency (run: node scripts/make-icons.mjs): p_data as a
// filled blue Gaussian and p_model as an orange curve beside it, on the dark theme's background. One
// description of the picture gives icon.svg (the favicon and the manifest's scalable icon) and the PNGs
// (anti-aliased by 4×4 supersampling, written with node:zlib): 192 and 512 px for the manifest, a
// maskable 512 px (full bleed, the picture inside the 80% safe circle) and a 180 px apple-touch-icon.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const OUT = new URL('../public/', import.meta.url);
const BG = [0x14, 0x17, 0x1b];
const AXIS = [0xcf, 0xcf, 0xcf];
const BLUE = [0x3a, 0x9c, 0xe4];
const ORANGE = [0xe6, 0x9f, 0x00];

// The picture on a 512 × 512 canvas.
const BASE = 372;
const AXIS_FROM = 64;
const AXIS_TO = 448;
const gauss = (mu, sigma, height) => (x) => BASE - height * Math.exp(-((x - mu) ** 2) / (2 * sigma ** 2));
const pData = gauss(222, 58, 250);
const pModel = gauss(296, 74, 200);
const DATA_STROKE = 14;
const MODEL_STROKE = 18;
const AXIS_STROKE = 12;
const RADIUS = 104;

/** The colour at a point of the 512 canvas: [r, g, b, alpha] (alpha 0 outside the rounded square). */
function paint(x, y, fullBleed) {
  if (!fullBleed && !insideRoundedSquare(x, y)) return [0, 0, 0, 0];
  let c = BG;
  const inside = x >= AXIS_FROM && x <= AXIS_TO;
  if (inside && y >= pData(x) && y <= BASE) c = mix(c, BLUE, 0.45);
  if (inside && Math.abs(y - BASE) <= AXIS_STROKE / 2) c = AXIS;
  if (inside && nearCurve(pData, x, y, DATA_STROKE)) c = BLUE;
  if (inside && nearCurve(pModel, x, y, MODEL_STROKE)) c = ORANGE;
  return [...c, 1];
}

function insideRoundedSquare(x, y) {
  const dx = Math.max(RADIUS - x, 0, x - (512 - RADIUS));
  const dy = Math.max(RADIUS - y, 0, y - (512 - RADIUS));
  return dx * dx + dy * dy <= RADIUS * RADIUS;
}

/** Within width/2 of the curve, by the vertical distance corrected for the slope. */
function nearCurve(f, x, y, width) {
  const slope = (f(x + 0.5) - f(x - 0.5)) / 1;
  return Math.abs(y - f(x)) / Math.sqrt(1 + slope * slope) <= width / 2;
}

const mix = (a, b, t) => a.map((v, i) => v * (1 - t) + b[i] * t);

function render(size, { fullBleed = false, scale = 1 } = {}) {
  const S = 4;
  const px = new Uint8Array(size * size * 4);
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sj = 0; sj < S; sj++) {
        for (let si = 0; si < S; si++) {
          // Canvas coordinates; `scale` < 1 shrinks the picture about the centre (maskable safe zone).
          const x = 256 + (((i + (si + 0.5) / S) / size) * 512 - 256) / scale;
          const y = 256 + (((j + (sj + 0.5) / S) / size) * 512 - 256) / scale;
          const [cr, cg, cb, ca] = fullBleed && !inBounds(x, y) ? [...BG, 1] : paint(x, y, fullBleed);
          r += cr * ca;
          g += cg * ca;
          b += cb * ca;
          a += ca;
        }
      }
      const k = (j * size + i) * 4;
      px[k] = a ? Math.round(r / a) : 0;
      px[k + 1] = a ? Math.round(g / a) : 0;
      px[k + 2] = a ? Math.round(b / a) : 0;
      px[k + 3] = Math.round((a / (S * S)) * 255);
    }
  }
  return encodePng(size, size, px);
}

const inBounds = (x, y) => x >= 0 && x <= 512 && y >= 0 && y <= 512;

// ---- PNG (RGBA, 8 bits, no interlace) ----
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---- SVG ----
function svg() {
  const hex = (c) => '#' + c.map((v) => v.toString(16).padStart(2, '0')).join('');
  const pts = (f) => {
    const out = [];
    for (let x = AXIS_FROM; x <= AXIS_TO; x += 8) out.push(`${x},${f(x).toFixed(1)}`);
    return out;
  };
  const data = pts(pData);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
  <title>GAN Playground</title>
  <rect width="512" height="512" rx="${RADIUS}" fill="${hex(BG)}"/>
  <path d="M${AXIS_FROM},${BASE} L${data.join(' L')} L${AXIS_TO},${BASE} Z" fill="${hex(BLUE)}" fill-opacity="0.45"/>
  <path d="M${AXIS_FROM},${BASE} H${AXIS_TO}" stroke="${hex(AXIS)}" stroke-width="${AXIS_STROKE}"/>
  <path d="M${data.join(' L')}" fill="none" stroke="${hex(BLUE)}" stroke-width="${DATA_STROKE}" stroke-linejoin="round"/>
  <path d="M${pts(pModel).join(' L')}" fill="none" stroke="${hex(ORANGE)}" stroke-width="${MODEL_STROKE}" stroke-linejoin="round"/>
</svg>
`;
}

writeFileSync(new URL('icon.svg', OUT), svg());
writeFileSync(new URL('icon-192.png', OUT), render(192));
writeFileSync(new URL('icon-512.png', OUT), render(512));
writeFileSync(new URL('icon-maskable-512.png', OUT), render(512, { fullBleed: true, scale: 0.78 }));
writeFileSync(new URL('apple-touch-icon.png', OUT), render(180, { fullBleed: true, scale: 0.9 }));
console.log('wrote public/icon.svg, icon-192.png, icon-512.png, icon-maskable-512.png, apple-touch-icon.png');
