// Panel 1: p_data (filled) and p_model (line) over x, the latest G(z) batch as a faint histogram,
// and drag handles that move the target's components (the same setting updates as the sliders; also
// by keyboard), or, in drawing mode, a drawing area for p_data. A hover or touch readout of the values.
// For a mixture target, the share of p_model's mass each component captures (docs/theory.md §7.9).
import { memo, useMemo, useState, type ReactNode } from 'react';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { area, curveStepAfter } from 'd3-shape';
import { targetDistribution } from '../../core/distributions';
import { binnedDensity } from '../../core/density';
import { CHART_GRID } from '../../core/grid';
import type { ModeMass } from '../../core/modeMass';
import type { Analysis } from '../../core/protocol';
import { componentKey, mixtureComponents, type Settings } from '../../core/settings';
import { useScope, useSettings, useSnapshot } from '../../state/context';
import { formatNumber } from '../../state/format';
import { useT } from '../../state/language';
import { MleOverlay, useMleOverlay, type MleOverlayData } from '../likelihood/MleOverlay';
import { DensityAxes } from './Axis';
import { CursorLayer, gridReading, useChartCursor } from './ChartCursor';
import { discriminatorNames } from './cursorNames';
import { DrawButtons } from './DrawButtons';
import { DrawLayer } from './DrawLayer';
import { useDrawMode } from './drawMode';
import { MixtureHandles, type HandleSpec } from './MixtureHandles';
import { ChartPanel } from './ChartPanel';
import type { LegendItem } from './Legend';
import { ModeMarks, ModeReadouts } from './ModeMass';
import { COLORS, inkOf, MARGIN } from './theme';
import { gridArea, gridLine, maxOf, sampleIndices, X_DOMAIN, X_EDGES } from './scales';
import { ArrowSwitch, GradientArrows, type ArrowMode } from './GradientArrows';
import { useStickyDomain } from './useStickyDomain';

/** The batch histogram is drawn with bins this many grid bins wide (a batch is too small for 400). */
const HIST_GROUP = 10;
const SAMPLE_XS = [-4, -3, -2, -1, 0, 1, 2, 3, 4];
const SHRINK_BELOW = 0.55;
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

/** Two decimals, with a print minus: the handles' values for screen readers. */
const fixed2 = (v: number) => v.toFixed(2).replace(/^-/, '−');

export const DensityChart = memo(function DensityChart({
  mappingOpen = false,
  onToggleMapping,
}: {
  /** The z → x mapping view (in the Discriminator panel's place) is open; its toggle sits in the footnote. */
  mappingOpen?: boolean;
  onToggleMapping?: () => void;
}) {
  const snap = useSnapshot();
  const t = useT();
  const [arrowMode, setArrowMode] = useState<ArrowMode>('active'); // the generator's arrows (§6.5)
  const settings = useSettings();
  const targetSettings = useScope('target');
  // p_data straight from the settings (same bin averages as the worker's), so it follows a drag at once.
  const target = useMemo(() => targetDistribution(targetSettings), [targetSettings]);
  const pData = useMemo(() => binnedDensity(target, CHART_GRID), [target]);
  const pModel = snap?.analysis.pModel;
  const hist = settings.showHistogram && snap ? snap.batchHistogram : null;

  // The y scale holds still while a handle is dragged, so the handle stays under the pointer.
  const [dragging, setDragging] = useState(false);
  const dataMax = maxOf(pData);
  const modelMax = pModel ? maxOf(pModel) : 0;
  const [, yMax] = useStickyDomain([0, Math.max(dataMax * 1.15, Math.min(modelMax, dataMax * 2.5) * 1.05)], {
    shrinkBelow: SHRINK_BELOW,
    frozen: dragging,
  });

  const legend: LegendItem[] = [
    { label: 'p_data', color: COLORS.pData, kind: 'area' },
    {
      label: settings.emaDecay > 0 ? t('chart.densities.legend.pModelAveraged') : 'p_model',
      color: COLORS.pModel,
      kind: 'line',
    },
  ];
  if (settings.showHistogram)
    legend.push({
      label: t('chart.densities.legend.batch', { n: settings.batchSize }),
      color: COLORS.pModel,
      kind: 'bar',
    });
  const mle = useMleOverlay(); // the Likelihood view's fit, when its setting showMleFit is on
  const { mode: drawMode } = useDrawMode();
  if (mle) legend.push(mle.legend);

  const idx = sampleIndices(SAMPLE_XS);
  const escaped = snap?.analysis.escapedMass ?? 0;
  // Per-mode mass: only while the snapshot's components are the ones the settings show (a snapshot
  // computed before the component count changed is not drawn against the new handles).
  const snapModes = snap?.analysis.modes ?? [];
  const modes =
    targetSettings.targetKind === 'mixture' && snapModes.length === mixtureComponents(targetSettings).length
      ? snapModes
      : [];

  return (
    <ChartPanel
      id="densities"
      title={t('chart.densities.title')}
      legend={legend}
      tools={
        // Drawing is for showing: its buttons stay in presentation mode (not a .panel-tool).
        <span className="draw-tools">
          <DrawButtons testIds={{ toggle: 'toggle-draw', clear: 'draw-clear-chart' }} clearWhileDrawingOnly />
        </span>
      }
      caption={
        drawMode.active ? (
          <span data-testid="draw-hint">{drawMode.blank ? t('chart.draw.clearedHint') : t('chart.draw.hint')}</span>
        ) : settings.emaDecay > 0 ? (
          t('chart.densities.caption.ema', { beta: settings.emaDecay })
        ) : (
          t('chart.densities.caption')
        )
      }
      readouts={modes.length > 0 ? <ModeReadouts modes={modes} /> : undefined}
      footnote={
        <>
          {snap ? (
            <>
              {t('chart.densities.mass')} <span data-testid="readout-mass">{formatNumber(1 - escaped, 4)}</span>
              {escaped > 0.01 && (
                <strong className="warn-text">
                  {' '}
                  · {t('chart.densities.offChart', { percent: formatNumber(100 * escaped, 2) })}
                </strong>
              )}
            </>
          ) : (
            t('chart.densities.waiting')
          )}
          <span className="density-tools">
            {snap?.lastUpdate === 'g' && (
              <span className="moved-badge" data-testid="badge-g-moved">
                {t('chart.densities.gMoved')}
              </span>
            )}
            {/* The arrows are the original GAN's three generator costs (§6.5). */}
            {(snap?.analysis.objective ?? 'gan') === 'gan' && <ArrowSwitch mode={arrowMode} onChange={setArrowMode} />}
            {onToggleMapping && (
              <button
                type="button"
                className="mapping-toggle"
                aria-pressed={mappingOpen}
                onClick={onToggleMapping}
                data-testid="toggle-mapping"
                title={t('chart.densities.mappingTitle')}
              >
                z → x
              </button>
            )}
          </span>
        </>
      }
      summary={
        <table>
          <caption>{t('chart.densities.summary', { step: snap ? snap.step : null })}</caption>
          <thead>
            <tr>
              <th scope="col">x</th>
              <th scope="col">p_data(x)</th>
              <th scope="col">p_model(x)</th>
            </tr>
          </thead>
          <tbody>
            {idx.map((k, j) => (
              <tr key={k}>
                <th scope="row">{SAMPLE_XS[j]}</th>
                <td>{formatNumber(pData[k])}</td>
                <td>{pModel ? formatNumber(pModel[k]) : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      {(size) => (
        <DensityPlot
          size={size}
          settings={settings}
          pData={pData}
          pModel={pModel ?? null}
          hist={hist}
          yMax={yMax}
          pdf={target.pdf}
          modelMax={modelMax}
          modes={modes}
          onDrag={setDragging}
          dragging={dragging}
          analysis={snap?.analysis ?? null}
          mle={mle}
          overlay={(x, w, h) =>
            snap && pModel && arrowMode !== 'off' && (snap.analysis.objective ?? 'gan') === 'gan' ? (
              <GradientArrows
                mode={arrowMode}
                loss={settings.generatorLoss}
                d={snap.analysis.d}
                pModel={pModel}
                x={x}
                width={w}
                height={h}
              />
            ) : null
          }
        />
      )}
    </ChartPanel>
  );
});

function DensityPlot({
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

  // Handles: one per mixture component at (mean, p_data(mean)), or the two edges of the uniform; none
  // for a drawn target.
  const handles: HandleSpec[] = [];
  const components = mixtureComponents(settings);
  const W = components.reduce((sum, c) => sum + c.weight, 0);
  if (settings.targetKind === 'mixture') {
    components.forEach(({ mean, std, weight }, i) => {
      const name = t('chart.handle.component', { n: i + 1 });
      handles.push({
        id: `mean${i}`,
        testId: `handle-mean-${i}`,
        cx: x(mean),
        cy: y(pdf(mean)),
        label: String(i + 1),
        ariaLabel: t('chart.handle.componentMean', { name }),
        title: t('chart.handle.titled', { name, help: t('chart.handle.help') }),
        color: COLORS.pData,
        xKey: componentKey('mean', i),
        xValue: mean,
        sigma: { key: componentKey('std', i), value: std, share: weight / W },
        valueText: t('chart.handle.meanAndSigma', { mean: fixed2(mean), sigma: fixed2(std) }),
      });
    });
  } else if (settings.targetKind === 'uniform') {
    const top = y(1 / (settings.uniformHigh - settings.uniformLow));
    for (const which of ['low', 'high'] as const) {
      const key = which === 'low' ? 'uniformLow' : 'uniformHigh';
      handles.push({
        id: which,
        testId: `handle-${which}-${which === 'low' ? 0 : 1}`,
        cx: x(settings[key]),
        cy: top,
        label: which === 'low' ? '◂' : '▸',
        ariaLabel: t(which === 'low' ? 'chart.handle.uniformLow' : 'chart.handle.uniformHigh'),
        title: t(which === 'low' ? 'chart.handle.uniformLowHelp' : 'chart.handle.uniformHighHelp'),
        color: COLORS.pData,
        xKey: key,
        xValue: settings[key],
        valueText: fixed2(settings[key]),
      });
    }
  }

  const names = discriminatorNames(analysis?.objective ?? 'gan', t);
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
