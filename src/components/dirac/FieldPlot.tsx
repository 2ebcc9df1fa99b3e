// The (θ, ψ) plane of the Dirac GAN: the gradient vector field as arrows, the equilibrium (0, 0), and the
// trajectory from a start point the user clicks, drags or moves with the arrow keys. d3 computes the
// scales and the paths; React owns the SVG.
import { memo, useId, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { diracField, type DiracPoint, type DiracStabiliser, type DiracTrajectory } from '../../core/diracGan';
import { useT } from '../../state/language';
import { Axis } from '../charts/Axis';
import { formatX } from '../charts/scales';
import { pointerOffset } from '../charts/pointerOffset';
import { inkOf } from '../charts/theme';
import { DIRAC_COLORS, DIRAC_EXTENT } from './diracTheme';

const MARGIN = { top: 10, right: 16, bottom: 46, left: 62 };
const TICKS = [-2, -1, 0, 1, 2];
/** Arrows on a CELLS × CELLS grid of cell centres over the square. */
const CELLS = 20;
const KEY_STEP = 0.05;

const clampCoord = (v: number) => Math.max(-DIRAC_EXTENT, Math.min(DIRAC_EXTENT, v));
const round2 = (v: number) => Math.round(v * 100) / 100;
const fmt = (v: number) => (Math.abs(v) < 0.005 ? '0.00' : v.toFixed(2).replace(/^-/, '−'));

export interface FieldPlotProps {
  size: { width: number; height: number };
  stabiliser: DiracStabiliser;
  trajectory: DiracTrajectory;
  /** The step the animation has reached (0…n). */
  step: number;
  start: DiracPoint;
  onStart: (p: DiracPoint) => void;
  onDragging: (dragging: boolean) => void;
}

/** One path for all arrows: a shaft and a two-stroke head each, length ∝ √|v| (direction always shown). */
function quiverPath(stab: DiracStabiliser, sx: ScaleLinear<number, number>, sy: ScaleLinear<number, number>) {
  const cell = (2 * DIRAC_EXTENT) / CELLS;
  const cellPx = Math.abs(sx(cell) - sx(0));
  const vs: [number, number, number, number][] = [];
  let vmax = 0;
  for (let i = 0; i < CELLS; i++) {
    for (let j = 0; j < CELLS; j++) {
      const t = -DIRAC_EXTENT + (i + 0.5) * cell;
      const p = -DIRAC_EXTENT + (j + 0.5) * cell;
      const [a, b] = diracField(t, p, stab);
      vs.push([t, p, a, b]);
      vmax = Math.max(vmax, Math.hypot(a, b));
    }
  }
  let d = '';
  for (const [t, p, a, b] of vs) {
    const m = Math.hypot(a, b);
    if (!(m > 0) || !(vmax > 0)) continue;
    // Screen direction (ψ grows upwards) and length.
    const ux = a / m,
      uy = -b / m;
    const len = cellPx * (0.25 + 0.6 * Math.sqrt(m / vmax));
    const cx = sx(t),
      cy = sy(p);
    const x0 = cx - (ux * len) / 2,
      y0 = cy - (uy * len) / 2;
    const x1 = cx + (ux * len) / 2,
      y1 = cy + (uy * len) / 2;
    const hl = Math.min(6, 0.4 * len);
    const c = Math.cos(0.45),
      s = Math.sin(0.45);
    // The head: the reversed direction rotated by ±0.45 rad.
    const hx1 = x1 - hl * (ux * c - uy * s),
      hy1 = y1 - hl * (uy * c + ux * s);
    const hx2 = x1 - hl * (ux * c + uy * s),
      hy2 = y1 - hl * (uy * c - ux * s);
    d +=
      `M${x0.toFixed(1)},${y0.toFixed(1)}L${x1.toFixed(1)},${y1.toFixed(1)}` +
      `M${hx1.toFixed(1)},${hy1.toFixed(1)}L${x1.toFixed(1)},${y1.toFixed(1)}L${hx2.toFixed(1)},${hy2.toFixed(1)}`;
  }
  return d;
}

const Quiver = memo(function Quiver({
  stab,
  sx,
  sy,
}: {
  stab: DiracStabiliser;
  sx: ScaleLinear<number, number>;
  sy: ScaleLinear<number, number>;
}) {
  const d = useMemo(() => quiverPath(stab, sx, sy), [stab, sx, sy]);
  return <path className="dirac-quiver" d={d} data-testid="dirac-field-arrows" />;
});

export function FieldPlot({ size, stabiliser, trajectory, step, start, onStart, onDragging }: FieldPlotProps) {
  const clip = `dirac-clip-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const t = useT();
  const svgRef = useRef<SVGSVGElement>(null);
  const [dragging, setDragging] = useState(false);
  const side = Math.max(
    60,
    Math.min(size.width - MARGIN.left - MARGIN.right, size.height - MARGIN.top - MARGIN.bottom),
  );
  const offsetX = MARGIN.left + Math.max(0, (size.width - MARGIN.left - MARGIN.right - side) / 2);
  // New scales only when the side changes, so the memoised arrows are not recomputed every frame.
  const { sx, sy } = useMemo(
    () => ({
      sx: scaleLinear().domain([-DIRAC_EXTENT, DIRAC_EXTENT]).range([0, side]),
      sy: scaleLinear().domain([-DIRAC_EXTENT, DIRAC_EXTENT]).range([side, 0]),
    }),
    [side],
  );

  const n = trajectory.theta.length - 1;
  const shown = Math.min(step, n);
  const toPath = (upto: number) =>
    line<number>()
      .x((k) => sx(trajectory.theta[k]))
      .y((k) => sy(trajectory.psi[k]))(Array.from({ length: upto + 1 }, (_, k) => k)) ?? '';
  const fullPath = useMemo(
    () =>
      line<number>()
        .x((k) => sx(trajectory.theta[k]))
        .y((k) => sy(trajectory.psi[k]))(Array.from({ length: trajectory.theta.length }, (_, k) => k)) ?? '',
    [trajectory, sx, sy],
  );
  const leaves = useMemo(() => {
    for (let k = 0; k < trajectory.theta.length; k++)
      if (Math.abs(trajectory.theta[k]) > DIRAC_EXTENT || Math.abs(trajectory.psi[k]) > DIRAC_EXTENT) return true;
    return false;
  }, [trajectory]);

  const pointAt = (e: PointerEvent): DiracPoint | null => {
    if (!svgRef.current) return null;
    const at = pointerOffset(svgRef.current, e);
    const x = at.x - offsetX,
      y = at.y - MARGIN.top;
    return { theta: round2(clampCoord(sx.invert(x))), psi: round2(clampCoord(sy.invert(y))) };
  };
  const setDrag = (v: boolean) => {
    setDragging(v);
    onDragging(v);
  };
  const onPointerDown = (e: PointerEvent<SVGGElement>) => {
    if (e.button !== 0) return;
    const p = pointAt(e);
    if (!p) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    setDrag(true);
    onStart(p);
  };
  const onPointerMove = (e: PointerEvent<SVGGElement>) => {
    if (!dragging) return;
    const p = pointAt(e);
    if (p) onStart(p);
  };
  const endDrag = () => {
    if (dragging) setDrag(false);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const d = e.shiftKey ? 5 * KEY_STEP : KEY_STEP;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-d, 0],
      ArrowRight: [d, 0],
      ArrowUp: [0, d],
      ArrowDown: [0, -d],
    };
    const m = moves[e.key];
    if (!m) return;
    e.preventDefault();
    onStart({ theta: round2(clampCoord(start.theta + m[0])), psi: round2(clampCoord(start.psi + m[1])) });
  };

  const end = { theta: trajectory.theta[shown], psi: trajectory.psi[shown] };
  const endInside = Math.abs(end.theta) <= DIRAC_EXTENT && Math.abs(end.psi) <= DIRAC_EXTENT;
  const o = { x: sx(0), y: sy(0) };

  return (
    <svg
      ref={svgRef}
      width={size.width}
      height={size.height}
      role="group"
      aria-label={t('theory.dirac.field.aria', { theta: fmt(start.theta), psi: fmt(start.psi) })}
      data-testid="dirac-field"
    >
      <defs>
        <clipPath id={clip}>
          <rect width={side} height={side} />
        </clipPath>
      </defs>
      <g transform={`translate(${offsetX},${MARGIN.top})`}>
        <Axis
          orient="bottom"
          scale={sx}
          ticks={TICKS}
          format={formatX}
          label={t('theory.dirac.field.thetaAxis')}
          width={side}
          height={side}
        />
        <Axis
          orient="left"
          scale={sy}
          ticks={TICKS}
          format={formatX}
          label={t('theory.dirac.field.psiAxis')}
          width={side}
          height={side}
        />
        <g
          className={dragging ? 'dirac-plane dragging' : 'dirac-plane'}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={endDrag}
          onPointerCancel={endDrag}
          onLostPointerCapture={endDrag}
        >
          <rect className="dirac-hit" width={side} height={side} />
          <g clipPath={`url(#${clip})`}>
            <Quiver stab={stabiliser} sx={sx} sy={sy} />
            <path className="dirac-trajectory-full" d={fullPath} data-testid="dirac-trajectory-full" />
            <path className="dirac-trajectory" d={toPath(shown)} data-testid="dirac-trajectory" />
            {endInside && <circle className="dirac-ball" cx={sx(end.theta)} cy={sy(end.psi)} r={6} />}
          </g>
          <g className="dirac-equilibrium" transform={`translate(${o.x},${o.y})`}>
            <path d="M-7,-7L7,7M-7,7L7,-7" />
            <text x={9} y={-9}>
              {t('theory.dirac.field.equilibrium')}
            </text>
          </g>
          <g
            className="dirac-start"
            transform={`translate(${sx(start.theta)},${sy(start.psi)})`}
            tabIndex={0}
            role="button"
            aria-label={t('theory.dirac.field.startAria', { theta: fmt(start.theta), psi: fmt(start.psi) })}
            onKeyDown={onKeyDown}
            data-testid="dirac-start"
          >
            <circle r={14} className="dirac-start-halo" />
            <circle r={8} className="dirac-start-dot" />
            <text x={12} y={22}>
              {t('theory.dirac.field.start')}
            </text>
          </g>
        </g>
        {leaves && (
          <text
            className="clip-note"
            x={side - 6}
            y={18}
            textAnchor="end"
            style={{ fill: inkOf(DIRAC_COLORS.trajectory) }}
          >
            {t('theory.dirac.field.leaves')}
          </text>
        )}
      </g>
    </svg>
  );
}
