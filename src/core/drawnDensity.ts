// A target p_data of the user's own: a density on a coarse grid of knots over the chart's x range,
// drawn freehand or estimated from loaded samples (kde.ts), and carried in the link as a short text.
// Between the knots the density is linear (distributions.ts, piecewiseLinear). Pure maths: no DOM.
import { CHART_GRID } from './grid';

/** How many knots the drawn density has. */
export const DRAWN_KNOTS = 64;
/** The quantisation of a knot's value in the link: 0…DRAWN_LEVELS, relative to the largest knot. */
export const DRAWN_LEVELS = 4095;
/** Two base64url characters per knot (64 × 64 = 4096 levels). */
export const DRAWN_CODE_LENGTH = 2 * DRAWN_KNOTS;
/** What a valid code looks like (empty = no drawing yet). */
export const DRAWN_CODE_PATTERN = new RegExp(`^(?:[A-Za-z0-9_-]{${DRAWN_CODE_LENGTH}})?$`);

const X0 = CHART_GRID.min;
const X1 = CHART_GRID.max;
/** The distance between two knots (12/63 ≈ 0.19). */
export const KNOT_SPACING = (X1 - X0) / (DRAWN_KNOTS - 1);

/** The knots' positions: DRAWN_KNOTS points from −6 to 6, both ends included. */
export const DRAWN_XS: readonly number[] = Array.from({ length: DRAWN_KNOTS }, (_, i) =>
  i === DRAWN_KNOTS - 1 ? X1 : X0 + i * KNOT_SPACING,
);

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const DIGIT = new Map([...ALPHABET].map((c, i) => [c, i] as const));

/**
 * ∫ of the piecewise-linear function through (xs[i], ys[i]): the trapezoid rule, exact for it.
 * xs defaults to the knots.
 */
export function piecewiseLinearIntegral(ys: ArrayLike<number>, xs: ArrayLike<number> = DRAWN_XS): number {
  let s = 0;
  for (let i = 0; i + 1 < ys.length; i++) s += 0.5 * (ys[i] + ys[i + 1]) * (xs[i + 1] - xs[i]);
  return s;
}

/**
 * Negative and non-finite values set to 0, then scaled so the piecewise-linear density integrates
 * to 1. Null when nothing is left (all zero).
 */
export function normalizeKnots(ys: ArrayLike<number>, xs: ArrayLike<number> = DRAWN_XS): number[] | null {
  const clipped = Array.from(ys, (v) => (Number.isFinite(v) && v > 0 ? v : 0));
  const total = piecewiseLinearIntegral(clipped, xs);
  if (!(total > 0) || !Number.isFinite(total)) return null;
  return clipped.map((v) => v / total);
}

/**
 * Smooths values on equally spaced knots with a Gaussian kernel of σ = `sigma` knots, cut at 3σ.
 * At the ends the kernel is renormalised over the knots it covers, so an edge is not pulled down.
 */
export function smoothKnots(ys: ArrayLike<number>, sigma = 1): number[] {
  const n = ys.length;
  if (!(sigma > 0)) return Array.from(ys);
  const reach = Math.ceil(3 * sigma);
  const w = Array.from({ length: reach + 1 }, (_, d) => Math.exp(-0.5 * (d / sigma) ** 2));
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    let s = 0,
      ws = 0;
    for (let j = Math.max(0, i - reach); j <= Math.min(n - 1, i + reach); j++) {
      const wj = w[Math.abs(i - j)];
      s += wj * ys[j];
      ws += wj;
    }
    out[i] = s / ws;
  }
  return out;
}

/** The link text of a density on the knots: each knot 0…4095 of the largest, two base64url characters. */
export function encodeDrawnDensity(ys: ArrayLike<number>): string {
  if (ys.length !== DRAWN_KNOTS) throw new RangeError(`encodeDrawnDensity: need ${DRAWN_KNOTS} values`);
  let max = 0;
  for (let i = 0; i < ys.length; i++) if (ys[i] > max && Number.isFinite(ys[i])) max = ys[i];
  let out = '';
  for (let i = 0; i < ys.length; i++) {
    const v = ys[i];
    const q = max > 0 && Number.isFinite(v) && v > 0 ? Math.round((DRAWN_LEVELS * v) / max) : 0;
    out += ALPHABET[q >> 6] + ALPHABET[q & 63];
  }
  return out;
}

/** The density (∫ = 1) a link text stands for; null when the text is not a drawing (empty, malformed, all 0). */
export function decodeDrawnDensity(code: string): number[] | null {
  if (code.length !== DRAWN_CODE_LENGTH) return null;
  const levels = new Array<number>(DRAWN_KNOTS);
  for (let i = 0; i < DRAWN_KNOTS; i++) {
    const hi = DIGIT.get(code[2 * i]);
    const lo = DIGIT.get(code[2 * i + 1]);
    if (hi === undefined || lo === undefined) return null;
    levels[i] = hi * 64 + lo;
  }
  return normalizeKnots(levels);
}

/** A density function sampled on the knots and normalised (e.g. to start a drawing from the current target). */
export function knotsFromPdf(pdf: (x: number) => number): number[] | null {
  return normalizeKnots(DRAWN_XS.map(pdf));
}

/** One point of a freehand stroke, in the chart's units (x, density). */
export interface StrokePoint {
  x: number;
  y: number;
}

/**
 * The values a stroke gives the knots it passes over, in the order drawn: each segment between two
 * successive points sets the knots within its x span to its height there (linear between its ends),
 * so drawing back over a stretch redraws it. Knots the stroke does not reach are undefined. Heights
 * below the axis count as 0.
 */
export function rasterizeStroke(points: readonly StrokePoint[]): (number | undefined)[] {
  const out: (number | undefined)[] = new Array(DRAWN_KNOTS).fill(undefined);
  const knotAt = (x: number) => (x - X0) / KNOT_SPACING;
  const pts = points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
  for (let s = 0; s + 1 < pts.length; s++) {
    const a = pts[s],
      b = pts[s + 1];
    const lo = Math.max(0, Math.ceil(knotAt(Math.min(a.x, b.x)) - 1e-9));
    const hi = Math.min(DRAWN_KNOTS - 1, Math.floor(knotAt(Math.max(a.x, b.x)) + 1e-9));
    for (let k = lo; k <= hi; k++) {
      const t = b.x === a.x ? 1 : (DRAWN_XS[k] - a.x) / (b.x - a.x);
      out[k] = Math.max(0, a.y + Math.min(1, Math.max(0, t)) * (b.y - a.y));
    }
  }
  return out;
}

/** Knots either side of a stroke that are blended into the smoothing (so a patch joins the rest smoothly). */
const BLEND = 2;

/**
 * A freehand stroke made into a density on the knots: the stroke is resampled onto the knots it
 * passes over; elsewhere the `base` values are kept (the current target) or, without a base, 0.
 * The stroke's stretch (and BLEND knots beyond it) is smoothed with a Gaussian kernel of σ = 1 knot,
 * negatives are clipped and the whole is normalised to ∫ = 1. Null when the stroke covers fewer than
 * two knots or leaves no mass.
 */
export function densityFromStroke(points: readonly StrokePoint[], base: ArrayLike<number> | null): number[] | null {
  const raster = rasterizeStroke(points);
  const covered = raster.flatMap((v, k) => (v === undefined ? [] : [k]));
  if (covered.length < 2) return null;
  const merged = raster.map((v, k) => (v !== undefined ? v : base ? Math.max(0, base[k]) : 0));
  const smooth = smoothKnots(merged, 1);
  const from = Math.max(0, covered[0] - BLEND);
  const to = Math.min(DRAWN_KNOTS - 1, covered[covered.length - 1] + BLEND);
  const result = merged.map((v, k) => (k >= from && k <= to ? smooth[k] : v));
  return normalizeKnots(result);
}
