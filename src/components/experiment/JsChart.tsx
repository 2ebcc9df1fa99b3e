// JS over steps for every seed of both arms as thin lines, each arm's median bold, on a log axis with the
// 0.01 threshold dashed. Redrawn only when a check added a point (every EXPERIMENT_CHECK_EVERY steps).
import { memo, useMemo } from 'react';
import { scaleLinear, scaleLog } from 'd3-scale';
import { line } from 'd3-shape';
import { ARMS, EXPERIMENT_CHECK_EVERY, JS_THRESHOLD, type ExperimentSnapshot } from '../../core/experiment';
import { formatNumber } from '../../state/format';
import { useT } from '../../state/language';
import { Axis } from '../charts/Axis';
import { ChartPanel } from '../charts/ChartPanel';
import { PlotSvg } from '../charts/PlotSvg';
import { MARGIN } from '../charts/theme';
import { ARM_COLORS, useExperimentSnapshot } from './useExperiment';

const JS_FLOOR = 1e-4;
const JS_TICKS = [1e-4, 1e-3, 1e-2, 1e-1, 1];
/** Powers of ten as 10⁻ⁿ: narrow enough for a projector's type beside the axis name. */
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const formatJs = (v: number) => {
  const n = Math.round(Math.log10(v));
  return n === 0 ? '1' : `10⁻${[...String(-n)].map((d) => SUPERSCRIPT[Number(d)]).join('')}`;
};
/** A little wider than the other charts' margin: the log axis's name sits beside 10⁻ⁿ ticks. */
const JS_MARGIN = { ...MARGIN, left: MARGIN.left + 6 };

/** The median at each check of the finite values across seeds (NaN where none is finite). */
function medians(histories: Float32Array[]): number[] {
  const n = Math.max(0, ...histories.map((h) => h.length));
  return Array.from({ length: n }, (_, i) => {
    const xs = histories
      .map((h) => h[i])
      .filter((v) => Number.isFinite(v))
      .sort((a, b) => a - b);
    if (!xs.length) return NaN;
    const m = xs.length >> 1;
    return xs.length % 2 ? xs[m] : (xs[m - 1] + xs[m]) / 2;
  });
}

interface PlotProps {
  size: { width: number; height: number };
  snapshot: ExperimentSnapshot;
  label: string;
  xLabel: string;
  yLabel: string;
}

function JsPlot({ size, snapshot, label, xLabel, yLabel }: PlotProps) {
  const width = size.width - JS_MARGIN.left - JS_MARGIN.right;
  const height = size.height - JS_MARGIN.top - JS_MARGIN.bottom;
  const x = scaleLinear().domain([0, snapshot.steps]).range([0, width]);
  const y = scaleLog().domain([JS_FLOOR, 1]).range([height, 0]).clamp(true);
  const path = line<number>()
    .defined((v) => Number.isFinite(v))
    .x((_, i) => x((i + 1) * EXPERIMENT_CHECK_EVERY))
    .y((v) => y(Math.max(JS_FLOOR, v)));
  const stepTicks = x.ticks(width < 300 ? 3 : 6);
  return (
    <PlotSvg size={size} margin={JS_MARGIN} label={label} testId="experiment-js-chart">
      <Axis orient="left" scale={y} ticks={JS_TICKS} format={formatJs} label={yLabel} width={width} height={height} />
      <Axis
        orient="bottom"
        scale={x}
        ticks={stepTicks}
        format={(v) => v.toLocaleString('en')}
        label={xLabel}
        width={width}
        height={height}
      />
      <line
        className="experiment-threshold"
        x1={0}
        x2={width}
        y1={y(JS_THRESHOLD)}
        y2={y(JS_THRESHOLD)}
        style={{ stroke: 'var(--chart-reference)' }}
      />
      {ARMS.map((arm) => (
        <g key={arm} style={{ stroke: ARM_COLORS[arm] }} className="experiment-js-arm">
          {snapshot[arm].seeds.map((s) => (
            <path key={s.seed} className="experiment-js-seed" d={path(Array.from(s.jsHistory)) ?? ''} />
          ))}
          <path
            className="experiment-js-median"
            data-testid={`experiment-js-median-${arm}`}
            d={path(medians(snapshot[arm].seeds.map((s) => s.jsHistory))) ?? ''}
          />
        </g>
      ))}
    </PlotSvg>
  );
}

/** Redraws when the size, the number of checks or the seeds change. */
const MemoPlot = memo(
  JsPlot,
  (a, b) =>
    a.size.width === b.size.width &&
    a.size.height === b.size.height &&
    a.label === b.label &&
    a.snapshot.steps === b.snapshot.steps &&
    a.snapshot.a.seeds.length === b.snapshot.a.seeds.length &&
    (a.snapshot.a.seeds[0]?.jsHistory.length ?? 0) === (b.snapshot.a.seeds[0]?.jsHistory.length ?? 0),
);

export function JsChart() {
  const t = useT();
  const snapshot = useExperimentSnapshot();
  const summary = useMemo(() => {
    if (!snapshot) return '';
    const last = (arm: 'a' | 'b') => {
      const m = medians(snapshot[arm].seeds.map((s) => s.jsHistory)).at(-1);
      return m === undefined || !Number.isFinite(m) ? '–' : formatNumber(m);
    };
    return t('exp.js.summary', { a: last('a'), b: last('b'), step: snapshot.step });
  }, [snapshot, t]);
  if (!snapshot || snapshot.a.seeds.length === 0) return null;
  return (
    <ChartPanel
      id="experiment-js"
      title={t('exp.js.title')}
      caption={t('exp.js.caption')}
      legend={[
        { label: t('exp.js.legendA'), color: ARM_COLORS.a, kind: 'line' },
        { label: t('exp.js.legendB'), color: ARM_COLORS.b, kind: 'line' },
      ]}
      summary={<p>{summary}</p>}
    >
      {(size) => (
        <MemoPlot
          size={size}
          snapshot={snapshot}
          label={t('exp.js.title')}
          xLabel={t('exp.js.steps')}
          yLabel={t('exp.js.label')}
        />
      )}
    </ChartPanel>
  );
}
