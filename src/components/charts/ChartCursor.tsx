// Hover and touch readouts: a vertical rule at the pointer (or finger) and a small box with the values
// there. The pointer's position lives in a store of the chart's own, read only by <CursorLayer>: a move
// re-renders the rule and the box, never the chart or the page.
import {
  Fragment,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type PointerEvent as ReactPointerEvent,
} from 'react';
import { createPortal } from 'react-dom';
import { bisector } from 'd3-array';
import type { HistoryPoint } from '../../core/protocol';
import { binIndex, CHART_GRID } from '../../core/grid';
import { formatNumber } from '../../state/format';
import { createStore, type Store } from '../../state/store';
import type { Translate } from '../../i18n/messages';
import { pointerOffset } from './pointerOffset';
import { MARGIN } from './theme';
import { X_CENTERS } from './scales';
import './hover.css';

interface CursorPoint {
  /** Pixels from the plot area's top left corner (inside the margins). */
  px: number;
  py: number;
  /** A finger: the readout stays after it lifts, until the next touch elsewhere. */
  touch: boolean;
  /** The chart's plot box (the <svg>'s parent), where the readout box is placed. */
  host: HTMLElement | null;
}

type SvgPointerHandler = (e: ReactPointerEvent<SVGSVGElement>) => void;

export interface ChartCursor {
  store: Store<CursorPoint | null>;
  /**
   * Spread on the chart's <svg> (and on an overlay <svg> of the same size, for its handles or its
   * drawing area): they follow the pointer there.
   */
  svgProps: {
    className: string;
    onPointerMove: SvgPointerHandler;
    onPointerDown: SvgPointerHandler;
    onPointerLeave: SvgPointerHandler;
    onPointerCancel: SvgPointerHandler;
  };
}

/** The pointer over one chart, kept in the chart (see ChartCursor). */
export function useChartCursor(): ChartCursor {
  const [cursor] = useState<ChartCursor>(() => {
    const store = createStore<CursorPoint | null>(null);
    const at: SvgPointerHandler = (e) => {
      const svg = e.currentTarget;
      const offset = pointerOffset(svg, e);
      const px = offset.x - MARGIN.left;
      const py = offset.y - MARGIN.top;
      const w = svg.width.baseVal.value - MARGIN.left - MARGIN.right;
      const h = svg.height.baseVal.value - MARGIN.top - MARGIN.bottom;
      const touch = e.pointerType === 'touch';
      if (px < 0 || px > w || py < -MARGIN.top || py > h) {
        if (!touch) store.set(null);
        return;
      }
      store.set({ px, py, touch, host: svg.parentElement });
    };
    return {
      store,
      svgProps: {
        className: 'has-cursor',
        onPointerMove: at,
        onPointerDown: at,
        // A lifted finger leaves too: its readout stays (see CursorLayer).
        onPointerLeave: (e) => {
          if (e.pointerType !== 'touch') store.set(null);
        },
        // The browser took the touch over (a vertical scroll).
        onPointerCancel: () => store.set(null),
      },
    };
  });
  return cursor;
}

interface CursorRow {
  label: string;
  /** The row's data-series (the same in every language); the label when omitted. */
  series?: string;
  value: string;
  color?: string;
}

export interface CursorReading {
  /** Where the rule is drawn: the nearest data point's pixel x. */
  px: number;
  title: string;
  rows: readonly CursorRow[];
}

/** Readout gap from the rule, in pixels. */
const GAP = 10;

/**
 * The rule (in the chart's <svg>, inside its translated plot group) and the readout box (in the plot
 * box, over the chart; it never takes the pointer). `read` turns the pointer's x into values.
 */
export function CursorLayer({
  cursor,
  width,
  height,
  read,
  hidden = false,
  testId,
}: {
  cursor: ChartCursor;
  width: number;
  height: number;
  read: (px: number) => CursorReading | null;
  /** While a handle is dragged or a stroke drawn: nothing over it. */
  hidden?: boolean;
  testId: string;
}) {
  const point = useSyncExternalStore(cursor.store.subscribe, cursor.store.get, cursor.store.get);
  const reading = point && !hidden ? read(Math.min(width, Math.max(0, point.px))) : null;
  const box = useRef<HTMLDivElement>(null);
  const anchor = reading ? MARGIN.left + reading.px : null;
  // The box beside the rule, on the side where it fits in the plot box (measured before it is painted).
  useLayoutEffect(() => {
    const el = box.current;
    if (!el || anchor === null) return;
    const room = (el.offsetParent as HTMLElement | null)?.clientWidth ?? Infinity;
    const w = el.offsetWidth;
    let left = anchor + GAP;
    if (left + w > room) left = anchor - GAP - w;
    if (left < 0) left = Math.max(0, Math.min(anchor + GAP, room - w));
    el.style.left = `${left}px`;
  });
  const touch = point?.touch ?? false;
  const host = point?.host ?? null;
  // A touch readout stays until a touch (or click) anywhere else.
  useEffect(() => {
    if (!touch || !host) return;
    const away = (e: PointerEvent) => {
      if (!(e.target instanceof Node) || !host.contains(e.target)) cursor.store.set(null);
    };
    document.addEventListener('pointerdown', away, true);
    return () => document.removeEventListener('pointerdown', away, true);
  }, [touch, host, cursor]);
  if (!point || !reading) return null;
  return (
    <>
      <line className="cursor-rule" x1={reading.px} x2={reading.px} y1={0} y2={height} data-testid={`${testId}-rule`} />
      {point.host &&
        createPortal(
          <div
            ref={box}
            className="cursor-readout"
            style={{ top: MARGIN.top + 4 }}
            data-testid={testId}
            aria-hidden="true"
          >
            <div className="cursor-readout-title">{reading.title}</div>
            <div className="cursor-readout-rows">
              {reading.rows.map((r) => (
                <Fragment key={r.label}>
                  <span>
                    {r.color && <span className="cursor-swatch" style={{ background: r.color }} />}
                    {r.label}
                  </span>
                  <span className="cursor-readout-value" data-series={r.series ?? r.label}>
                    {r.value}
                  </span>
                </Fragment>
              ))}
            </div>
          </div>,
          point.host,
        )}
    </>
  );
}

/** Minus signs as in print. */
const signed = (s: string) => s.replace(/^-/, '−');

export interface GridSeries {
  label: string;
  values: ArrayLike<number> | null | undefined;
  color?: string;
}

/** A reading of values on the chart grid (densities, D) at the bin nearest the pointer. */
export function gridReading(
  px: number,
  x: { invert(px: number): number; (v: number): number },
  series: readonly GridSeries[],
): CursorReading {
  const k = binIndex(CHART_GRID, x.invert(px));
  const xk = X_CENTERS[k];
  return {
    px: x(xk),
    title: `x = ${signed(xk.toFixed(2))}`,
    rows: series.map((s) => ({
      label: s.label,
      value: s.values && Number.isFinite(s.values[k]) ? signed(formatNumber(s.values[k])) : '–',
      color: s.color,
    })),
  };
}

export interface ReadoutSeries {
  /** Names the series in every language (data-series). */
  name: string;
  /** The name shown, when it differs by language. */
  label?: string;
  value: (p: HistoryPoint) => number;
  color: string;
}

const byStep = bisector((p: HistoryPoint) => p.step);

/** A reading of history series at the recorded point nearest the pointer's step. */
export function historyReading(
  px: number,
  x: { invert(px: number): number; (v: number): number },
  points: readonly HistoryPoint[],
  series: readonly ReadoutSeries[],
  t: Translate,
): CursorReading | null {
  if (points.length === 0) return null;
  const i = Math.min(points.length - 1, byStep.center(points, x.invert(px)));
  const p = points[i];
  return {
    px: x(p.step),
    title: t('chart.cursor.step', { step: p.step.toLocaleString('en') }),
    rows: series.map((s) => ({
      label: s.label ?? s.name,
      series: s.name,
      value: signed(formatNumber(s.value(p))),
      color: s.color,
    })),
  };
}
