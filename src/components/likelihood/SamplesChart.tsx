// The samples (histogram and rug) over p_data, with the maximum-likelihood fit drawn on top
// (docs/theory.md §2.1), its average log-likelihood and KL(p_data ‖ fit).
import { memo } from 'react';
import { scaleLinear } from 'd3-scale';
import { area, curveStepAfter, line } from 'd3-shape';
import type { GaussianComponent } from '../../core/distributions';
import { normalPdf } from '../../core/distributions';
import { CHART_GRID } from '../../core/grid';
import type { LikelihoodFit } from '../../core/likelihood';
import { formatNumber, unitLabel } from '../../state/format';
import { useT } from '../../state/language';
import { DensityAxes } from '../charts/Axis';
import { ChartPanel } from '../charts/ChartPanel';
import { Readout } from '../charts/Readout';
import { maxOf, minus, sampleIndices, X_CENTERS, X_DOMAIN } from '../charts/scales';
import { COLORS, inkOf, MARGIN } from '../charts/theme';
import { fitFormula, fixed, KlReadout } from './shared';
import { DATA_COLOR, FIT_COLOR, SAMPLE_COLOR } from './theme';
import { PlotSvg } from '../charts/PlotSvg';

const SAMPLE_XS = [-4, -3, -2, -1, 0, 1, 2, 3, 4];
/** The fit's peak counts as "in a gap" when p_data there is below this fraction of the fit. */
const GAP_RATIO = 0.5;

/** A histogram of the samples on [−6, 6] as densities, bins about 6/√m wide (0.06 to 1.2). */
function histogram(samples: Float64Array): { x0: number; v: number }[] {
  const m = samples.length;
  const h = Math.min(1.2, Math.max(0.06, 6 / Math.sqrt(m)));
  const span = CHART_GRID.max - CHART_GRID.min;
  const bins = Math.max(1, Math.round(span / h));
  const width = span / bins;
  const counts = new Float64Array(bins);
  for (const x of samples) {
    const b = Math.floor((x - CHART_GRID.min) / width);
    if (b >= 0 && b < bins) counts[b]++;
  }
  return Array.from(counts, (c, b) => ({ x0: CHART_GRID.min + b * width, v: c / (m * width) }));
}

/** Where the fit peaks and how high p_data is there, relative to the fit (mode covering, §2). */
function fitPeak(fit: Float64Array, pData: Float64Array): { x: number; ratio: number } {
  let k = 0;
  for (let i = 1; i < fit.length; i++) if (fit[i] > fit[k]) k = i;
  return { x: X_CENTERS[k], ratio: pData[k] / fit[k] };
}

export const SamplesChart = memo(function SamplesChart({
  fit,
  pData,
  m,
  K,
  targetModes,
  stale,
}: {
  fit: LikelihoodFit;
  pData: Float64Array;
  m: number;
  K: number;
  /** The target's number of Gaussian components (0 for a uniform). */
  targetModes: number;
  stale: boolean;
}) {
  const peak = fitPeak(fit.density, pData);
  const covering = peak.ratio < GAP_RATIO;
  const idx = sampleIndices(SAMPLE_XS);
  const off = fit.samples.reduce((n, x) => n + (x < CHART_GRID.min || x > CHART_GRID.max ? 1 : 0), 0);
  const t = useT();
  const formula = fitFormula(fit.components);
  return (
    <ChartPanel
      id="likelihood-samples"
      title={t('theory.likelihood.samples.title', { m })}
      legend={[
        { label: 'p_data', color: DATA_COLOR, kind: 'area' },
        { label: t('theory.likelihood.samples.samples'), color: SAMPLE_COLOR, kind: 'bar' },
        {
          label:
            K === 1 ? t('theory.likelihood.samples.mleGaussian') : t('theory.likelihood.samples.mleMixture', { K }),
          color: FIT_COLOR,
          kind: 'line',
        },
        ...(K > 1
          ? [{ label: t('theory.likelihood.samples.itsComponents'), color: FIT_COLOR, kind: 'dashed' as const }]
          : []),
      ]}
      caption={
        <span data-testid="likelihood-fit">
          {K === 1
            ? t('theory.likelihood.samples.fitClosed', { formula })
            : t('theory.likelihood.samples.fitEm', { formula })}
        </span>
      }
      readouts={
        <>
          <Readout
            label={t('theory.likelihood.samples.avgLogLik')}
            value={minus(formatNumber(fit.avgLogLik, 4))}
            unit={unitLabel(t, 'nats')}
            testId="likelihood-avg-loglik"
            title={t('theory.likelihood.samples.avgLogLikTitle')}
          />
          <KlReadout kl={fit.kl} testId="likelihood-kl" label={t('theory.likelihood.kl')} />
        </>
      }
      footnote={
        covering ? (
          <strong className="likelihood-covering" data-testid="likelihood-mode-covering">
            {t('theory.likelihood.samples.covering', {
              x: fixed(peak.x, 1),
              ratio: peak.ratio < 0.05 ? null : Math.round(100 * peak.ratio),
              tryK: K < targetModes ? targetModes : null,
            })}
          </strong>
        ) : off > 0 ? (
          <>{t('theory.likelihood.samples.offChart', { off, m })}</>
        ) : undefined
      }
      summary={
        <table>
          <caption>{t('theory.likelihood.samples.table')}</caption>
          <thead>
            <tr>
              <th scope="col">x</th>
              <th scope="col">p_data(x)</th>
              <th scope="col">{t('theory.likelihood.samples.fitColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {idx.map((k, j) => (
              <tr key={k}>
                <th scope="row">{SAMPLE_XS[j]}</th>
                <td>{formatNumber(pData[k])}</td>
                <td>{formatNumber(fit.density[k])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      {(size) => (
        <SamplesPlot
          size={size}
          fit={fit}
          pData={pData}
          peakX={covering ? peak.x : null}
          stale={stale}
          components={K > 1 ? fit.components : []}
        />
      )}
    </ChartPanel>
  );
});

function SamplesPlot({
  size,
  fit,
  pData,
  peakX,
  components,
  stale,
}: {
  size: { width: number; height: number };
  fit: LikelihoodFit;
  pData: Float64Array;
  peakX: number | null;
  components: readonly GaussianComponent[];
  stale: boolean;
}) {
  const w = size.width - MARGIN.left - MARGIN.right;
  const h = size.height - MARGIN.top - MARGIN.bottom;
  const dataMax = maxOf(pData);
  const fitMax = maxOf(fit.density);
  const bars = histogram(fit.samples);
  const histMax = Math.max(...bars.map((b) => b.v));
  // Narrow fits and small histograms can spike: the axis follows them up to 2.5× p_data's peak.
  const yMax = Math.min(Math.max(dataMax, fitMax, histMax), dataMax * 2.5) * 1.1;
  const x = scaleLinear().domain(X_DOMAIN).range([0, w]);
  const y = scaleLinear().domain([0, yMax]).range([h, 0]).clamp(true);
  const xs = Array.from(X_CENTERS);
  const dataArea =
    area<number>()
      .x((_, i) => x(xs[i]))
      .y0(h)
      .y1((v) => y(v))(Array.from(pData)) ?? '';
  const fitLine =
    line<number>()
      .x((_, i) => x(xs[i]))
      .y((v) => y(v))(Array.from(fit.density)) ?? '';
  const histPath =
    area<{ x0: number; v: number }>()
      .curve(curveStepAfter)
      .x((b) => x(b.x0))
      .y0(h)
      .y1((b) => y(b.v))([...bars, { x0: CHART_GRID.max, v: 0 }]) ?? '';
  const componentPaths = components.map(
    (c) =>
      line<number>()
        .x((v) => x(v))
        .y((v) => y((c.weight * normalPdf((v - c.mean) / c.std)) / c.std))(xs) ?? '',
  );
  // The rug: one short tick per sample (one path), fainter as m grows.
  const m = fit.samples.length;
  let rug = '';
  for (const s of fit.samples) if (s >= X_DOMAIN[0] && s <= X_DOMAIN[1]) rug += `M${x(s).toFixed(1)},${h}v-9`;
  const rugOpacity = Math.min(0.9, Math.max(0.12, 6 / Math.sqrt(m)));
  const t = useT();
  return (
    <PlotSvg
      size={size}
      label={t('theory.likelihood.samples.aria')}
      testId="chart-likelihood-samples"
      className={stale ? 'likelihood-stale' : undefined}
    >
      <DensityAxes x={x} y={y} width={w} height={h} />
      <path d={dataArea} style={{ fill: DATA_COLOR, stroke: DATA_COLOR }} fillOpacity={0.22} strokeWidth={2} />
      <path
        d={histPath}
        style={{ fill: SAMPLE_COLOR, stroke: SAMPLE_COLOR }}
        fillOpacity={0.28}
        strokeOpacity={0.7}
        strokeWidth={1}
      />
      <path
        d={rug}
        style={{ stroke: COLORS.ink }}
        strokeOpacity={rugOpacity}
        strokeWidth={1}
        data-testid="likelihood-rug"
      />
      {componentPaths.map((d, k) => (
        <path key={k} d={d} fill="none" style={{ stroke: FIT_COLOR }} strokeWidth={1.5} strokeDasharray="5 4" />
      ))}
      <path d={fitLine} fill="none" style={{ stroke: FIT_COLOR }} strokeWidth={3} strokeLinejoin="round" />
      {peakX !== null && (
        <g className="likelihood-peak-mark">
          <line
            x1={x(peakX)}
            x2={x(peakX)}
            y1={h}
            y2={0}
            style={{ stroke: FIT_COLOR }}
            strokeWidth={1.5}
            strokeDasharray="2 3"
          />
          <text x={x(peakX)} y={14} textAnchor="middle" style={{ fill: inkOf(FIT_COLOR) }} className="clip-note">
            {t('theory.likelihood.samples.peakInGap')}
          </text>
        </g>
      )}
      {fitMax > yMax && (
        <text x={w - 4} y={30} textAnchor="end" className="clip-note" style={{ fill: inkOf(COLORS.pModel) }}>
          {t('theory.likelihood.samples.peakOff', { v: formatNumber(fitMax) })}
        </text>
      )}
    </PlotSvg>
  );
}
