// Panel 2: the discriminator against the best one for the current G (docs/theory.md §6.3, §6.9): D(x)
// and D*(x) = p_data / (p_data + p_model) for the original GAN and LSGAN, the hinge loss's step, or a
// WGAN critic f against the optimal critic f* (both centred; f* drawn at the critic's own scale).
import { memo } from 'react';
import { scaleLinear } from 'd3-scale';
import { hasOptimalDGradient, objectiveOf, type Objective } from '../../core/objectives';
import { OBJECTIVE_SPECS } from '../../core/objectiveSpecs';
import type { Translate } from '../../i18n/messages';
import { formatNumber } from '../../state/format';
import { useT } from '../../state/language';
import { useSetting, useSnapshot } from '../../state/context';
import { Checkbox } from '../controls';
import { Axis } from './Axis';
import { ChartPanel } from './ChartPanel';
import { CursorLayer, gridReading, useChartCursor } from './ChartCursor';
import { discriminatorNames } from './cursorNames';
import { Readout } from './Readout';
import { COLORS, MARGIN } from './theme';
import { formatX, gridLine, sampleIndices, X_DOMAIN, X_TICKS } from './scales';
import { useStickyDomain } from './useStickyDomain';
import type { Analysis } from '../../core/protocol';

const SAMPLE_XS = [-4, -3, -2, -1, 0, 1, 2, 3, 4];
const PROBABILITY_TICKS = [0, 0.25, 0.5, 0.75, 1];

/** What the chart calls D and its optimum under each objective. */
function names(objective: Objective, optimal: boolean, scale: number, t: Translate) {
  return {
    title: OBJECTIVE_SPECS[objective].critic ? t('chart.disc.title.critic') : t('chart.disc.title.discriminator'),
    d: optimal ? t(`chart.disc.${objective}.optimal`) : t(`chart.disc.${objective}.d`),
    // A critic's best is drawn at the critic's own scale (1 for the optimum in play).
    best: t(`chart.disc.${objective}.best`, { scale: optimal ? '' : `${formatNumber(scale)} · ` }),
    axis: t(`chart.disc.${objective}.axis`),
    caption: t(`chart.disc.${objective}.caption`),
  };
}

/** The y extent the curves need where there is mass (a critic's far tails are not worth the room). */
function neededExtent(a: Analysis | undefined, floor: readonly [number, number]): [number, number] {
  let lo = floor[0],
    hi = floor[1];
  if (!a) return [lo, hi];
  for (let k = 0; k < a.d.length; k++) {
    if (!(a.pData[k] + a.pModel[k] > 1e-4)) continue;
    for (const v of [a.d[k], a.dStar[k]])
      if (Number.isFinite(v)) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
  }
  return [lo * 1.1, hi * 1.1];
}

/** The optimal-D toggle (docs/theory.md §6.10), beside the chart it changes (memo: not redrawn with D). */
const OptimalDToggle = memo(function OptimalDToggle() {
  const objective = useSetting('objective');
  const possible = hasOptimalDGradient(objective);
  const t = useT();
  return (
    <span
      className="panel-tool"
      title={possible ? t('chart.disc.optimalD.title') : t('chart.disc.optimalD.hingeTitle')}
    >
      <Checkbox k="optimalD" testId="toggle-optimal-d" label={t('chart.disc.optimalD')} disabled={!possible} />
    </span>
  );
});

export const DiscriminatorChart = memo(function DiscriminatorChart() {
  const snap = useSnapshot();
  const t = useT();
  const a = snap?.analysis;
  const objective = objectiveOf(a);
  const optimal = a?.optimalD ?? false;
  const spec = OBJECTIVE_SPECS[objective];
  const critic = spec.critic;
  const n = names(objective, optimal, a?.criticScale ?? 1, t);
  const idx = sampleIndices(SAMPLE_XS);
  const probability = spec.shown === 'probability';
  // The extent the axis always shows (a probability's is all of it); beyond it the curves decide.
  const { floor, reference } = spec.chart;
  const [lo, hi] = useStickyDomain(neededExtent(probability ? undefined : a, floor), { shrinkBelow: 0.4 });
  const yDomain: readonly [number, number] = probability ? floor : [lo, hi];
  const cursor = useChartCursor(); // the hover readout's pointer: only the readout re-renders on a move
  const short = discriminatorNames(objective, t);
  return (
    <ChartPanel
      id="discriminator"
      title={n.title}
      legend={[
        { label: n.d, color: COLORS.d, kind: 'line' },
        { label: n.best, color: COLORS.dStar, kind: 'dashed' },
      ]}
      tools={
        <>
          {snap?.lastUpdate === 'd' && (
            <span className="moved-badge" data-testid="badge-d-moved">
              {t('chart.disc.moved')}
            </span>
          )}
          <OptimalDToggle />
        </>
      }
      caption={n.caption}
      readouts={
        <>
          <Readout
            label={critic ? t('chart.disc.gap.critic') : t('chart.disc.gap.d')}
            value={a ? formatNumber(a.dGap) : '–'}
            testId="readout-d-gap"
            title={critic ? t('chart.disc.gap.criticTitle') : t('chart.disc.gap.dTitle')}
          />
          {critic && (
            <Readout
              label={t('chart.disc.slope')}
              value={a && Number.isFinite(a.criticSlope) ? formatNumber(a.criticSlope!) : '–'}
              testId="readout-critic-slope"
              title={t('chart.disc.slopeTitle')}
            />
          )}
        </>
      }
      summary={
        <table>
          <caption>{t('chart.disc.summary', { d: n.d, best: n.best, step: snap ? snap.step : null })}</caption>
          <thead>
            <tr>
              <th scope="col">x</th>
              <th scope="col">{n.d}</th>
              <th scope="col">{n.best}</th>
            </tr>
          </thead>
          <tbody>
            {idx.map((k, j) => (
              <tr key={k}>
                <th scope="row">{SAMPLE_XS[j]}</th>
                <td>{a ? formatNumber(a.d[k]) : '–'}</td>
                <td>{a && Number.isFinite(a.dStar[k]) ? formatNumber(a.dStar[k]) : t('chart.disc.undefined')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      {(size) => {
        const w = size.width - MARGIN.left - MARGIN.right;
        const h = size.height - MARGIN.top - MARGIN.bottom;
        const x = scaleLinear().domain(X_DOMAIN).range([0, w]);
        const y = scaleLinear().domain(yDomain).range([h, 0]).clamp(true);
        const path = (vals: Float64Array) => gridLine(x, y, vals);
        return (
          <svg
            width={size.width}
            height={size.height}
            role="img"
            aria-label={t('chart.disc.aria', { title: n.title, d: n.d, best: n.best })}
            data-testid="chart-discriminator"
            {...cursor.svgProps}
          >
            <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
              <Axis
                orient="left"
                scale={y}
                ticks={probability ? PROBABILITY_TICKS : y.ticks(5)}
                format={(v) =>
                  probability ? (v === 0.5 ? '½' : v === 0.25 ? '¼' : v === 0.75 ? '¾' : String(v)) : String(v)
                }
                label={n.axis}
                width={w}
                height={h}
              />
              <Axis orient="bottom" scale={x} ticks={X_TICKS} format={formatX} label="x" width={w} height={h} />
              <line
                x1={0}
                x2={w}
                y1={y(reference)}
                y2={y(reference)}
                style={{ stroke: COLORS.reference }}
                strokeWidth={1.5}
                strokeDasharray="2 4"
              />
              {a && (
                <path d={path(a.d)} fill="none" style={{ stroke: COLORS.d }} strokeWidth={3.5} strokeLinejoin="round" />
              )}
              {a && (
                <path
                  d={path(a.dStar)}
                  fill="none"
                  style={{ stroke: COLORS.dStar }}
                  strokeWidth={2.5}
                  strokeDasharray="8 5"
                />
              )}
              <CursorLayer
                cursor={cursor}
                width={w}
                height={h}
                testId="cursor-discriminator"
                read={(px) =>
                  gridReading(px, x, [
                    { label: short.d, values: a?.d, color: COLORS.d },
                    { label: short.best, values: a?.dStar, color: COLORS.dStar },
                    { label: 'p_data', values: a?.pData, color: COLORS.pData },
                    { label: 'p_model', values: a?.pModel, color: COLORS.pModel },
                  ])
                }
              />
            </g>
          </svg>
        );
      }}
    </ChartPanel>
  );
});
