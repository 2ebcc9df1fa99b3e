// A chart as a standalone SVG file (and a PNG drawn from it at 2×): the plot's <svg> cloned with the
// computed styles it needs inlined (the page's stylesheet does not travel with the file), under a
// heading and the chart's legend (its swatches and labels, with the readouts' current values), on the
// panel's own background colour (white, or the theme's). composeChartSvg is pure (tested under Node);
// the rest reads the DOM.

const SVG_NS = 'http://www.w3.org/2000/svg';

interface ExportLegendItem {
  /** The swatch's markup in a 26 × 14 box (children of an <svg viewBox="0 0 26 14">). */
  swatch: string;
  text: string;
}

export interface ComposeInput {
  title: string;
  /**
   * The plot: one or more serialized <svg> elements (layers drawn over each another), positioned by their
   * x and y within the plot's box of `width` × `height`, which is placed under the heading.
   */
  plot: string;
  width: number;
  height: number;
  /**
   * Where the plot box's top left goes within the `width` × `height` area (default 0, 0): a chart may
   * draw outside its box (overflow: visible, e.g. a rotated axis label), and the area then covers that too.
   */
  origin?: { x: number; y: number };
  legend: readonly ExportLegendItem[];
  background: string;
  ink: string;
  fontFamily: string;
  /** Width of `text` in px at `font` (CSS font shorthand); default: a rough estimate. */
  measure?: (text: string, font: string) => number;
}

const PAD = 12;
const TITLE_SIZE = 18;
const LEGEND_SIZE = 14;
const ROW = 22;
const SWATCH_W = 26;
const SWATCH_H = 14;

export const escapeXml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

const estimate = (text: string, font: string): number => {
  const size = Number(/(\d+(\.\d+)?)px/.exec(font)?.[1] ?? 14);
  return text.length * size * 0.56;
};

const r = (v: number) => Math.round(v * 100) / 100;

/** The file: heading, legend rows (wrapped to the width), then the plot; returns its size too. */
export function composeChartSvg(input: ComposeInput): { svg: string; width: number; height: number } {
  const measure = input.measure ?? estimate;
  const width = Math.max(1, Math.round(input.width));
  const family = escapeXml(input.fontFamily);
  const legendFont = `${LEGEND_SIZE}px ${input.fontFamily}`;
  const parts: string[] = [];
  let x = PAD,
    y = PAD + TITLE_SIZE + 6;
  for (const item of input.legend) {
    const w = SWATCH_W + 6 + measure(item.text, legendFont) + 18;
    if (x > PAD && x + w > width - PAD) {
      x = PAD;
      y += ROW;
    }
    parts.push(
      `<svg x="${r(x)}" y="${r(y)}" width="${SWATCH_W}" height="${SWATCH_H}" viewBox="0 0 ${SWATCH_W} ${SWATCH_H}">${item.swatch}</svg>`,
      `<text x="${r(x + SWATCH_W + 6)}" y="${r(y + SWATCH_H - 2)}" font-size="${LEGEND_SIZE}">${escapeXml(item.text)}</text>`,
    );
    x += w;
  }
  const top = input.legend.length ? y + ROW : PAD + TITLE_SIZE + 10;
  const height = Math.round(top + input.height + PAD / 2);
  const origin = input.origin ?? { x: 0, y: 0 };
  const plot = `<g transform="translate(${r(origin.x)},${r(top + origin.y)})">${input.plot}</g>`;
  const svg =
    `<svg xmlns="${SVG_NS}" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<title>${escapeXml(input.title)}</title>` +
    `<rect width="100%" height="100%" fill="${escapeXml(input.background)}"/>` +
    `<g font-family="${family}" fill="${escapeXml(input.ink)}">` +
    `<text x="${PAD}" y="${PAD + TITLE_SIZE - 2}" font-size="${TITLE_SIZE}" font-weight="700">${escapeXml(input.title)}</text>` +
    parts.join('') +
    `</g>` +
    plot +
    `</svg>`;
  return { svg, width, height };
}

// ---- the DOM side ----

/** Properties that make an SVG look as it does on the page, with their initial values (not written). */
const SHAPE_PROPS: Record<string, string> = {
  fill: 'rgb(0, 0, 0)',
  'fill-opacity': '1',
  'fill-rule': 'nonzero',
  stroke: 'none',
  'stroke-width': '1px',
  'stroke-opacity': '1',
  'stroke-dasharray': 'none',
  'stroke-dashoffset': '0px',
  'stroke-linecap': 'butt',
  'stroke-linejoin': 'miter',
  opacity: '1',
  visibility: 'visible',
  'paint-order': 'normal',
  'shape-rendering': 'auto',
  'vector-effect': 'none',
};
const TEXT_PROPS: Record<string, string> = {
  'font-family': '',
  'font-size': '',
  'font-weight': '',
  'font-style': 'normal',
  'text-anchor': 'start',
  'dominant-baseline': 'auto',
  'alignment-baseline': 'auto',
  'letter-spacing': 'normal',
  'text-decoration': '',
};
const TEXT_TAGS = new Set(['text', 'tspan', 'textPath']);
/** Elements whose look comes from their attributes alone, or that are not drawn. */
const SKIP_TAGS = new Set(['defs', 'clipPath', 'mask', 'title', 'desc', 'linearGradient', 'radialGradient', 'stop']);

const COLOR_PROPS = new Set(['fill', 'stroke']);
const PLAIN_COLOUR = /^(#[0-9a-f]{3,8}|rgba?\([^)]*\)|none|transparent|currentcolor)$/i;
const colourCache = new Map<string, string>();

/**
 * A computed colour as rgb()/rgba(), which every SVG reader knows: the page's colours can be
 * color-mix() or color(srgb …) (the themes), which some editors and older viewers do not read. Painted
 * on a 1-pixel canvas and read back.
 */
function plainColour(value: string): string {
  if (PLAIN_COLOUR.test(value) || value.startsWith('url(')) return value;
  const known = colourCache.get(value);
  if (known) return known;
  let out = value;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (ctx) {
    ctx.fillStyle = value;
    ctx.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
    out = a === 255 ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${Math.round((a / 255) * 1000) / 1000})`;
  }
  colourCache.set(value, out);
  return out;
}

/** Copies the computed look of `source` and each descendant onto the same element of its deep clone `target`. */
function inlineStyles(source: Element, target: Element): void {
  const from = [source, ...source.querySelectorAll('*')];
  const to = [target, ...target.querySelectorAll('*')];
  const drop: Element[] = [];
  from.forEach((el, i) => {
    const out = to[i];
    if (!out || SKIP_TAGS.has(el.tagName)) return;
    const cs = getComputedStyle(el);
    if (cs.display === 'none') {
      drop.push(out);
      return;
    }
    const decl: string[] = [];
    const add = (props: Record<string, string>) => {
      for (const [prop, initial] of Object.entries(props)) {
        let v = cs.getPropertyValue(prop);
        if (v && COLOR_PROPS.has(prop)) v = plainColour(v);
        if (v && v !== initial) decl.push(`${prop}:${v}`);
      }
    };
    add(SHAPE_PROPS);
    if (TEXT_TAGS.has(el.tagName)) add(TEXT_PROPS);
    for (const a of ['class', 'style', 'tabindex', 'role', 'data-testid', 'focusable']) out.removeAttribute(a);
    for (const a of [...out.attributes]) if (a.name.startsWith('aria-')) out.removeAttribute(a.name);
    if (decl.length) out.setAttribute('style', decl.join(';'));
  });
  for (const el of drop) el.remove();
}

const serialize = (el: Element): string => new XMLSerializer().serializeToString(el);

/** A swatch's inner markup, styles inlined. */
function swatchMarkup(el: Element): string {
  if (el instanceof SVGSVGElement) {
    const clone = el.cloneNode(true) as SVGSVGElement;
    inlineStyles(el, clone);
    return [...clone.children].map(serialize).join('');
  }
  // A coloured dot (an HTML span): a circle of its background colour.
  return `<circle cx="13" cy="7" r="6" fill="${escapeXml(plainColour(getComputedStyle(el).backgroundColor))}"/>`;
}

const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The panel's legend: its legend entries, and the readouts that carry a swatch (with their values). */
function legendItems(panel: HTMLElement): ExportLegendItem[] {
  const items: ExportLegendItem[] = [];
  for (const entry of panel.querySelectorAll<HTMLElement>('.legend li, .readouts .readout')) {
    // A swatch, or a readout's own dot (not a dot inside its value, e.g. the halves of a sum).
    const mark = entry.querySelector('svg.swatch') ?? entry.querySelector(':scope > .readout-label > .dot');
    const text = squash(entry.textContent);
    if (mark && text) items.push({ swatch: swatchMarkup(mark), text });
  }
  return items;
}

/** A colour that is not transparent, else white. */
function opaque(colour: string): string {
  if (!colour || colour === 'transparent' || /rgba\(.*,\s*0\)$/.test(colour)) return '#ffffff';
  return colour;
}

let measureContext: CanvasRenderingContext2D | null | undefined;
function measureText(text: string, font: string): number {
  if (measureContext === undefined) measureContext = document.createElement('canvas').getContext('2d');
  if (!measureContext) return estimate(text, font);
  measureContext.font = font;
  return measureContext.measureText(text).width;
}

/**
 * The plot's <svg> layers of a chart panel (ChartPanel's `.plot`: the chart and any overlay drawn over
 * it, e.g. a second axis), in drawing order; empty before it is drawn.
 */
function plotLayers(panel: HTMLElement): SVGSVGElement[] {
  const plot = panel.querySelector<HTMLElement>('.plot');
  if (!plot) return [];
  const layers = [...plot.children].filter((el): el is SVGSVGElement => el instanceof SVGSVGElement);
  if (layers.length) return layers;
  const nested = plot.querySelector<SVGSVGElement>('svg');
  return nested ? [nested] : [];
}

/** Room around the drawn content for strokes (getBBox leaves them out). */
const STROKE_ROOM = 3;

/**
 * One layer as markup placed at its offset from `origin` (styles inlined), and the box its content
 * covers in the plot's coordinates (it may reach outside the layer: overflow is visible).
 */
function layerMarkup(
  svg: SVGSVGElement,
  origin: DOMRect,
): { markup: string; x0: number; y0: number; x1: number; y1: number } | null {
  const box = svg.getBoundingClientRect();
  const width = Math.round(Number(svg.getAttribute('width')) || box.width);
  const height = Math.round(Number(svg.getAttribute('height')) || box.height);
  if (!(width > 0 && height > 0) || getComputedStyle(svg).display === 'none') return null;
  const x = r(box.left - origin.left),
    y = r(box.top - origin.top);
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  clone.setAttribute('x', String(x));
  clone.setAttribute('y', String(y));
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('overflow', 'visible');
  let content = { x: 0, y: 0, width, height };
  try {
    const bb = svg.getBBox();
    if (bb.width > 0 && bb.height > 0) content = bb;
  } catch {
    /* not rendered: its own box */
  }
  return {
    markup: serialize(clone),
    x0: x + Math.min(0, content.x - STROKE_ROOM),
    y0: y + Math.min(0, content.y - STROKE_ROOM),
    x1: x + Math.max(width, content.x + content.width + STROKE_ROOM),
    y1: y + Math.max(height, content.y + content.height + STROKE_ROOM),
  };
}

/** The chart in `panel` as a standalone SVG file, headed `title`; null when nothing is drawn. */
export function chartSvg(panel: HTMLElement, title: string): { svg: string; width: number; height: number } | null {
  const layers = plotLayers(panel);
  if (!layers.length) return null;
  const origin = layers[0].parentElement!.getBoundingClientRect();
  const parts = layers.map((l) => layerMarkup(l, origin)).filter((m) => m !== null);
  if (!parts.length) return null;
  // The area every layer draws in, in the plot's coordinates (from its box at 0, 0).
  const x0 = Math.floor(Math.min(0, ...parts.map((p) => p.x0)));
  const y0 = Math.floor(Math.min(0, ...parts.map((p) => p.y0)));
  const x1 = Math.ceil(Math.max(...parts.map((p) => p.x1)));
  const y1 = Math.ceil(Math.max(...parts.map((p) => p.y1)));
  const cs = getComputedStyle(panel);
  return composeChartSvg({
    title,
    plot: parts.map((p) => p.markup).join(''),
    width: x1 - x0,
    height: y1 - y0,
    origin: { x: -x0, y: -y0 },
    legend: legendItems(panel),
    background: opaque(plainColour(cs.backgroundColor)),
    ink: plainColour(cs.color || '#1a1a1a'),
    fontFamily: cs.fontFamily || 'sans-serif',
    measure: measureText,
  });
}

/** Draws an SVG file on a canvas at `scale`× and encodes it as PNG. */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the canvas gave no PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a blob as a file download. */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Long enough for the browser to start reading it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
