// The Densities chart's plot: p_data (filled) and p_model (line) over x, the latest G(z) batch as a faint
// histogram, an overlay (the generator's arrows), the per-mode marks, the hover readout, and over it all
// the target's handles or, in drawing mode, the drawing area.
import type { ReactNode } from 'react';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { area, curveStepAfter } from 'd3-shape';
import { CHART_GRID } from '../../core/grid';
import type { ModeMass } from '../../core/modeMass';
import { objectiveOf } from '../../core/objectives';
import type { Analysis } from '../../core/protocol';
import type { Settings } from '../../core/settings';
import { formatNumber } from '../../state/format';
import { useT } from '../../state/language';
import { MleOverlay, type MleOverlayData } from '../likelihood/MleOverlay';
import { DensityAxes } from './Axis';
import { CursorLayer, gridReading, useChartCursor } from './ChartCursor';
import { discriminatorNames } from './cursorNames';
import { DrawLayer } from './DrawLayer';
import { useDrawMode } from './drawMode';
import { MixtureHandles } from './MixtureHandles';
import { ModeMarks } from './ModeMass';
import { targetHandles } from './targetHandles';
import { COLORS, inkOf, MARGIN } from './theme';
import { gridArea, gridLine, X_DOMAIN, X_EDGES } from './scales';

/** The batch histogram is drawn with bins this many grid bins wide (a batch is too small for 400). */
const HIST_GROUP = 10;
const HANDLE_R = 11;

/** Groups of HIST_GROUP grid bins: their left and right edges and mean height. */
function rebin(h: Float64Array): { x0: number; x1: number; v: number }[] {
  const out = [];
  for (let i = 0; i < h.length; i += HIST_GROUP) {
    const end = Math.min(h.length, i + HIST_GROUP);
    let s = 0;
    for (let j = i; j < end; j++) s += h[j];
    out.push({ x0: X_EDGES[i], x1: X_EDGES[end], v: s / HIST_GROUP });
  }
  return out;
}

export function DensityPlot({
  size,
  settings,
  pData,
  pModel,
  hist,
  yMax,
  pdf,
  modelMax,
  modes,
  onDrag,
  dragging,
  analysis,
  mle,
  overlay,
}: {
  /** Drawn over the curves, under the handles (the generator's arrows). */
  overlay?: (x: ScaleLinear<number, number>, width: number, height: number) => ReactNode;
  mle: MleOverlayData | null;
  modelMax: number;
  /** Per-mode mass, one per mixture component, or empty. */
  modes: readonly ModeMass[];
  size: { width: number; height: number };
  settings: Settings;
  pData: Float64Array;
  pModel: Float64Array | null;
  hist: Float64Array | null;
  yMax: number;
  pdf: (x: number) => number;
  onDrag: (active: boolean) => void;
  /** A handle is being dragged or a stroke drawn: the readout steps aside. */
  dragging: boolean;
  /** The latest snapshot's analysis (D and D* for the readout). */
  analysis: Analysis | null;
}) {
  const w = size.width - MARGIN.left - MARGIN.right;
  const h = size.height - MARGIN.top - MARGIN.bottom;
  const x = scaleLinear().domain(X_DOMAIN).range([0, w]);
  const y = scaleLinear().domain([0, yMax]).range([h, 0]).clamp(true);
  const cursor = useChartCursor();
  const { mode: drawMode } = useDrawMode();
  const t = useT();

  const dataArea = gridArea(x, y, pData, h);
  const modelLine = pModel ? gridLine(x, y, pModel) : '';
  let histPath = '';
  if (hist) {
    const bars = rebin(hist);
    histPath =
      area<{ x0: number; v: number }>()
        .curve(curveStepAfter)
        .x((b) => x(b.x0))
        .y0(h)
        .y1((b) => y(b.v))([...bars, { x0: CHART_GRID.max, v: 0 }]) ?? '';
  }

  const handles = targetHandles(settings, x, y, pdf, t);

  const names = discriminatorNames(objectiveOf(analysis), t);
  const read = (px: number) =>
    gridReading(px, x, [
      { label: 'p_data', values: pData, color: COLORS.pData },
      { label: 'p_model', values: pModel, color: COLORS.pModel },
      { label: names.d, values: analysis?.d, color: COLORS.d },
      { label: names.best, values: analysis?.dStar, color: COLORS.dStar },
    ]);

  return (
    <>
      <svg
        width={size.width}
        height={size.height}
        role="img"
        aria-label={t('chart.densities.aria')}
        data-testid="chart-densities"
        {...cursor.svgProps}
      >
        <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
          <DensityAxes x={x} y={y} width={w} height={h} />
          {histPath && (
            <path
              d={histPath}
              style={{ fill: COLORS.pModel, stroke: COLORS.pModel }}
              fillOpacity={0.22}
              strokeOpacity={0.5}
              strokeWidth={1}
            />
          )}
          <path
            d={dataArea}
            style={{ fill: COLORS.pData, stroke: COLORS.pData }}
            // Cleared for drawing: p_data (still the target until the next stroke) fades.
            fillOpacity={drawMode.blank && drawMode.active ? 0.1 : 0.3}
            strokeDasharray={drawMode.blank && drawMode.active ? '6 4' : undefined}
            strokeWidth={2.5}
          />
          {modelLine && (
            <path
              d={modelLine}
              fill="none"
              style={{ stroke: COLORS.pModel }}
              strokeWidth={3.5}
              strokeLinejoin="round"
            />
          )}
          {mle && <MleOverlay density={mle.density} x={x} y={y} />}
          {overlay?.(x, w, h)}
          {modes.length > 0 && (
            <ModeMarks
              modes={modes}
              at={handles.map((hd) => ({ cx: hd.cx, cy: Math.max(HANDLE_R + 1, hd.cy) }))}
              width={w}
            />
          )}
          {modelMax > yMax && (
            <text x={w - 4} y={12} textAnchor="end" className="clip-note" style={{ fill: inkOf(COLORS.pModel) }}>
              {t('chart.densities.peak', { value: formatNumber(modelMax) })}
            </text>
          )}
          <CursorLayer cursor={cursor} width={w} height={h} read={read} hidden={dragging} testId="cursor-densities" />
        </g>
      </svg>
      {/* The handles or the drawing area, over the chart: the chart stays an image, the handles are sliders. */}
      <svg
        width={size.width}
        height={size.height}
        role="group"
        aria-label={drawMode.active ? t('chart.draw.drawing') : t('chart.handle.group')}
        {...cursor.svgProps}
        className="chart-controls has-cursor"
      >
        <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
          {drawMode.active ? (
            <DrawLayer width={w} height={h} x={x} y={y} pdf={pdf} onDrawing={onDrag} />
          ) : (
            <MixtureHandles handles={handles} x={x} y={y} onDrag={onDrag} radius={HANDLE_R} />
          )}
        </g>
      </svg>
    </>
  );
}
