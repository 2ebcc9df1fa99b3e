// Panel 1: p_data (filled) and p_model (line) over x, the latest G(z) batch as a faint histogram,
// and drag handles that move the target's components (the same setting updates as the sliders).
// For a mixture target, the share of p_model's mass each component captures (docs/theory.md §7.9).
import { memo, useMemo, useRef, useState, type ReactNode } from 'react';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { area, curveStepAfter } from 'd3-shape';
import { targetDistribution } from '../../core/distributions';
import { binnedDensity } from '../../core/density';
import { CHART_GRID } from '../../core/grid';
import type { ModeMass } from '../../core/modeMass';
import { componentKey, mixtureComponents, type Settings } from '../../core/settings';
import { useAppState, useScope, useSettings, useSnapshot } from '../../state/context';
import { formatNumber } from '../../state/format';
import { MleOverlay, useMleOverlay, type MleOverlayData } from '../likelihood/MleOverlay';
import { DensityAxes } from './Axis';
import { ChartPanel } from './ChartPanel';
import type { LegendItem } from './Legend';
import { ModeMarks, ModeReadouts } from './ModeMass';
import { COLORS, MARGIN } from './theme';
import { gridArea, gridLine, maxOf, sampleIndices, X_DOMAIN, X_EDGES } from './scales';
import { ArrowSwitch, GradientArrows, type ArrowMode } from './GradientArrows';
import { useStickyDomain } from './useStickyDomain';

/** The batch histogram is drawn with bins this many grid bins wide (a batch is too small for 400). */
const HIST_GROUP = 10;
const SAMPLE_XS = [-4, -3, -2, -1, 0, 1, 2, 3, 4];
const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
const SHRINK_BELOW = 0.55;

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

const round = (v: number, step: number) => Math.round(v / step) * step;

interface Drag {
  kind: 'mean' | 'low' | 'high';
  i: number;
  py0: number;
  v0: number;
  /** The component's own peak height at the start of the drag. */
  h0: number;
  share: number;
  std0: number;
}

export const DensityChart = memo(function DensityChart({
  mappingOpen = false,
  onToggleMapping,
}: {
  /** The z → x mapping view (in the Discriminator panel's place) is open; its toggle sits in the footnote. */
  mappingOpen?: boolean;
  onToggleMapping?: () => void;
}) {
  const snap = useSnapshot();
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
    { label: settings.emaDecay > 0 ? 'p_model of the averaged G' : 'p_model', color: COLORS.pModel, kind: 'line' },
  ];
  if (settings.showHistogram)
    legend.push({ label: `last ${settings.batchSize} G(z)`, color: COLORS.pModel, kind: 'bar' });
  const mle = useMleOverlay(); // the Likelihood view's fit, when its setting showMleFit is on
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
      title="Densities"
      legend={legend}
      caption={
        settings.emaDecay > 0 ? (
          <>Orange is the averaged G (EMA, β = {settings.emaDecay}); the histogram is the training G’s batch.</>
        ) : (
          <>Training moves orange (x = G(z)) onto blue; drag the handles.</>
        )
      }
      readouts={modes.length > 0 ? <ModeReadouts modes={modes} /> : undefined}
      footnote={
        <>
          {snap ? (
            <>
              ∫p_model on [−6, 6] = 1 − escaped mass ={' '}
              <span data-testid="readout-mass">{formatNumber(1 - escaped, 4)}</span>
              {escaped > 0.01 && (
                <strong className="warn-text">
                  {' '}
                  · {formatNumber(100 * escaped, 2)}% of p_model is off the chart; the divergences see only the part on
                  it
                </strong>
              )}
            </>
          ) : (
            'Waiting for the first snapshot from the training worker…'
          )}
          <span className="density-tools">
            {snap?.lastUpdate === 'g' && (
              <span className="moved-badge" data-testid="badge-g-moved">
                G just moved
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
                title="Show how G maps the noise z to x (Goodfellow et al. 2014, Fig. 1), in the Discriminator panel's place"
              >
                z → x
              </button>
            )}
          </span>
        </>
      }
      summary={
        <table>
          <caption>Densities p_data and p_model at sample points{snap ? `, step ${snap.step}` : ''}</caption>
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
}) {
  const w = size.width - MARGIN.left - MARGIN.right;
  const h = size.height - MARGIN.top - MARGIN.bottom;
  const x = scaleLinear().domain(X_DOMAIN).range([0, w]);
  const y = scaleLinear().domain([0, yMax]).range([h, 0]).clamp(true);
  const drag = useRef<Drag | null>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const { setSettingsPatch } = useAppState();

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

  // Handles: one per mixture component at (mean, p_data(mean)), or the two edges of the uniform.
  const handles: { kind: Drag['kind']; i: number; cx: number; cy: number; label: string }[] = [];
  const components = mixtureComponents(settings);
  const W = components.reduce((sum, c) => sum + c.weight, 0);
  if (settings.targetKind === 'mixture') {
    components.forEach(({ mean }, i) => {
      handles.push({ kind: 'mean', i, cx: x(mean), cy: y(pdf(mean)), label: String(i + 1) });
    });
  } else {
    const top = 1 / (settings.uniformHigh - settings.uniformLow);
    handles.push({ kind: 'low', i: 0, cx: x(settings.uniformLow), cy: y(top), label: '◂' });
    handles.push({ kind: 'high', i: 1, cx: x(settings.uniformHigh), cy: y(top), label: '▸' });
  }

  const pointer = (e: React.PointerEvent) => {
    const r = svgRef.current!.getBoundingClientRect();
    return { px: e.clientX - r.left - MARGIN.left, py: e.clientY - r.top - MARGIN.top };
  };

  const onDown = (e: React.PointerEvent<SVGGElement>, hd: (typeof handles)[number]) => {
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    const { py } = pointer(e);
    const i = hd.i;
    const std = settings.targetKind === 'mixture' ? components[i].std : 1;
    const share = settings.targetKind === 'mixture' ? components[i].weight / W : 1;
    drag.current = { kind: hd.kind, i, py0: py, v0: y.invert(py), h0: (share * INV_SQRT_2PI) / std, share, std0: std };
    onDrag(true);
  };
  const onMove = (e: React.PointerEvent<SVGGElement>) => {
    const d = drag.current;
    if (!d) return;
    const { px, py } = pointer(e);
    const xv = Math.min(X_DOMAIN[1], Math.max(X_DOMAIN[0], x.invert(px)));
    if (d.kind === 'mean') {
      const patch: Partial<Settings> = { [componentKey('mean', d.i)]: round(xv, 0.05) };
      if (Math.abs(py - d.py0) >= 4) {
        // Up makes the component's peak taller: peak = share / (σ √(2π)), so σ = share / (peak √(2π)).
        const peak = Math.max(1e-3, d.h0 + (y.invert(py) - d.v0));
        patch[componentKey('std', d.i)] = round((d.share * INV_SQRT_2PI) / peak, 0.01);
      } else patch[componentKey('std', d.i)] = d.std0;
      setSettingsPatch(patch);
    } else {
      setSettingsPatch({ [d.kind === 'low' ? 'uniformLow' : 'uniformHigh']: round(xv, 0.05) });
    }
  };
  const onUp = (e: React.PointerEvent<SVGGElement>) => {
    if (!drag.current) return;
    drag.current = null;
    e.currentTarget.releasePointerCapture?.(e.pointerId);
    onDrag(false);
  };

  return (
    <svg
      ref={svgRef}
      width={size.width}
      height={size.height}
      role="img"
      aria-label="Densities: p_data and p_model"
      data-testid="chart-densities"
    >
      <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
        <DensityAxes x={x} y={y} width={w} height={h} />
        {histPath && (
          <path
            d={histPath}
            fill={COLORS.pModel}
            fillOpacity={0.22}
            stroke={COLORS.pModel}
            strokeOpacity={0.5}
            strokeWidth={1}
          />
        )}
        <path d={dataArea} fill={COLORS.pData} fillOpacity={0.3} stroke={COLORS.pData} strokeWidth={2.5} />
        {modelLine && (
          <path d={modelLine} fill="none" stroke={COLORS.pModel} strokeWidth={3.5} strokeLinejoin="round" />
        )}
        {mle && <MleOverlay density={mle.density} x={x} y={y} />}
        {overlay?.(x, w, h)}
        {modes.length > 0 && (
          <ModeMarks modes={modes} at={handles.map((hd) => ({ cx: hd.cx, cy: Math.max(12, hd.cy) }))} width={w} />
        )}
        {modelMax > yMax && (
          <text x={w - 4} y={12} textAnchor="end" className="clip-note" fill="#8a5a00">
            ▲ p_model peaks at {formatNumber(modelMax)}, off the chart
          </text>
        )}
        {handles.map((hd) => (
          <g
            key={hd.kind + hd.i}
            className="handle"
            transform={`translate(${hd.cx},${Math.max(12, hd.cy)})`}
            onPointerDown={(e) => onDown(e, hd)}
            onPointerMove={onMove}
            onPointerUp={onUp}
            onPointerCancel={onUp}
            data-testid={`handle-${hd.kind}-${hd.i}`}
          >
            <title>
              {hd.kind === 'mean'
                ? `Component ${hd.i + 1}: drag sideways to move its mean, up or down to change its σ`
                : `Drag to move the uniform's ${hd.kind === 'low' ? 'lower' : 'upper'} end`}
            </title>
            <circle r={16} fill="transparent" />
            <circle r={11} fill="#fff" stroke={COLORS.pData} strokeWidth={3} />
            <text textAnchor="middle" dy="0.36em" fill={COLORS.pData}>
              {hd.label}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}
