// Drawing p_data by hand on the density chart: press, drag (mouse, pen or finger), release. The stroke
// is collected in the chart's units; on release it becomes a density on the knots (densityFromStroke:
// resampled, smoothed, clipped at 0, scaled to area 1) and the target.
import { useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import { densityFromStroke, knotsFromPdf, type StrokePoint } from '../../core/drawnDensity';
import { useAppState } from '../../state/context';
import { useT } from '../../state/language';
import { useDrawMode } from './drawMode';
import { pointerOffset } from './pointerOffset';
import { MARGIN } from './theme';
import './hover.css';

type Scale = { (v: number): number; invert(px: number): number };

export function DrawLayer({
  width,
  height,
  x,
  y,
  pdf,
  onDrawing,
}: {
  width: number;
  height: number;
  x: Scale;
  y: Scale;
  /** The current target's density, kept where a stroke does not reach. */
  pdf: (x: number) => number;
  onDrawing: (active: boolean) => void;
}) {
  const { mode, applyKnots } = useDrawMode();
  const { notices } = useAppState();
  const t = useT();
  const points = useRef<StrokePoint[]>([]);
  const pointerId = useRef<number | null>(null);
  /** The stroke as drawn so far, in pixels (the only thing that re-renders while drawing). */
  const [path, setPath] = useState('');

  /** Pixels in the plot area of a pointer position (clientX, clientY), kept inside the plot. */
  const plotPoint = (e: ReactPointerEvent<SVGRectElement>) => {
    const svg = e.currentTarget.ownerSVGElement ?? e.currentTarget;
    return (p: { clientX: number; clientY: number }) => {
      const at = pointerOffset(svg, p);
      return {
        px: Math.min(width, Math.max(0, at.x - MARGIN.left)),
        py: Math.min(height, Math.max(0, at.y - MARGIN.top)),
      };
    };
  };
  const onPointerDown = (e: ReactPointerEvent<SVGRectElement>) => {
    if (e.button !== 0 || pointerId.current !== null) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    pointerId.current = e.pointerId;
    const { px, py } = plotPoint(e)(e);
    points.current = [{ x: x.invert(px), y: y.invert(py) }];
    setPath(`M${px},${py}`);
    onDrawing(true);
  };
  const onPointerMove = (e: ReactPointerEvent<SVGRectElement>) => {
    if (e.pointerId !== pointerId.current) return;
    // Coalesced events: every sample of a fast stroke, not one per frame.
    const events = e.nativeEvent.getCoalescedEvents?.() ?? [];
    const toPlot = plotPoint(e);
    let d = '';
    for (const ev of events.length ? events : [e]) {
      const { px, py } = toPlot(ev);
      points.current.push({ x: x.invert(px), y: y.invert(py) });
      d += `L${px},${py}`;
    }
    setPath((p) => p + d);
  };
  const finish = (e: ReactPointerEvent<SVGRectElement>, apply: boolean) => {
    if (e.pointerId !== pointerId.current) return;
    pointerId.current = null;
    if (e.currentTarget.hasPointerCapture?.(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
    setPath('');
    onDrawing(false);
    if (!apply) return;
    const knots = densityFromStroke(points.current, mode.blank ? null : knotsFromPdf(pdf));
    points.current = [];
    if (knots) applyKnots(knots);
    else notices.add(t('chart.draw.tooShort'), 'info');
  };

  return (
    <g>
      <rect
        className="draw-layer"
        width={width}
        height={height}
        fill="transparent"
        data-testid="draw-layer"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={(e) => finish(e, true)}
        onPointerCancel={(e) => finish(e, false)}
      />
      {path && <path className="draw-stroke" d={path} data-testid="draw-stroke" />}
    </g>
  );
}
