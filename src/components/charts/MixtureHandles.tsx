// The drag handles of a density chart (the playground's target, the explorer's P and Q): one per
// Gaussian component at its peak (sideways: its mean; up and down: its σ), or one per end of a uniform.
// Mouse, pen and finger through pointer events (captured, so a drag survives leaving the handle), and
// the keyboard: each handle is a focusable slider, ←/→ move it by the setting's step, ↑/↓ change σ,
// Shift makes it 10 steps.
import { useRef, type KeyboardEvent, type PointerEvent as ReactPointerEvent } from 'react';
import { SETTINGS_TABLE, type Settings } from '../../core/settings';
import { useAppState } from '../../state/context';
import { decimalsOf } from '../../state/format';
import { X_DOMAIN } from './scales';
import { pointerOffset } from './pointerOffset';
import { COLORS, MARGIN } from './theme';
import './hover.css';

type NumberKey = { [K in keyof Settings]: Settings[K] extends number ? K : never }[keyof Settings];

const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
/** A vertical move shorter than this (pixels) leaves σ alone: a sideways drag is never also a σ change. */
const SIGMA_DEAD_ZONE = 4;

export interface HandleSpec {
  /** React key, unique on the chart. */
  id: string;
  testId: string;
  /** Position in the plot area (pixels). */
  cx: number;
  cy: number;
  /** The text inside the circle. */
  label: string;
  /** The slider's name, e.g. "Component 1 mean". */
  ariaLabel: string;
  /** Tooltip: what dragging and the keys do. */
  title: string;
  color: string;
  /** The label's colour (a light colour can be too faint on white). */
  ink?: string;
  /** The setting a sideways move changes: a mean, or an end of the uniform. */
  xKey: NumberKey;
  xValue: number;
  /** A Gaussian component: its σ setting and its share of the total weight (up and down change σ). */
  sigma?: { key: NumberKey; value: number; share: number };
  /** The slider's value as text, e.g. "mean 1.50, σ 0.60". */
  valueText: string;
}

interface Drag {
  hd: HandleSpec;
  py0: number;
  v0: number;
  /** The component's own peak height at the start of the drag. */
  h0: number;
}

type Scale = { (v: number): number; invert(px: number): number };

/** v on the setting's step grid, without float dust (0.1 + 0.2 → 0.3). */
function snapToStep(key: NumberKey, v: number, step = SETTINGS_TABLE[key].step): number {
  const base = SETTINGS_TABLE[key].step;
  return Number((Math.round(v / step) * step).toFixed(decimalsOf(base)));
}

/**
 * The handlers of the handles on one chart: pointer drags in the chart's scales, and the keys.
 * `onDrag(true)` when a drag starts, `onDrag(false)` when it ends (the chart holds its y scale still).
 */
function useMixtureHandles({ x, y, onDrag }: { x: Scale; y: Scale; onDrag: (active: boolean) => void }) {
  const drag = useRef<Drag | null>(null);
  const { setSettingsPatch } = useAppState();

  const pointer = (e: ReactPointerEvent<SVGGElement>) => {
    const at = pointerOffset(e.currentTarget.ownerSVGElement ?? e.currentTarget, e);
    return { px: at.x - MARGIN.left, py: at.y - MARGIN.top };
  };

  const onPointerDown = (e: ReactPointerEvent<SVGGElement>, hd: HandleSpec) => {
    if (e.button !== 0) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    // preventDefault keeps a mouse from selecting text, and so from focusing: focus the handle by hand.
    e.currentTarget.focus({ preventScroll: true });
    const { py } = pointer(e);
    const h0 = hd.sigma ? (hd.sigma.share * INV_SQRT_2PI) / hd.sigma.value : 0;
    drag.current = { hd, py0: py, v0: y.invert(py), h0 };
    onDrag(true);
  };
  const onPointerMove = (e: ReactPointerEvent<SVGGElement>) => {
    const d = drag.current;
    if (!d) return;
    const { px, py } = pointer(e);
    const xv = Math.min(X_DOMAIN[1], Math.max(X_DOMAIN[0], x.invert(px)));
    const patch: Partial<Record<NumberKey, number>> = { [d.hd.xKey]: snapToStep(d.hd.xKey, xv) };
    const sigma = d.hd.sigma;
    if (sigma) {
      if (Math.abs(py - d.py0) >= SIGMA_DEAD_ZONE) {
        // Up makes the component's peak taller: peak = share / (σ √(2π)), so σ = share / (peak √(2π)).
        const peak = Math.max(1e-3, d.h0 + (y.invert(py) - d.v0));
        patch[sigma.key] = snapToStep(sigma.key, (sigma.share * INV_SQRT_2PI) / peak);
      } else patch[sigma.key] = sigma.value;
    }
    setSettingsPatch(patch as Partial<Settings>);
  };
  const onPointerUp = (e: ReactPointerEvent<SVGGElement>) => {
    if (!drag.current) return;
    drag.current = null;
    if (e.currentTarget.hasPointerCapture?.(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
    onDrag(false);
  };
  const onKeyDown = (e: KeyboardEvent<SVGGElement>, hd: HandleSpec) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const times = e.shiftKey ? 10 : 1;
    let key: NumberKey, value: number;
    if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      key = hd.xKey;
      const step = SETTINGS_TABLE[key].step * times;
      value = hd.xValue + (e.key === 'ArrowRight' ? step : -step);
    } else if ((e.key === 'ArrowUp' || e.key === 'ArrowDown') && hd.sigma) {
      // Up: a taller peak, as dragging up does: a smaller σ.
      key = hd.sigma.key;
      const step = SETTINGS_TABLE[key].step * times;
      value = hd.sigma.value + (e.key === 'ArrowUp' ? -step : step);
    } else return;
    e.preventDefault();
    const p = SETTINGS_TABLE[key];
    setSettingsPatch({ [key]: Math.min(p.max, Math.max(p.min, snapToStep(key, value))) } as Partial<Settings>);
  };

  /** The props of one handle's <g>. */
  return (hd: HandleSpec) => ({
    onPointerDown: (e: ReactPointerEvent<SVGGElement>) => onPointerDown(e, hd),
    onPointerMove,
    onPointerUp,
    onPointerCancel: onPointerUp,
    onLostPointerCapture: onPointerUp,
    onKeyDown: (e: KeyboardEvent<SVGGElement>) => onKeyDown(e, hd),
  });
}

/** The handles, drawn at their positions (inside the chart's translated plot group). */
export function MixtureHandles({
  handles,
  x,
  y,
  onDrag,
  radius,
  top = radius + 1,
}: {
  handles: readonly HandleSpec[];
  x: Scale;
  y: Scale;
  onDrag: (active: boolean) => void;
  radius: number;
  /** A handle is drawn no higher than this (pixels from the plot's top), so it stays on the chart. */
  top?: number;
}) {
  const bind = useMixtureHandles({ x, y, onDrag });
  return (
    <>
      {handles.map((hd) => {
        const p = SETTINGS_TABLE[hd.xKey];
        return (
          <g
            key={hd.id}
            className="handle"
            transform={`translate(${hd.cx},${Math.max(top, hd.cy)})`}
            tabIndex={0}
            role="slider"
            aria-label={hd.ariaLabel}
            aria-orientation="horizontal"
            aria-valuemin={p.min}
            aria-valuemax={p.max}
            aria-valuenow={hd.xValue}
            aria-valuetext={hd.valueText}
            data-testid={hd.testId}
            {...bind(hd)}
          >
            <title>{hd.title}</title>
            <circle r={radius + 5} fill="transparent" />
            <circle r={radius} style={{ fill: COLORS.surface, stroke: hd.color }} strokeWidth={3} />
            <circle className="handle-ring" r={radius + 4} />
            <text textAnchor="middle" dy="0.36em" style={{ fill: hd.ink ?? hd.color }}>
              {hd.label}
            </text>
          </g>
        );
      })}
    </>
  );
}
