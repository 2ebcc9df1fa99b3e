// A pointer's offset inside a chart, undoing CSS zoom (presentation mode on a large projector).
import { describe, expect, it } from 'vitest';
import { pointerOffset } from './pointerOffset';

const rect = (left: number, top: number, width: number, height: number) =>
  ({ left, top, width, height, x: left, y: top, right: left + width, bottom: top + height }) as DOMRect;

describe('pointerOffset', () => {
  it('is the plain offset when nothing is zoomed', () => {
    const svg = { getBoundingClientRect: () => rect(100, 50, 400, 200), width: { baseVal: { value: 400 } } };
    expect(pointerOffset(svg, { clientX: 300, clientY: 150 })).toEqual({ x: 200, y: 100 });
  });

  it('divides by the zoom of an <svg> drawn at its width attribute', () => {
    // Drawn 600 px wide on screen, 400 px wide in its own units: zoom 1.5.
    const svg = { getBoundingClientRect: () => rect(150, 75, 600, 300), width: { baseVal: { value: 400 } } };
    expect(pointerOffset(svg, { clientX: 450, clientY: 225 })).toEqual({ x: 200, y: 100 });
  });

  it('reads an HTML element’s layout width from offsetWidth', () => {
    const div = { getBoundingClientRect: () => rect(0, 0, 250, 100), offsetWidth: 200 };
    expect(pointerOffset(div, { clientX: 125, clientY: 50 })).toEqual({ x: 100, y: 40 });
  });
});
