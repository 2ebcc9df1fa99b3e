// EM's iterations: the average log-likelihood of the samples (it never falls) above KL(p_data ‖ fit)
// (it falls with it): the argmax of likelihood is the argmin of forward KL (docs/theory.md §2, §2.1).
import { memo } from 'react';
import { scaleLinear, scaleLog } from 'd3-scale';
import { line } from 'd3-shape';
import type { LikelihoodFit } from '../../core/likelihood';
import { EM_MAX_ITERATIONS } from '../../core/mixtureEm';
import { formatNumber } from '../../state/format';
import { useT } from '../../state/language';
import { Axis } from '../charts/Axis';
import { ChartPanel } from '../charts/ChartPanel';
import { minus } from '../charts/scales';
import { MARGIN } from '../charts/theme';
import { formatLogTick, logTicks } from './shared';
import { FIT_COLOR, KL_COLOR } from './theme';
import { PlotSvg } from '../charts/PlotSvg';

/** KL below this is drawn at it (a log axis has no 0). */
const KL_MIN = 1e-5;
const GAP = 26;
const MIN_LL_SPAN = 0.002;
/** Wider on the left than the other charts: the axis titles sit beside tick labels such as −0.975. */
const M = { ...MARGIN, left: 88 };

export const EmChart = memo(function EmChart({
  fit,
  entropy,
  K,
  stale,
}: {
  fit: LikelihoodFit;
  /** H(p_data) on the grid, nats. */
  entropy: number;
  K: number;
  stale: boolean;
}) {
  const n = fit.trace.length - 1;
  const expected = -entropy - fit.kl.value;
  const t = useT();
  return (
    <ChartPanel
      id="likelihood-em"
      title={t('theory.likelihood.em.title')}
      legend={[
        { label: t('theory.likelihood.em.legendLogLik'), color: FIT_COLOR, kind: 'line' },
        { label: t('theory.likelihood.kl'), color: KL_COLOR, kind: 'line' },
      ]}
      caption={<>{t('theory.likelihood.em.caption')}</>}
      readouts={
        K === 1 ? undefined : (
          <span className="likelihood-em-status" data-testid="likelihood-em-status">
            {fit.converged
              ? t('theory.likelihood.em.converged', { n })
              : t('theory.likelihood.em.stopped', { max: EM_MAX_ITERATIONS })}
          </span>
        )
      }
      footnote={
        <>
          {t('theory.likelihood.em.footnote', {
            negEntropy: minus(formatNumber(-entropy, 4)),
            kl: formatNumber(fit.kl.value),
            expected: minus(formatNumber(expected, 4)),
            avg: minus(formatNumber(fit.avgLogLik, 4)),
          })}
        </>
      }
      summary={
        <table>
          <caption>{t('theory.likelihood.em.table')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('theory.likelihood.em.iteration')}</th>
              <th scope="col">{t('theory.likelihood.em.avgLogLik')}</th>
              <th scope="col">{t('theory.likelihood.kl')}</th>
            </tr>
          </thead>
          <tbody>
            {fit.trace
              .filter((_, i) => i === 0 || i === n || i % Math.max(1, Math.ceil(n / 8)) === 0)
              .map((it) => (
                <tr key={it.iteration}>
                  <th scope="row">{it.iteration}</th>
                  <td>{formatNumber(it.avgLogLik, 5)}</td>
                  <td>{formatNumber(it.kl)}</td>
                </tr>
              ))}
          </tbody>
        </table>
      }
    >
      {(size) =>
        K === 1 ? (
          <p className="likelihood-em-none">{t('theory.likelihood.em.none')}</p>
        ) : (
          <EmPlot size={size} fit={fit} stale={stale} />
        )
      }
    </ChartPanel>
  );
});

function EmPlot({ size, fit, stale }: { size: { width: number; height: number }; fit: LikelihoodFit; stale: boolean }) {
  const w = size.width - M.left - M.right;
  const h = size.height - M.top - M.bottom;
  const h1 = Math.max(20, (h - GAP) / 2);
  const top2 = h1 + GAP;
  const h2 = Math.max(20, h - top2);
  const trace = fit.trace;
  const n = Math.max(1, trace.length - 1);
  const x = scaleLinear().domain([0, n]).range([0, w]);
  const lls = trace.map((t) => t.avgLogLik);
  let lo = Math.min(...lls),
    hi = Math.max(...lls);
  // At least 0.002 nats tall, so a fit that barely moves reads as flat instead of as noise in the 6th digit.
  if (hi - lo < MIN_LL_SPAN) {
    const mid = (hi + lo) / 2;
    lo = mid - MIN_LL_SPAN / 2;
    hi = mid + MIN_LL_SPAN / 2;
  }
  const pad = (hi - lo) * 0.08;
  const yLl = scaleLinear()
    .domain([lo - pad, hi + pad])
    .range([h1, 0]);
  const kls = trace.map((t) => Math.max(KL_MIN, t.kl));
  let klLo = Math.min(...kls),
    klHi = Math.max(...kls);
  if (klHi / klLo < 1.5) {
    klLo /= 1.25;
    klHi *= 1.25;
  }
  const yKl = scaleLog()
    .domain([klLo / 1.15, klHi * 1.15])
    .range([h2, 0]);
  const llPath =
    line<number>()
      .x((_, i) => x(i))
      .y((v) => yLl(v))(lls) ?? '';
  const klPath =
    line<number>()
      .x((_, i) => x(i))
      .y((v) => yKl(v))(kls) ?? '';
  const xTicks = x.ticks(Math.max(2, Math.min(n, Math.floor(w / 70)))).filter((t) => Number.isInteger(t));
  const llTicks = yLl.ticks(Math.max(2, Math.floor(h1 / 45)));
  const llFormat = yLl.tickFormat(Math.max(2, Math.floor(h1 / 45)));
  const klTicks = logTicks(yKl.domain() as [number, number], Math.max(2, Math.floor(h2 / 28)));
  const dots = trace.length <= 40;
  const t = useT();
  return (
    <PlotSvg
      size={size}
      margin={M}
      label={t('theory.likelihood.em.aria')}
      testId="chart-likelihood-em"
      className={stale ? 'likelihood-stale' : undefined}
    >
      <Axis
        orient="left"
        scale={yLl}
        ticks={llTicks}
        format={(v) => minus(llFormat(v))}
        label=""
        width={w}
        height={h1}
      />
      <AxisTitle height={h1}>{t('theory.likelihood.em.axisLogLik')}</AxisTitle>
      <path d={llPath} fill="none" style={{ stroke: FIT_COLOR }} strokeWidth={2.5} />
      {dots && lls.map((v, i) => <circle key={i} cx={x(i)} cy={yLl(v)} r={3} style={{ fill: FIT_COLOR }} />)}
      <g transform={`translate(0,${top2})`}>
        <Axis orient="left" scale={yKl} ticks={klTicks} format={formatLogTick} label="" width={w} height={h2} />
        <AxisTitle height={h2}>{t('theory.likelihood.em.axisKl')}</AxisTitle>
        <Axis
          orient="bottom"
          scale={x}
          ticks={xTicks}
          format={(v) => String(v)}
          label={t('theory.likelihood.em.axisIteration')}
          width={w}
          height={h2}
        />
        <path d={klPath} fill="none" style={{ stroke: KL_COLOR }} strokeWidth={2.5} />
        {dots && kls.map((v, i) => <circle key={i} cx={x(i)} cy={yKl(v)} r={3} style={{ fill: KL_COLOR }} />)}
      </g>
    </PlotSvg>
  );
}

function AxisTitle({ height, children }: { height: number; children: string }) {
  return (
    <text
      className="axis-label likelihood-axis-title"
      transform={`translate(${-M.left + 14},${height / 2}) rotate(-90)`}
      textAnchor="middle"
    >
      {children}
    </text>
  );
}
