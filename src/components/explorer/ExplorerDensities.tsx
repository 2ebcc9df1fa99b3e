// Chart (a): P (filled, blue) and Q (line, orange) on the grid, with one drag handle per component:
// sideways moves its mean, up and down changes its σ (as the playground's target handles).
import { useRef } from 'react';
import { scaleLinear } from 'd3-scale';
import { explorerDistribution } from '../../core/explorer';
import { explorerKey, type ExplorerDensity, type MixtureComponent, type Settings } from '../../core/settings';
import { useAppState } from '../../state/context';
import { formatNumber } from '../../state/format';
import { DensityAxes } from '../charts/Axis';
import { ChartPanel } from '../charts/ChartPanel';
import { gridArea, gridLine, maxOf, sampleIndices, X_DOMAIN } from '../charts/scales';
import { MARGIN } from '../charts/theme';
import { useStickyDomain } from '../charts/useStickyDomain';
import { P_COLOR, Q_COLOR, Q_INK } from './shared';

const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
const SAMPLE_XS = [-4, -3, -2, -1, 0, 1, 2, 3, 4];
const HANDLE_R = 13;
const round = (v: number, step: number) => Math.round(v / step) * step;

interface Drag {
  density: ExplorerDensity;
  i: number;
  py0: number;
  v0: number;
  /** The component's own peak height at the start of the drag. */
  h0: number;
  share: number;
  std0: number;
}

interface Handle {
  density: ExplorerDensity;
  i: number;
  cx: number;
  cy: number;
  share: number;
  std: number;
}

export function ExplorerDensities({
  pc,
  qc,
  p,
  q,
  dragging,
  onDrag,
}: {
  pc: readonly MixtureComponent[];
  qc: readonly MixtureComponent[];
  p: Float64Array;
  q: Float64Array;
  dragging: boolean;
  onDrag: (active: boolean) => void;
}) {
  const [, yMax] = useStickyDomain([0, Math.max(maxOf(p), maxOf(q)) * 1.15], { shrinkBelow: 0.55, frozen: dragging });
  const idx = sampleIndices(SAMPLE_XS);
  return (
    <ChartPanel
      id="explorer-densities"
      title="P and Q"
      legend={[
        { label: 'P', color: P_COLOR, kind: 'area' },
        { label: 'Q', color: Q_COLOR, kind: 'line' },
      ]}
      caption={<>Drag a handle: sideways moves a mean, up or down its σ.</>}
      summary={
        <table>
          <caption>Densities P and Q at sample points</caption>
          <thead>
            <tr>
              <th scope="col">x</th>
              <th scope="col">p(x)</th>
              <th scope="col">q(x)</th>
            </tr>
          </thead>
          <tbody>
            {idx.map((k, j) => (
              <tr key={k}>
                <th scope="row">{SAMPLE_XS[j]}</th>
                <td>{formatNumber(p[k])}</td>
                <td>{formatNumber(q[k])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      {(size) => <DensityPlot size={size} pc={pc} qc={qc} p={p} q={q} yMax={yMax} onDrag={onDrag} />}
    </ChartPanel>
  );
}

function DensityPlot({
  size,
  pc,
  qc,
  p,
  q,
  yMax,
  onDrag,
}: {
  size: { width: number; height: number };
  pc: readonly MixtureComponent[];
  qc: readonly MixtureComponent[];
  p: Float64Array;
  q: Float64Array;
  yMax: number;
  onDrag: (active: boolean) => void;
}) {
  const w = size.width - MARGIN.left - MARGIN.right;
  const h = size.height - MARGIN.top - MARGIN.bottom;
  const x = scaleLinear().domain(X_DOMAIN).range([0, w]);
  const y = scaleLinear().domain([0, yMax]).range([h, 0]).clamp(true);
  const drag = useRef<Drag | null>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const { setSettingsPatch } = useAppState();

  const pArea = gridArea(x, y, p, h);
  const qLine = gridLine(x, y, q);

  const handlesOf = (density: ExplorerDensity, comps: readonly MixtureComponent[]): Handle[] => {
    const pdf = explorerDistribution(comps).pdf;
    const total = comps.reduce((s, c) => s + c.weight, 0);
    return comps.map((c, i) => ({
      density,
      i,
      cx: x(c.mean),
      cy: Math.max(HANDLE_R + 2, y(pdf(c.mean))),
      share: c.weight / total,
      std: c.std,
    }));
  };
  // Q's handles first, so P's are on top where they meet.
  const handles = [...handlesOf('Q', qc), ...handlesOf('P', pc)];

  const pointer = (e: React.PointerEvent) => {
    const r = svgRef.current!.getBoundingClientRect();
    return { px: e.clientX - r.left - MARGIN.left, py: e.clientY - r.top - MARGIN.top };
  };
  const onDown = (e: React.PointerEvent<SVGGElement>, hd: Handle) => {
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    const { py } = pointer(e);
    drag.current = {
      density: hd.density,
      i: hd.i,
      py0: py,
      v0: y.invert(py),
      h0: (hd.share * INV_SQRT_2PI) / hd.std,
      share: hd.share,
      std0: hd.std,
    };
    onDrag(true);
  };
  const onMove = (e: React.PointerEvent<SVGGElement>) => {
    const d = drag.current;
    if (!d) return;
    const { px, py } = pointer(e);
    const xv = Math.min(X_DOMAIN[1], Math.max(X_DOMAIN[0], x.invert(px)));
    const patch: Partial<Settings> = { [explorerKey(d.density, 'mean', d.i)]: round(xv, 0.05) };
    if (Math.abs(py - d.py0) >= 4) {
      // Up makes the component's peak taller: peak = share / (σ √(2π)), so σ = share / (peak √(2π)).
      const peak = Math.max(1e-3, d.h0 + (y.invert(py) - d.v0));
      patch[explorerKey(d.density, 'std', d.i)] = round((d.share * INV_SQRT_2PI) / peak, 0.01);
    } else patch[explorerKey(d.density, 'std', d.i)] = d.std0;
    setSettingsPatch(patch);
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
      aria-label="Densities P and Q"
      data-testid="chart-explorer-densities"
    >
      <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
        <DensityAxes x={x} y={y} width={w} height={h} />
        <path d={pArea} fill={P_COLOR} fillOpacity={0.3} stroke={P_COLOR} strokeWidth={2.5} />
        <path d={qLine} fill="none" stroke={Q_COLOR} strokeWidth={3.5} strokeLinejoin="round" />
        {handles.map((hd) => {
          const color = hd.density === 'P' ? P_COLOR : Q_COLOR;
          // Orange text on white is too faint to read: Q's label is a dark orange.
          const ink = hd.density === 'P' ? P_COLOR : Q_INK;
          return (
            <g
              key={hd.density + hd.i}
              className="handle"
              transform={`translate(${hd.cx},${hd.cy})`}
              onPointerDown={(e) => onDown(e, hd)}
              onPointerMove={onMove}
              onPointerUp={onUp}
              onPointerCancel={onUp}
              data-testid={`explorer-handle-${hd.density.toLowerCase()}-${hd.i}`}
            >
              <title>{`${hd.density}, component ${hd.i + 1}: drag sideways to move its mean, up or down to change its σ`}</title>
              <circle r={HANDLE_R + 5} fill="transparent" />
              <circle r={HANDLE_R} fill="#fff" stroke={color} strokeWidth={3} />
              <text textAnchor="middle" dy="0.36em" fill={ink}>
                {hd.density}
                {hd.i + 1}
              </text>
            </g>
          );
        })}
      </g>
    </svg>
  );
}
