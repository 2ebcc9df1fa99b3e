// How the maximum-likelihood estimate degrades with few samples: KL(p_data ‖ fit) against m on a log
// axis, the median and the range of several resamples at each m, and the view's own sample as a dot.
import { memo } from 'react';
import { scaleLog } from 'd3-scale';
import { area, line } from 'd3-shape';
import { SWEEP_RESAMPLES, SWEEP_SIZES, type SweepPoint } from '../../core/likelihoodSweep';
import { formatNumber } from '../../state/format';
import { useT } from '../../state/language';
import { Axis } from '../charts/Axis';
import { ChartPanel } from '../charts/ChartPanel';
import { COLORS, MARGIN } from '../charts/theme';
import { formatLogTick, logTicks } from './shared';
import { FIT_COLOR, KL_COLOR } from './theme';
import { PlotSvg } from '../charts/PlotSvg';

const KL_MIN = 1e-4;
const M_DOMAIN: [number, number] = [4, 6500];
const REF_COLOR = COLORS.reference;
const M_TICKS = [5, 10, 50, 100, 500, 1000, 5000];
/**
 * The curve has levelled off (the model family cannot fit p_data) when the median KL at the largest m
 * is above PLATEAU and less than PLATEAU_DROP times below the median at a fifth of that m (sampling
 * error alone would fall about 5×).
 */
const PLATEAU = 0.01;
const PLATEAU_DROP = 2.5;

export const SweepChart = memo(function SweepChart({
  points,
  done,
  m,
  kl,
  K,
}: {
  points: readonly SweepPoint[];
  done: boolean;
  /** The view's own sample size and its fit's KL (the dot). */
  m: number;
  kl: number;
  K: number;
}) {
  const last = done ? points[points.length - 1] : undefined;
  const fifth = points.find((p) => last && p.m * 5 === last.m);
  const plateau = last && fifth && last.median > PLATEAU && fifth.median < PLATEAU_DROP * last.median;
  const t = useT();
  return (
    <ChartPanel
      id="likelihood-sweep"
      title={t('theory.likelihood.sweep.title')}
      legend={[
        { label: t('theory.likelihood.sweep.median', { n: SWEEP_RESAMPLES }), color: KL_COLOR, kind: 'line' },
        { label: t('theory.likelihood.sweep.range'), color: KL_COLOR, kind: 'area' },
        { label: t('theory.likelihood.sweep.thisSample'), color: FIT_COLOR, kind: 'dotted' },
        { label: t('theory.likelihood.sweep.reference', { d: 3 * K - 1 }), color: REF_COLOR, kind: 'dashed' },
      ]}
      caption={<>{t('theory.likelihood.sweep.caption', { K })}</>}
      footnote={
        !done ? (
          <>{t('theory.likelihood.sweep.computing', { done: points.length, total: SWEEP_SIZES.length })}</>
        ) : plateau ? (
          <strong className="likelihood-covering">
            {t('theory.likelihood.sweep.plateau', { kl: formatNumber(last.median) })}
          </strong>
        ) : (
          <>{t('theory.likelihood.sweep.falls')}</>
        )
      }
      summary={
        <table>
          <caption>{t('theory.likelihood.sweep.table')}</caption>
          <thead>
            <tr>
              <th scope="col">m</th>
              <th scope="col">{t('theory.likelihood.sweep.medianKl')}</th>
              <th scope="col">{t('theory.likelihood.sweep.smallest')}</th>
              <th scope="col">{t('theory.likelihood.sweep.largest')}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.m}>
                <th scope="row">{p.m}</th>
                <td>{formatNumber(p.median)}</td>
                <td>{formatNumber(p.min)}</td>
                <td>{formatNumber(p.max)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      {(size) => <SweepPlot size={size} points={points} m={m} kl={kl} K={K} />}
    </ChartPanel>
  );
});

function SweepPlot({
  size,
  points,
  m,
  kl,
  K,
}: {
  size: { width: number; height: number };
  points: readonly SweepPoint[];
  m: number;
  kl: number;
  K: number;
}) {
  const w = size.width - MARGIN.left - MARGIN.right;
  const h = size.height - MARGIN.top - MARGIN.bottom;
  const x = scaleLog().domain(M_DOMAIN).range([0, w]);
  const all = [...points.flatMap((p) => [p.min, p.max]), kl].map((v) => Math.max(KL_MIN, v));
  const lo = Math.min(...all) / 1.3,
    hi = Math.max(...all) * 1.3;
  const y = scaleLog()
    .domain([Math.min(lo, hi / 10), hi])
    .range([h, 0])
    .clamp(true);
  const c = (v: number) => y(Math.max(KL_MIN, v));
  const band =
    area<SweepPoint>()
      .x((p) => x(p.m))
      .y0((p) => c(p.min))
      .y1((p) => c(p.max))([...points]) ?? '';
  const med =
    line<SweepPoint>()
      .x((p) => x(p.m))
      .y((p) => c(p.median))([...points]) ?? '';
  // E[KL] ≈ d/(2m) for a model family that contains p_data (d parameters; docs/theory.md §2.1).
  const d = 3 * K - 1;
  const ms = [M_DOMAIN[0], M_DOMAIN[1]];
  const ref = `M${x(ms[0])},${c(d / (2 * ms[0]))}L${x(ms[1])},${c(d / (2 * ms[1]))}`;
  const yTicks = logTicks(y.domain() as [number, number], Math.max(2, Math.floor(h / 34)));
  const t = useT();
  return (
    <PlotSvg size={size} label={t('theory.likelihood.sweep.aria')} testId="chart-likelihood-sweep">
      <Axis
        orient="left"
        scale={y}
        ticks={yTicks}
        format={formatLogTick}
        label={t('theory.likelihood.sweep.axisKl')}
        width={w}
        height={h}
      />
      <Axis
        orient="bottom"
        scale={x}
        ticks={M_TICKS}
        format={(v) => String(v)}
        label={t('theory.likelihood.sweep.axisM')}
        width={w}
        height={h}
      />
      <path
        d={ref}
        style={{ stroke: REF_COLOR }}
        strokeWidth={1.5}
        strokeDasharray="6 4"
        data-testid="likelihood-sweep-reference"
      />
      <path d={band} style={{ fill: KL_COLOR }} fillOpacity={0.25} stroke="none" />
      <path d={med} fill="none" style={{ stroke: KL_COLOR }} strokeWidth={2.5} />
      {points.map((p) => (
        <circle key={p.m} cx={x(p.m)} cy={c(p.median)} r={3.5} style={{ fill: KL_COLOR }} />
      ))}
      <g data-testid="likelihood-sweep-current">
        <line
          x1={x(m)}
          x2={x(m)}
          y1={h}
          y2={c(kl)}
          style={{ stroke: FIT_COLOR }}
          strokeWidth={1.5}
          strokeDasharray="2 3"
        />
        <circle cx={x(m)} cy={c(kl)} r={6} style={{ fill: COLORS.surface, stroke: FIT_COLOR }} strokeWidth={3} />
      </g>
    </PlotSvg>
  );
}
