// A vertical axis's name, turned along the axis and centred on it. When it is longer than the plot is
// tall (a short chart on a projector's 720 lines), it moves down into the empty corner beside the x axis's
// ticks and, if it still does not fit, its type shrinks to fit (down to half size) instead of reaching over
// the readouts above the plot.
import { useLayoutEffect, useRef, useState, type CSSProperties } from 'react';

/** How far the name may reach above the plot's top edge (inside the chart's top margin) … */
const ABOVE = 6;
/** … and below its bottom edge (beside the x axis's tick labels, inside the bottom margin). */
const BELOW = 28;
const MIN_FIT = 0.5;

interface Fit {
  /** The type's scale (1: as the stylesheet says). */
  scale: number;
  /** Moved down into the corner. */
  lowered: boolean;
}

export function VerticalAxisLabel({
  x,
  height,
  turn,
  label,
  style,
}: {
  /** The label's baseline, from the axis. */
  x: number;
  /** The plot's height: the name is centred on it and fitted beside it. */
  height: number;
  /** −90 reads bottom to top (a left axis), 90 top to bottom (a right axis). */
  turn: -90 | 90;
  label: string;
  style?: CSSProperties;
}) {
  const ref = useRef<SVGTextElement>(null);
  const [fit, setFit] = useState<Fit>({ scale: 1, lowered: false });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof el.getComputedTextLength !== 'function') return;
    const natural = el.getComputedTextLength() / fit.scale;
    const room = height + ABOVE + BELOW;
    const next: Fit = {
      scale: natural > room ? Math.max(MIN_FIT, room / natural) : 1,
      lowered: natural > height + 2 * ABOVE,
    };
    if (Math.abs(next.scale - fit.scale) > 0.01 || next.lowered !== fit.lowered) setFit(next);
  }, [label, height, fit]);
  const centre = fit.lowered ? (height + BELOW - ABOVE) / 2 : height / 2;
  return (
    <text
      ref={ref}
      className="axis-label"
      transform={`translate(${x},${centre}) rotate(${turn})`}
      textAnchor="middle"
      data-fit={fit.scale < 1 ? fit.scale.toFixed(2) : undefined}
      style={fit.scale < 1 ? { ...style, fontSize: `calc(var(--chart-label-size) * ${fit.scale.toFixed(3)})` } : style}
    >
      {label}
    </text>
  );
}
