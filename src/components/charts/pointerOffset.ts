// Where a pointer is inside an element, in the element's own CSS pixels (the units its SVG is drawn in).
// Presentation mode on a large screen scales the page with CSS zoom (src/styles/presentation.css): the
// element's client rectangle is then zoomed, its drawing is not, so the offset is divided by the zoom.

type Measured = Pick<Element, 'getBoundingClientRect'> & {
  /** An <svg>'s width attribute. */
  width?: unknown;
  /** An HTML element's layout width. */
  offsetWidth?: number;
};

/** The element's width as laid out, before any CSS zoom. */
function layoutWidth(el: Measured, drawn: number): number {
  const svgWidth = (el.width as { baseVal?: { value?: number } } | undefined)?.baseVal?.value;
  return svgWidth ?? el.offsetWidth ?? drawn;
}

/** The pointer's offset from the element's top-left corner, in the element's unzoomed pixels. */
export function pointerOffset(el: Measured, p: { clientX: number; clientY: number }): { x: number; y: number } {
  const r = el.getBoundingClientRect();
  const layout = layoutWidth(el, r.width);
  const zoom = layout > 0 && r.width > 0 ? r.width / layout : 1;
  return { x: (p.clientX - r.left) / zoom, y: (p.clientY - r.top) / zoom };
}
