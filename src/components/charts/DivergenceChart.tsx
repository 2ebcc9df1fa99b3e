// Panel 3: JS and KL both ways, now (readouts) and over the training steps (history chart).
import { memo, useRef } from 'react';
import { scaleLinear, scaleSymlog } from 'd3-scale';
import { line } from 'd3-shape';
import { KL_FLOOR, INFINITE_MASS } from '../../core/divergences';
import type { HistoryPoint, KLValue } from '../../core/protocol';
import type { Units } from '../../core/settings';
import { command } from '../../state/actions';
import { formatNumber, log2In, toUnits, unitLabel } from '../../state/format';
import { useHistory, useSnapshot } from '../../state/live';
import { useSetting } from '../../state/settingsStore';
import { Axis, RefLine } from './Axis';
import { ChartPanel } from './ChartPanel';
import { Readout } from './Readout';
import { COLORS, MARGIN } from './theme';
import { niceCeil, stepTicks } from './scales';

/** Pixels at the top of the plot where ∞ values are drawn. */
const INF_BAND = 18;

function klTexts(kl: KLValue, ref: string, other: string) {
  if (kl.infinite) {
    return {
      ge: false,
      title: `${ref} is 0 where ${other} has ${formatNumber(kl.missingMass * 100, 2)}% of its mass: the KL is ∞.`,
    };
  }
  if (kl.floored) {
    return {
      ge: true,
      title: `${ref} is 0 where ${other} has ${formatNumber(kl.missingMass * 100, 2)}% of its mass: the exact KL is ∞; shown is the lower bound with ${ref} floored at ε = ${KL_FLOOR} per bin (∞ is shown from ${INFINITE_MASS * 100}% on).`,
    };
  }
  return { ge: false, title: `Σ ${other} log(${other}/${ref}) Δx over 400 bins on [−6, 6].` };
}

function KLReadout({
  label,
  hint,
  kl,
  units,
  testId,
  color,
  refName,
  otherName,
}: {
  label: string;
  hint: string;
  kl: KLValue | undefined;
  units: Units;
  testId: string;
  color: string;
  refName: string;
  otherName: string;
}) {
  if (!kl)
    return (
      <Readout
        label={label}
        value="–"
        unit={unitLabel(units)}
        testId={testId}
        color={color}
        swatch="line"
        title={hint}
      />
    );
  const t = klTexts(kl, refName, otherName);
  return (
    <Readout
      label={label}
      color={color}
      swatch="line"
      value={kl.infinite ? '∞' : formatNumber(toUnits(kl.value, units))}
      unit={unitLabel(units)}
      testId={testId}
      title={`${hint}. ${t.title}`}
      before={
        t.ge ? (
          <abbr className="ge-marker" title={t.title} tabIndex={0} aria-label="at least">
            ≥
          </abbr>
        ) : undefined
      }
    />
  );
}

const tickText = (v: number) => String(Number(v.toPrecision(3)));

/** Tick values for the symlog axis: round numbers, at least `minGap` pixels apart. */
function symlogTicks(top: number, y: (v: number) => number, minGap: number, ceilingPx: number): number[] {
  const cands = [0, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 1e4];
  const out: number[] = [];
  for (const c of cands) {
    if (c > top * 1.0001) break;
    if (y(c) < ceilingPx) continue; // too close to the ∞ row
    if (out.length === 0 || Math.abs(y(c) - y(out[out.length - 1])) >= minGap) out.push(c);
  }
  return out;
}

export const DivergenceChart = memo(function DivergenceChart() {
  const snap = useSnapshot();
  const history = useHistory();
  const units = useSetting('units');
  const a = snap?.analysis;
  const u = unitLabel(units);
  const ceiling = log2In(units);
  const topRef = useRef<number | undefined>(undefined);
  const unitsCmd = command('units');

  // Largest finite value in the history (in the current units) sets the top of the symlog axis.
  let maxFinite = 0;
  let anyInfinite = false;
  for (const p of history.points) {
    for (const v of [p.klForward, p.klReverse, p.js]) {
      if (Number.isFinite(v)) maxFinite = Math.max(maxFinite, toUnits(v, units));
      else anyInfinite = true;
    }
  }
  const needed = Math.max(ceiling * 1.3, maxFinite);
  topRef.current =
    topRef.current === undefined || needed > topRef.current || needed < 0.3 * topRef.current
      ? niceCeil(needed)
      : topRef.current;
  const top = topRef.current;
  const last = history.points[history.points.length - 1];

  return (
    <ChartPanel
      id="divergences"
      title="Divergences"
      caption={<>0 only when p_model = p_data. JS(p_data‖p_model) ≤ log 2, KL can be ∞.</>}
      tools={
        <button
          type="button"
          className="small-button tool"
          onClick={unitsCmd.run}
          title="Switch units (U): 1 bit = ln 2 nats"
          aria-label={`Units: ${u}. Switch to ${units === 'nats' ? 'bits' : 'nats'}`}
        >
          {u} ⇄ {units === 'nats' ? 'bits' : 'nats'}
        </button>
      }
      readouts={
        <>
          <Readout
            label="JS"
            color={COLORS.js}
            swatch="line"
            value={a ? formatNumber(toUnits(a.js, units)) : '–'}
            unit={u}
            testId="readout-js"
            title="JS(p_data‖p_model) = ½ KL(p_data‖M) + ½ KL(p_model‖M), M = (p_data + p_model)/2; 0 ≤ JS ≤ log 2 = 1 bit"
          />
          <KLReadout
            label="KL(p_data‖p_model)"
            hint="forward KL: mode covering, punishes p_model missing data"
            kl={a?.klForward}
            units={units}
            testId="readout-kl-forward"
            color={COLORS.klForward}
            refName="p_model"
            otherName="p_data"
          />
          <KLReadout
            label="KL(p_model‖p_data)"
            hint="reverse KL: mode seeking, punishes p_model putting mass where there is no data"
            kl={a?.klReverse}
            units={units}
            testId="readout-kl-reverse"
            color={COLORS.klReverse}
            refName="p_data"
            otherName="p_model"
          />
        </>
      }
      summary={
        <p>
          {last
            ? `Divergence history over ${history.points.length} recorded points up to step ${last.step}: JS ${formatNumber(toUnits(last.js, units))} ${u}, forward KL ${formatNumber(toUnits(last.klForward, units))} ${u}, reverse KL ${formatNumber(toUnits(last.klReverse, units))} ${u}. JS never exceeds log 2 = ${formatNumber(ceiling)} ${u}.`
            : 'No training steps yet: the history is empty.'}
        </p>
      }
    >
      {(size) => (
        <DivergencePlot
          size={size}
          points={history.points}
          version={history.version}
          units={units}
          top={top}
          anyInfinite={anyInfinite}
          ceiling={ceiling}
        />
      )}
    </ChartPanel>
  );
});

function DivergencePlot({
  size,
  points,
  units,
  top,
  anyInfinite,
  ceiling,
}: {
  size: { width: number; height: number };
  points: readonly HistoryPoint[];
  version: number;
  units: Units;
  top: number;
  anyInfinite: boolean;
  ceiling: number;
}) {
  const w = size.width - MARGIN.left - MARGIN.right;
  const h = size.height - MARGIN.top - MARGIN.bottom;
  const lastStep = points.length ? points[points.length - 1].step : 0;
  const x = scaleLinear()
    .domain([0, Math.max(10, lastStep)])
    .range([0, w])
    .nice();
  const y = scaleSymlog()
    .constant(ceiling / 2)
    .domain([0, top])
    .range([h, anyInfinite ? INF_BAND : 0])
    .clamp(true);
  const yOf = (v: number) => (Number.isFinite(v) ? y(toUnits(v, units)) : INF_BAND / 2 - 2);
  const path = (get: (p: HistoryPoint) => number) =>
    line<HistoryPoint>()
      .defined((p) => !Number.isNaN(get(p)))
      .x((p) => x(p.step))
      .y((p) => yOf(get(p)))(points as HistoryPoint[]) ?? '';
  const ticks = symlogTicks(top, y, 24, anyInfinite ? INF_BAND + 14 : -1);
  const u = unitLabel(units);
  return (
    <svg
      width={size.width}
      height={size.height}
      role="img"
      aria-label="Divergences over training steps: JS, forward KL and reverse KL"
      data-testid="chart-divergences"
    >
      <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
        <Axis orient="left" scale={y} ticks={ticks} format={tickText} label={`${u} (log scale)`} width={w} height={h} />
        <Axis
          orient="bottom"
          scale={x}
          ticks={stepTicks(x, w)}
          format={(v) => String(v)}
          label="training step"
          width={w}
          height={h}
        />
        {anyInfinite && (
          <g className="inf-band">
            <line x1={0} x2={w} y1={INF_BAND} y2={INF_BAND} stroke="#999" strokeDasharray="1 3" />
            <text x={-9} y={INF_BAND / 2} dy="0.34em" textAnchor="end" className="inf-label">
              ∞
            </text>
          </g>
        )}
        <RefLine
          y={y(ceiling)}
          width={w}
          label={units === 'bits' ? 'JS max = 1 bit' : 'JS max = log 2 ≈ 0.693'}
          color={COLORS.js}
        />
        <path
          d={path((p) => p.klForward)}
          fill="none"
          stroke={COLORS.klForward}
          strokeWidth={3}
          strokeLinejoin="round"
        />
        <path
          d={path((p) => p.klReverse)}
          fill="none"
          stroke={COLORS.klReverse}
          strokeWidth={3}
          strokeLinejoin="round"
        />
        <path d={path((p) => p.js)} fill="none" stroke={COLORS.js} strokeWidth={3.5} strokeLinejoin="round" />
        {points.length === 0 && (
          <text x={w / 2} y={h / 2} textAnchor="middle" className="empty-note">
            Press Play or Step to start the history
          </text>
        )}
      </g>
    </svg>
  );
}
