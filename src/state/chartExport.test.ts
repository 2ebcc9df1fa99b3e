// The pure part of a chart's export: the file around the plot (the DOM part is covered end to end).
import { describe, expect, it } from 'vitest';
import { composeChartSvg, escapeXml } from './chartExport';

const plot = '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><path d="M0 0L10 10"/></svg>';
const base = {
  title: 'Densities · step 12',
  plot,
  width: 400,
  height: 200,
  legend: [],
  background: 'rgb(255, 255, 255)',
  ink: 'rgb(26, 26, 26)',
  fontFamily: 'system-ui, "Segoe UI", sans-serif',
  measure: (text: string) => text.length * 8,
};

describe('composeChartSvg', () => {
  it('is an SVG document with a namespace, a title, a background and the plot under the heading', () => {
    const { svg, width, height } = composeChartSvg(base);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('<title>Densities · step 12</title>');
    expect(svg).toContain('<rect width="100%" height="100%" fill="rgb(255, 255, 255)"/>');
    expect(svg).toMatch(/<text [^>]*font-weight="700">Densities · step 12<\/text>/);
    expect(width).toBe(400);
    const top = Number(/<g transform="translate\(0,([\d.]+)\)"><svg xmlns/.exec(svg)?.[1]);
    expect(top).toBeGreaterThan(18); // below the heading
    expect(height).toBe(Math.round(top + 200 + 6));
    expect(svg).toContain('<path d="M0 0L10 10"/>');
    expect(svg.endsWith('</svg></g></svg>')).toBe(true);
    // The font family's quotes are escaped inside the attribute.
    expect(svg).toContain('font-family="system-ui, &quot;Segoe UI&quot;, sans-serif"');
  });

  it('draws the legend under the heading, wrapping rows to the width; the plot moves down', () => {
    const item = (text: string) => ({ swatch: '<line x1="1" x2="25" y1="7" y2="7" stroke="red"/>', text });
    const one = composeChartSvg({ ...base, legend: [item('p_data')] });
    const many = composeChartSvg({ ...base, legend: Array.from({ length: 8 }, (_, i) => item(`series number ${i}`)) });
    expect(one.svg).toContain('>p_data</text>');
    expect(one.svg.match(/viewBox="0 0 26 14"/g)).toHaveLength(1);
    // Eight items of ~180 px do not fit in one 400 px row: several rows, so a taller file.
    const rows = new Set([...many.svg.matchAll(/<svg x="[\d.]+" y="([\d.]+)" width="26"/g)].map((m) => m[1]));
    expect(rows.size).toBeGreaterThanOrEqual(4);
    expect(many.height).toBeGreaterThan(one.height + 3 * 20);
    expect(one.height).toBeGreaterThan(composeChartSvg(base).height);
  });

  it('escapes text that would break the XML', () => {
    expect(escapeXml(`a<b & "c" 'd'>`)).toBe('a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;');
    const { svg } = composeChartSvg({ ...base, title: 'J(D) < log 2 & more', legend: [{ swatch: '', text: 'x<y' }] });
    expect(svg).toContain('<title>J(D) &lt; log 2 &amp; more</title>');
    expect(svg).toContain('>x&lt;y</text>');
  });
});
