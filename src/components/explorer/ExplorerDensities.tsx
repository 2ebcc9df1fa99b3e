// Chart (a): P (filled, blue) and Q (line, orange) on the grid, with one drag handle per component:
// sideways moves its mean, up and down changes its σ, by pointer or keys (the playground's target
// handles: charts/MixtureHandles).
import { scaleLinear } from 'd3-scale';
import { explorerDistribution } from '../../core/explorer';
import { explorerKey, type ExplorerDensity, type MixtureComponent } from '../../core/settings';
import { formatNumber } from '../../state/format';
import { useT } from '../../state/language';
import { DensityAxes } from '../charts/Axis';
import { ChartPanel } from '../charts/ChartPanel';
import { MixtureHandles, type HandleSpec } from '../charts/MixtureHandles';
import { gridArea, gridLine, maxOf, sampleIndices, X_DOMAIN } from '../charts/scales';
import { MARGIN } from '../charts/theme';
import { useStickyDomain } from '../charts/useStickyDomain';
import { P_COLOR, Q_COLOR, Q_INK } from './shared';
import { PlotSvg } from '../charts/PlotSvg';

const SAMPLE_XS = [-4, -3, -2, -1, 0, 1, 2, 3, 4];
const HANDLE_R = 13;
const fixed2 = (v: number) => v.toFixed(2).replace(/^-/, '−');

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
  const t = useT();
  return (
    <ChartPanel
      id="explorer-densities"
      title={t('theory.explorer.densitiesTitle')}
      legend={[
        { label: 'P', color: P_COLOR, kind: 'area' },
        { label: 'Q', color: Q_COLOR, kind: 'line' },
      ]}
      caption={<>{t('theory.explorer.densitiesCaption')}</>}
      summary={
        <table>
          <caption>{t('theory.explorer.densitiesTable')}</caption>
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
  const t = useT();
  const pArea = gridArea(x, y, p, h);
  const qLine = gridLine(x, y, q);

  const handlesOf = (density: ExplorerDensity, comps: readonly MixtureComponent[]): HandleSpec[] => {
    const pdf = explorerDistribution(comps).pdf;
    const total = comps.reduce((s, c) => s + c.weight, 0);
    return comps.map((c, i) => {
      const name = t('theory.explorer.handle.name', { density, n: i + 1 });
      return {
        id: density + i,
        testId: `explorer-handle-${density.toLowerCase()}-${i}`,
        cx: x(c.mean),
        cy: y(pdf(c.mean)),
        label: `${density}${i + 1}`,
        ariaLabel: t('theory.explorer.handle.mean', { name }),
        title: t('theory.explorer.handle.title', { name }),
        color: density === 'P' ? P_COLOR : Q_COLOR,
        // Orange text on white is too faint to read: Q's label is a dark orange.
        ink: density === 'P' ? P_COLOR : Q_INK,
        xKey: explorerKey(density, 'mean', i),
        xValue: c.mean,
        sigma: { key: explorerKey(density, 'std', i), value: c.std, share: c.weight / total },
        valueText: t('theory.explorer.handle.value', { mean: fixed2(c.mean), sigma: fixed2(c.std) }),
      };
    });
  };
  // Q's handles first, so P's are on top where they meet.
  const handles = [...handlesOf('Q', qc), ...handlesOf('P', pc)];

  return (
    <>
      <PlotSvg size={size} label={t('theory.explorer.densities')} testId="chart-explorer-densities">
        <DensityAxes x={x} y={y} width={w} height={h} />
        <path d={pArea} style={{ fill: P_COLOR, stroke: P_COLOR }} fillOpacity={0.3} strokeWidth={2.5} />
        <path d={qLine} fill="none" style={{ stroke: Q_COLOR }} strokeWidth={3.5} strokeLinejoin="round" />
      </PlotSvg>
      {/* The handles over the chart: the chart stays an image, the handles are sliders. */}
      <svg
        className="chart-controls"
        width={size.width}
        height={size.height}
        role="group"
        aria-label={t('theory.explorer.handles')}
      >
        <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
          <MixtureHandles handles={handles} x={x} y={y} onDrag={onDrag} radius={HANDLE_R} top={HANDLE_R + 2} />
        </g>
      </svg>
    </>
  );
}
