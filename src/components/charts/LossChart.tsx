// Panel 4: the two players' batch losses over the steps, in nats, with J(D)'s equilibrium log 2.
import { memo, useRef } from 'react';
import { quantile } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { HistoryPoint } from '../../core/protocol';
import { formatNumber } from '../../state/format';
import { useHistory, useSnapshot } from '../../state/live';
import { useSetting } from '../../state/settingsStore';
import { Axis, RefLine } from './Axis';
import { ChartPanel } from './ChartPanel';
import { Readout } from './Readout';
import { COLORS, MARGIN } from './theme';
import { minus, niceCeil, stepTicks } from './scales';

export const LossChart = memo(function LossChart() {
  const snap = useSnapshot();
  const history = useHistory();
  const lossKind = useSetting('generatorLoss');
  const domRef = useRef<[number, number] | undefined>(undefined);

  // Robust range (1%–99% of both series, always showing 0 and log 2); outliers ride the edges.
  const vals: number[] = [];
  for (const p of history.points) {
    if (Number.isFinite(p.lossD)) vals.push(p.lossD);
    if (Number.isFinite(p.lossG)) vals.push(p.lossG);
  }
  const lo = Math.min(0, quantile(vals, 0.01) ?? 0);
  const hi = Math.max(Math.LN2 * 1.45, quantile(vals, 0.99) ?? 0);
  const prev = domRef.current;
  const niceLo = lo < 0 ? -niceCeil(-lo * 1.05) : 0;
  if (!prev || hi > prev[1] || hi < 0.5 * prev[1] || niceLo < prev[0] || niceLo > prev[0] / 2)
    domRef.current = [niceLo, niceCeil(hi * 1.05)];
  const domain = domRef.current!;
  const last = history.points[history.points.length - 1];
  const gFormula = lossKind === 'minimax' ? 'minimax: J(G) = −J(D)' : 'non-saturating: J(G) = −½ E[log D(G(z))]';

  return (
    <ChartPanel
      id="losses"
      title="Losses (nats)"
      caption={<>D minimises J(D) = −½ E[log D(x)] − ½ E[log(1 − D(G(z)))]</>}
      readouts={
        <>
          <Readout
            label="J(D)"
            color={COLORS.lossD}
            swatch="line"
            value={snap ? formatNumber(snap.lossD) : '–'}
            unit="nats"
            testId="readout-loss-d"
            title="Batch loss of the latest discriminator update, in nats"
          />
          <Readout
            label={lossKind === 'minimax' ? 'G minimises J(G) = −J(D)' : 'G minimises J(G) = −½ E[log D(G(z))]'}
            color={COLORS.lossG}
            swatch="line"
            value={snap ? formatNumber(snap.lossG) : '–'}
            unit="nats"
            testId="readout-loss-g"
            title={`Batch loss of the latest generator update, in nats: ${gFormula}`}
          />
        </>
      }
      summary={
        <p>
          {last
            ? `Loss history over ${history.points.length} recorded points up to step ${last.step}: J(D) ${formatNumber(last.lossD)} nats, J(G) ${formatNumber(last.lossG)} nats. J(D) at equilibrium is log 2 ≈ 0.693 nats.`
            : 'No training steps yet: the loss history is empty.'}
        </p>
      }
    >
      {(size) => <LossPlot size={size} points={history.points} version={history.version} domain={domain} />}
    </ChartPanel>
  );
});

function LossPlot({
  size,
  points,
  domain,
}: {
  size: { width: number; height: number };
  points: readonly HistoryPoint[];
  version: number;
  domain: [number, number];
}) {
  const w = size.width - MARGIN.left - MARGIN.right;
  const h = size.height - MARGIN.top - MARGIN.bottom;
  const lastStep = points.length ? points[points.length - 1].step : 0;
  const x = scaleLinear()
    .domain([0, Math.max(10, lastStep)])
    .range([0, w])
    .nice();
  const y = scaleLinear().domain(domain).range([h, 0]).clamp(true);
  const path = (get: (p: HistoryPoint) => number) =>
    line<HistoryPoint>()
      .defined((p) => Number.isFinite(get(p)))
      .x((p) => x(p.step))
      .y((p) => y(get(p)))(points as HistoryPoint[]) ?? '';
  const n = Math.max(2, Math.floor(h / 40));
  const fmt = y.tickFormat(n);
  return (
    <svg
      width={size.width}
      height={size.height}
      role="img"
      aria-label="Losses over training steps: J(D) and J(G), in nats"
      data-testid="chart-losses"
    >
      <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
        <Axis
          orient="left"
          scale={y}
          ticks={y.ticks(n)}
          format={(v) => minus(fmt(v))}
          label="loss (nats)"
          width={w}
          height={h}
        />
        <Axis
          orient="bottom"
          scale={x}
          ticks={stepTicks(x, w)}
          format={(v) => String(v)}
          label="training step"
          width={w}
          height={h}
        />
        <RefLine y={y(Math.LN2)} width={w} label="J(D) at equilibrium = log 2 ≈ 0.693" color={COLORS.reference} />
        <path d={path((p) => p.lossG)} fill="none" stroke={COLORS.lossG} strokeWidth={2.5} strokeLinejoin="round" />
        <path d={path((p) => p.lossD)} fill="none" stroke={COLORS.lossD} strokeWidth={2.5} strokeLinejoin="round" />
        {points.length === 0 && (
          <text x={w / 2} y={h / 2 + 24} textAnchor="middle" className="empty-note">
            Press Play or Step to start the history
          </text>
        )}
      </g>
    </svg>
  );
}
