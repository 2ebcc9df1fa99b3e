// Panel 3: JS and KL both ways, now (readouts) and over the training steps (history chart).
import { memo } from 'react';
import { KL_FLOOR, INFINITE_MASS } from '../../core/divergences';
import type { KLValue } from '../../core/protocol';
import type { Units } from '../../core/settings';
import { formatNumber, log2In, toUnits, unitLabel } from '../../state/format';
import { useAppState, useHistory, useSnapshot } from '../../state/context';
import { useSetting } from '../../state/context';
import { ChartPanel } from './ChartPanel';
import { HistoryChart, type HistorySeries } from './HistoryChart';
import { Readout } from './Readout';
import { COLORS } from './theme';
import { useStickyDomain } from './useStickyDomain';

/** The symlog axis shrinks only below 0.3× its top: a factor reads small on a log scale. */
const SHRINK_BELOW = 0.3;

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

/** JS on top: it is the one bounded by the log 2 line. */
const divergenceSeries = (units: Units): HistorySeries[] => [
  { name: 'KL forward', value: (p) => toUnits(p.klForward, units), color: COLORS.klForward, width: 3 },
  { name: 'KL reverse', value: (p) => toUnits(p.klReverse, units), color: COLORS.klReverse, width: 3 },
  { name: 'JS', value: (p) => toUnits(p.js, units), color: COLORS.js, width: 3.5 },
];

export const DivergenceChart = memo(function DivergenceChart() {
  const snap = useSnapshot();
  const history = useHistory();
  const units = useSetting('units');
  const a = snap?.analysis;
  const u = unitLabel(units);
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
          onClick={() => app.run('units')}
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
        <HistoryChart
          size={size}
          points={history.points}
          series={divergenceSeries(units)}
          y={{
            type: 'symlog',
            constant: ceiling / 2,
            domain: [0, top],
            label: `${u} (log scale)`,
            ticks: (y, { minTickY }) => ({ values: symlogTicks(top, y, 24, minTickY), format: tickText }),
          }}
          references={[
            {
              value: ceiling,
              label: units === 'bits' ? 'JS max = 1 bit' : 'JS max = log 2 ≈ 0.693',
              color: COLORS.js,
            },
          ]}
          infinityBand={anyInfinite}
          emptyNote={{ text: 'Press Play or Step to start the history' }}
          ariaLabel="Divergences over training steps: JS, forward KL and reverse KL"
          testId="chart-divergences"
        />
      )}
    </ChartPanel>
  );
});
