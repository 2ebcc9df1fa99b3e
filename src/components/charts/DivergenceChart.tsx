// Panel 3: JS and KL both ways (nats or bits) and W1 (units of x), now (readouts) and over the training
// steps (history chart: the divergences on the left axis, W1 on its own right axis).
import { memo } from 'react';
import { scaleLinear } from 'd3-scale';
import type { HistoryPoint } from '../../core/protocol';
import type { Units } from '../../core/settings';
import type { Translate } from '../../i18n/messages';
import { formatNumber, log2In, toUnits, unitLabel } from '../../state/format';
import { useT } from '../../state/language';
import { useAppState, useHistory, useSnapshot } from '../../state/context';
import { useSetting } from '../../state/context';
import { ChartPanel } from './ChartPanel';
import { HistoryChart, type HistorySeries } from './HistoryChart';
import { KLReadout } from './KLReadout';
import { Readout } from './Readout';
import { VerticalAxisLabel } from './VerticalAxisLabel';
import { COLORS, MARGIN } from './theme';
import { historyLine } from './scales';
import { useStickyDomain } from './useStickyDomain';

/** The symlog axis shrinks only below 0.3× its top: a factor reads small on a log scale. */
const SHRINK_BELOW = 0.3;

const tickText = (v: number) => String(Number(v.toPrecision(3)));

/** Tick values for the symlog axis: round numbers, at least `minGap` pixels apart, none above `minTickY`. */
function symlogTicks(top: number, y: (v: number) => number, minGap: number, minTickY: number): number[] {
  const cands = [0, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 1e4];
  const out: number[] = [];
  for (const c of cands) {
    if (c > top * 1.0001) break;
    if (y(c) < minTickY) continue; // too close to the ∞ row
    if (out.length === 0 || Math.abs(y(c) - y(out[out.length - 1])) >= minGap) out.push(c);
  }
  return out;
}

/** W1 is not a divergence in nats: its own colour and its own (right) axis. */
const W1_COLOR = COLORS.axis;
/** Extra room at the right of the history chart for the W1 axis. */
const W1_AXIS = 40;
/** As HistoryChart's ∞ band (plus its tick gap): W1 stays below it. */
const INF_BAND_CLEAR = 32;

/**
 * W1's history over the history chart, drawn in the same plot area (same step axis; the chart is drawn
 * W1_AXIS narrower), with its own linear y axis on the right. Decorative for assistive technology: the
 * W1 readout and the panel's summary carry the numbers.
 */
function W1Overlay({
  size,
  plotWidth,
  points,
  top,
  clearInfinity,
}: {
  size: { width: number; height: number };
  plotWidth: number;
  points: readonly HistoryPoint[];
  top: number;
  clearInfinity: boolean;
}) {
  const t = useT();
  const h = size.height - MARGIN.top - MARGIN.bottom;
  const lastStep = points.length ? points[points.length - 1].step : 0;
  // The same step scale as HistoryChart's.
  const x = scaleLinear()
    .domain([0, Math.max(10, lastStep)])
    .range([0, plotWidth])
    .nice();
  const y = scaleLinear()
    .domain([0, top])
    .range([h, clearInfinity ? INF_BAND_CLEAR : 0])
    .clamp(true);
  const ticks = y.ticks(Math.max(2, Math.floor(h / 40)));
  const format = y.tickFormat(Math.max(2, Math.floor(h / 40)));
  const d = historyLine(
    points,
    x,
    (p) => y(p.w1),
    (p) => Number.isFinite(p.w1),
  );
  return (
    <svg width={size.width} height={size.height} aria-hidden="true" style={{ pointerEvents: 'none' }}>
      <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
        <g className="axis" transform={`translate(${plotWidth},0)`}>
          {ticks.map((t) => (
            <g key={t} transform={`translate(0,${y(t)})`}>
              <line className="tick" x2={5} style={{ stroke: W1_COLOR }} />
              <text x={8} dy="0.34em" textAnchor="start" style={{ fill: W1_COLOR }}>
                {format(t)}
              </text>
            </g>
          ))}
          <line className="domain" y1={0} y2={h} />
          <VerticalAxisLabel
            x={MARGIN.right + W1_AXIS - 8}
            height={h}
            turn={90}
            label={t('chart.div.w1.axis')}
            style={{ fill: W1_COLOR }}
          />
        </g>
        <path d={d} data-series="W1" fill="none" style={{ stroke: W1_COLOR }} strokeWidth={2} strokeLinejoin="round" />
      </g>
    </svg>
  );
}

/** JS on top: it is the one bounded by the log 2 line. */
const divergenceSeries = (units: Units, t: Translate): HistorySeries[] => [
  {
    name: 'KL forward',
    label: t('chart.div.series.klForward'),
    value: (p) => toUnits(p.klForward, units),
    color: COLORS.klForward,
    width: 3,
  },
  {
    name: 'KL reverse',
    label: t('chart.div.series.klReverse'),
    value: (p) => toUnits(p.klReverse, units),
    color: COLORS.klReverse,
    width: 3,
  },
  { name: 'JS', value: (p) => toUnits(p.js, units), color: COLORS.js, width: 3.5 },
];

/** The live values, at snapshot rate (the chart itself redraws with the history, less often). */
function DivergenceReadouts({ units }: { units: Units }) {
  const a = useSnapshot()?.analysis;
  const t = useT();
  const u = unitLabel(t, units);
  return (
    <>
      <Readout
        label="JS"
        color={COLORS.js}
        swatch="line"
        value={a ? formatNumber(toUnits(a.js, units)) : '–'}
        unit={u}
        testId="readout-js"
        title={t('chart.div.js.title')}
      />
      <Readout
        label="W1"
        color={W1_COLOR}
        swatch="line"
        value={a ? formatNumber(a.w1) : '–'}
        unit={t('chart.div.w1.unit')}
        testId="readout-w1"
        title={t('chart.div.w1.hint')}
      />
      <KLReadout
        label="KL(p_data‖p_model)"
        hint={t('chart.div.kl.forwardHint')}
        kl={a?.klForward}
        units={units}
        testId="readout-kl-forward"
        color={COLORS.klForward}
        swatch="line"
        refName="p_model"
        otherName="p_data"
      />
      <KLReadout
        label="KL(p_model‖p_data)"
        hint={t('chart.div.kl.reverseHint')}
        kl={a?.klReverse}
        units={units}
        testId="readout-kl-reverse"
        color={COLORS.klReverse}
        swatch="line"
        refName="p_data"
        otherName="p_model"
      />
    </>
  );
}

export const DivergenceChart = memo(function DivergenceChart() {
  const history = useHistory();
  const units = useSetting('units');
  const t = useT();
  const u = unitLabel(t, units);
  const otherUnit = unitLabel(t, units === 'nats' ? 'bits' : 'nats');
  const ceiling = log2In(units);
  const app = useAppState();

  // Largest finite value in the history (in the current units) sets the top of the symlog axis.
  let maxFinite = 0;
  let anyInfinite = false;
  for (const p of history.points) {
    for (const v of [p.klForward, p.klReverse, p.js]) {
      if (Number.isFinite(v)) maxFinite = Math.max(maxFinite, toUnits(v, units));
      else anyInfinite = true;
    }
  }
  const [, top] = useStickyDomain([0, Math.max(ceiling * 1.3, maxFinite)], { shrinkBelow: SHRINK_BELOW });
  // W1 (units of x) on its own linear axis: from 0 to the largest value in the history.
  let maxW1 = 0;
  for (const p of history.points) if (Number.isFinite(p.w1)) maxW1 = Math.max(maxW1, p.w1);
  const [, w1Top] = useStickyDomain([0, Math.max(0.1, maxW1 * 1.05)], { shrinkBelow: SHRINK_BELOW });
  const last = history.points[history.points.length - 1];

  return (
    <ChartPanel
      id="divergences"
      title={t('chart.div.title')}
      caption={t('chart.div.caption')}
      tools={
        <button
          type="button"
          className="small-button tool"
          onClick={() => app.run('units')}
          title={t('chart.div.units.title')}
          aria-label={t('chart.div.units.aria', { now: u, other: otherUnit })}
        >
          {u} ⇄ {otherUnit}
        </button>
      }
      readouts={<DivergenceReadouts units={units} />}
      summary={
        <p>
          {last
            ? `${t('chart.div.summary', {
                n: history.points.length,
                step: last.step,
                js: formatNumber(toUnits(last.js, units)),
                klForward: formatNumber(toUnits(last.klForward, units)),
                klReverse: formatNumber(toUnits(last.klReverse, units)),
                w1: formatNumber(last.w1),
                unit: u,
                ceiling: formatNumber(ceiling),
              })} ${t('chart.div.w1.hint')}`
            : t('chart.div.empty')}
        </p>
      }
    >
      {(size) => (
        <>
          <HistoryChart
            size={{ width: size.width - W1_AXIS, height: size.height }}
            points={history.points}
            series={divergenceSeries(units, t)}
            y={{
              type: 'symlog',
              constant: ceiling / 2,
              domain: [0, top],
              label: t('chart.div.axis', { unit: u }),
              ticks: (y, { minTickY }) => ({ values: symlogTicks(top, y, 24, minTickY), format: tickText }),
            }}
            references={[
              {
                value: ceiling,
                label: units === 'bits' ? t('chart.div.jsMax.bits') : t('chart.div.jsMax.nats'),
                color: COLORS.js,
              },
            ]}
            infinityBand={anyInfinite}
            emptyNote={{ text: t('chart.history.empty') }}
            ariaLabel={t('chart.div.aria')}
            testId="chart-divergences"
            readoutExtras={[{ name: 'W1', value: (p) => p.w1, color: W1_COLOR }]}
          />
          <W1Overlay
            size={size}
            plotWidth={size.width - W1_AXIS - MARGIN.left - MARGIN.right}
            points={history.points}
            top={w1Top}
            clearInfinity={anyInfinite}
          />
        </>
      )}
    </ChartPanel>
  );
});
