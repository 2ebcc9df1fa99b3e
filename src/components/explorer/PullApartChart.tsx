// Chart (c): "pull apart". Q slides away from P (its shape kept); JS, KL(P‖Q) and W1 as functions of the
// distance between their means. JS stops at log 2, KL grows without bound, W1 grows linearly.
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { PULL_MAX, type PullApart } from '../../core/explorer';
import type { Units } from '../../core/settings';
import { formatNumber, log2In, toUnits, unitLabel } from '../../state/format';
import { useT } from '../../state/language';
import { Axis, RefLine } from '../charts/Axis';
import { ChartPanel } from '../charts/ChartPanel';
import { COLORS, inkOf, MARGIN as CHART_MARGIN } from '../charts/theme';
import { W1_COLOR } from './shared';

/** The y axis is fixed: JS's ceiling stays visible and W1 shows its straight line until it leaves at 5. */
const Y_TOP = 5;
const X_TICKS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
/** A band above the plot holds the "now" label and the note where KL leaves the chart. */
const MARGIN = { ...CHART_MARGIN, top: 24 };
/** About the widths of the two labels in the band, to keep them apart. */
const KL_NOTE_WIDTH = 230;
const NOW_WIDTH = 80;

export function PullApartChart({ pull, units }: { pull: PullApart; units: Units }) {
  const t = useT();
  const u = unitLabel(t, units);
  const ceiling = log2In(units);
  const kl = (v: PullApart['current']) => (v.klPQ.infinite ? Infinity : toUnits(v.klPQ.value, units));
  const series = [
    { name: 'KL(P‖Q)', color: COLORS.klForward, value: kl, width: 3 },
    { name: 'W1', color: W1_COLOR, value: (v: PullApart['current']) => v.w1, width: 3 },
    { name: 'JS(P‖Q)', color: COLORS.js, value: (v: PullApart['current']) => toUnits(v.js, units), width: 3.5 },
  ];
  const c = pull.current;
  // The first distance at which KL leaves the chart, for its label.
  const exit = pull.points.find((pt) => kl(pt) > Y_TOP);
  const first = pull.points[0],
    lastPt = pull.points[pull.points.length - 1];
  return (
    <ChartPanel
      id="explorer-pull"
      title={t('theory.explorer.pull.title')}
      legend={[
        ...series.map((s) => ({ label: s.name, color: s.color, kind: 'line' as const })),
        { label: t('theory.explorer.pull.now'), color: COLORS.ink, kind: 'dashed' as const },
      ]}
      caption={<>{t('theory.explorer.pull.caption')}</>}
      summary={
        <p>
          {t('theory.explorer.pull.summary', {
            max: PULL_MAX,
            js0: formatNumber(toUnits(first.js, units)),
            js1: formatNumber(toUnits(lastPt.js, units)),
            unit: u,
            ceiling: formatNumber(ceiling),
            kl0: formatNumber(kl(first)),
            kl1: formatNumber(kl(lastPt)),
            w0: formatNumber(first.w1),
            w1: formatNumber(lastPt.w1),
            now: formatNumber(c.distance),
          })}
        </p>
      }
    >
      {(size) => {
        const w = size.width - MARGIN.left - MARGIN.right;
        const h = size.height - MARGIN.top - MARGIN.bottom;
        const x = scaleLinear().domain([0, PULL_MAX]).range([0, w]);
        const y = scaleLinear().domain([0, Y_TOP]).range([h, 0]);
        // Values beyond the top are drawn a little above it and clipped, so a curve leaves the chart.
        const yv = (v: number) => y(Math.min(v, Y_TOP * 1.2));
        const cx = x(Math.min(c.distance, PULL_MAX));
        return (
          <svg
            width={size.width}
            height={size.height}
            role="img"
            aria-label={t('theory.explorer.pull.aria')}
            data-testid="chart-explorer-pull"
          >
            <defs>
              <clipPath id="explorer-pull-clip">
                <rect x={0} y={0} width={w} height={h} />
              </clipPath>
            </defs>
            <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
              <Axis
                orient="left"
                scale={y}
                ticks={y.ticks(Math.max(2, Math.floor(h / 40)))}
                format={(v) => String(v)}
                label={t('theory.explorer.pull.yAxis', { unit: u })}
                width={w}
                height={h}
              />
              <Axis
                orient="bottom"
                scale={x}
                ticks={X_TICKS}
                format={(v) => String(v)}
                label={t('theory.explorer.pull.xAxis')}
                width={w}
                height={h}
              />
              <RefLine
                y={y(ceiling)}
                width={w}
                label={t(units === 'bits' ? 'theory.explorer.pull.jsMaxBits' : 'theory.explorer.pull.jsMaxNats')}
                color={COLORS.js}
              />
              <g clipPath="url(#explorer-pull-clip)">
                {series.map((s) => (
                  <path
                    key={s.name}
                    d={
                      line<PullApart['current']>()
                        .x((pt) => x(pt.distance))
                        .y((pt) => yv(s.value(pt)))(pull.points) ?? ''
                    }
                    fill="none"
                    style={{ stroke: s.color }}
                    strokeWidth={s.width}
                    strokeLinejoin="round"
                  />
                ))}
              </g>
              {exit && cx + NOW_WIDTH / 2 < w - KL_NOTE_WIDTH && (
                <text x={w} y={-8} textAnchor="end" className="clip-note" style={{ fill: inkOf(COLORS.klForward) }}>
                  {t('theory.explorer.pull.klOff', { d: formatNumber(exit.distance) })}
                </text>
              )}
              <g className="explorer-now" data-testid="explorer-pull-now">
                <line
                  x1={cx}
                  x2={cx}
                  y1={-4}
                  y2={h}
                  style={{ stroke: COLORS.ink }}
                  strokeWidth={1.5}
                  strokeDasharray="4 3"
                />
                <text
                  x={Math.min(cx, w - NOW_WIDTH / 2)}
                  y={-8}
                  textAnchor="middle"
                  className="clip-note"
                  style={{ fill: COLORS.ink }}
                >
                  {t('theory.explorer.pull.nowAt', { d: formatNumber(c.distance) })}
                </text>
                {series.map((s) => {
                  const v = s.value(c);
                  const above = v > Y_TOP;
                  return above ? (
                    <path key={s.name} d={`M${cx - 7},8 L${cx},0 L${cx + 7},8 Z`} style={{ fill: s.color }} />
                  ) : (
                    <circle
                      key={s.name}
                      cx={cx}
                      cy={y(v)}
                      r={5.5}
                      style={{ fill: s.color, stroke: COLORS.surface }}
                      strokeWidth={1.5}
                    />
                  );
                })}
              </g>
            </g>
          </svg>
        );
      }}
    </ChartPanel>
  );
}
