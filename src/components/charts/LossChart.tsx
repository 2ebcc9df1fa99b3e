// Panel 4: the two players' batch losses over the steps, with J(D)'s value at equilibrium (log 2 nats for
// the original GAN; each objective its own, from its spec: docs/theory.md §6.9).
import { memo } from 'react';
import { objectiveOf, type Objective } from '../../core/objectives';
import { OBJECTIVE_SPECS } from '../../core/objectiveSpecs';
import { quantile } from 'd3-array';
import { formatNumber } from '../../state/format';
import { useT } from '../../state/language';
import { useHistory, useSnapshot, useSnapshotValue } from '../../state/context';
import { useSetting } from '../../state/context';
import { ChartPanel } from './ChartPanel';
import { HistoryChart, type HistorySeries } from './HistoryChart';
import { Readout } from './Readout';
import { CrossEntropySplit } from './CrossEntropySplit';
import { COLORS } from './theme';
import { minus } from './scales';
import { useStickyDomain } from './useStickyDomain';

/** Headroom beyond the robust range, so the lines do not run along the frame. */
const PAD = 1.05;
const SHRINK_BELOW = 0.5;

const lossSeries: HistorySeries[] = [
  { name: 'J(G)', value: (p) => p.lossG, color: COLORS.lossG, width: 2.5 },
  { name: 'J(D)', value: (p) => p.lossD, color: COLORS.lossD, width: 2.5 },
];

/** The live batch losses, at snapshot rate (the chart itself redraws with the history, less often). */
function LossReadouts({ objective, nats }: { objective: Objective; nats: boolean }) {
  const snap = useSnapshot();
  const lossKind = useSetting('generatorLoss');
  const t = useT();
  const unit = nats ? t('chart.unit.nats') : undefined;
  const gFormula = lossKind === 'minimax' ? t('chart.loss.formula.minimax') : t('chart.loss.formula.nonSaturating');
  return (
    <>
      <Readout
        label="J(D)"
        color={COLORS.lossD}
        swatch="line"
        value={snap ? formatNumber(snap.lossD) : '–'}
        unit={unit}
        testId="readout-loss-d"
        title={t('chart.loss.dTitle', { nats: !!unit })}
      />
      {nats && <CrossEntropySplit real={snap?.lossDReal} fake={snap?.lossDFake} />}
      <Readout
        label={t(`chart.loss.${objective}.g`, { minimax: lossKind === 'minimax' })}
        color={COLORS.lossG}
        swatch="line"
        value={snap ? formatNumber(snap.lossG) : '–'}
        unit={unit}
        testId="readout-loss-g"
        title={t('chart.loss.gTitle', { formula: unit ? gFormula : null })}
      />
    </>
  );
}

/** J(D) split into its real and generated halves, for the screen reader's summary, at snapshot rate. */
function LossSplitSummary() {
  const snap = useSnapshot();
  const t = useT();
  if (!snap) return null;
  return (
    <p>
      {t('chart.loss.split', {
        lossD: formatNumber(snap.lossD),
        real: formatNumber(snap.lossDReal),
        fake: formatNumber(snap.lossDFake),
      })}{' '}
      {t('chart.ce.klSentence')}
    </p>
  );
}

export const LossChart = memo(function LossChart() {
  const history = useHistory();
  const objective = useSnapshotValue((s) => objectiveOf(s?.analysis));
  const t = useT();
  const { equilibrium } = OBJECTIVE_SPECS[objective];
  // A cross-entropy's losses are in nats, and split into their real and generated halves.
  const nats = OBJECTIVE_SPECS[objective].unit === 'nats';
  const unit = nats ? t('chart.unit.nats') : undefined;

  // Robust range (1%–99% of both series, always showing 0 and log 2); outliers ride the edges.
  const vals: number[] = [];
  for (const p of history.points) {
    if (Number.isFinite(p.lossD)) vals.push(p.lossD);
    if (Number.isFinite(p.lossG)) vals.push(p.lossG);
  }
  const lo = Math.min(0, quantile(vals, 0.01) ?? 0);
  const hi = Math.max(equilibrium * 1.45, 0.5, quantile(vals, 0.99) ?? 0);
  const domain = useStickyDomain([lo * PAD, hi * PAD], { shrinkBelow: SHRINK_BELOW });
  const last = history.points[history.points.length - 1];

  return (
    <ChartPanel
      id="losses"
      title={nats ? t('chart.loss.titleNats') : t('chart.loss.title')}
      caption={t(`chart.loss.${objective}.d`)}
      readouts={<LossReadouts objective={objective} nats={nats} />}
      summary={
        <>
          <p>
            {last
              ? t('chart.loss.summary', {
                  n: history.points.length,
                  step: last.step,
                  lossD: formatNumber(last.lossD),
                  lossG: formatNumber(last.lossG),
                  nats: !!unit,
                  equilibrium: t(`chart.loss.${objective}.equilibriumSentence`),
                })
              : t('chart.loss.empty')}
          </p>
          {nats && <LossSplitSummary />}
        </>
      }
    >
      {(size) => (
        <HistoryChart
          size={size}
          points={history.points}
          series={lossSeries}
          y={{
            type: 'linear',
            domain,
            label: nats ? t('chart.loss.axisNats') : t('chart.loss.axis'),
            ticks: (y, { height }) => {
              const n = Math.max(2, Math.floor(height / 40));
              const format = y.tickFormat(n);
              return { values: y.ticks(n), format: (v) => minus(format(v)) };
            },
          }}
          references={[
            {
              value: equilibrium,
              label: t(`chart.loss.${objective}.equilibrium`),
              color: COLORS.reference,
            },
          ]}
          // Clear of the log 2 line, which runs just above the middle on the starting domain.
          emptyNote={{ text: t('chart.history.empty'), dy: 24 }}
          ariaLabel={t('chart.loss.aria', { nats })}
          testId="chart-losses"
        />
      )}
    </ChartPanel>
  );
});
