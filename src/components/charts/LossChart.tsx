// Panel 4: the two players' batch losses over the steps, with J(D)'s value at equilibrium (log 2 nats for
// the original GAN; each objective its own, docs/theory.md §6.9).
import { memo } from 'react';
import type { Objective } from '../../core/objectives';
import { quantile } from 'd3-array';
import { formatNumber } from '../../state/format';
import { useT } from '../../state/language';
import { useHistory, useSnapshot } from '../../state/context';
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

/**
 * The objectives other than the original GAN: J(D) where p_model = p_data and D is best (their costs, d and g,
 * and that value's label are the messages chart.loss.<objective>.*).
 */
const OTHER_EQUILIBRIUM: Record<Exclude<Objective, 'gan'>, number> = { lsgan: 0.25, wgan: 0, 'wgan-gp': 0, hinge: 2 };

export const LossChart = memo(function LossChart() {
  const snap = useSnapshot();
  const history = useHistory();
  const lossKind = useSetting('generatorLoss');
  const objective = snap?.analysis.objective ?? 'gan';
  const t = useT();
  const other =
    objective === 'gan'
      ? null
      : {
          d: t(`chart.loss.${objective}.d`),
          g: t(`chart.loss.${objective}.g`),
          equilibrium: OTHER_EQUILIBRIUM[objective],
          label: t(`chart.loss.${objective}.equilibrium`),
        };
  const unit = other ? undefined : t('chart.unit.nats');
  const equilibrium = other ? other.equilibrium : Math.LN2;

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
  const gFormula = lossKind === 'minimax' ? t('chart.loss.formula.minimax') : t('chart.loss.formula.nonSaturating');

  return (
    <ChartPanel
      id="losses"
      title={other ? t('chart.loss.title') : t('chart.loss.titleNats')}
      caption={other ? other.d : t('chart.loss.caption')}
      readouts={
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
          {!other && <CrossEntropySplit real={snap?.lossDReal} fake={snap?.lossDFake} />}
          <Readout
            label={
              other ? other.g : lossKind === 'minimax' ? t('chart.loss.g.minimax') : t('chart.loss.g.nonSaturating')
            }
            color={COLORS.lossG}
            swatch="line"
            value={snap ? formatNumber(snap.lossG) : '–'}
            unit={unit}
            testId="readout-loss-g"
            title={t('chart.loss.gTitle', { formula: unit ? gFormula : null })}
          />
        </>
      }
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
                  equilibrium: other ? other.label : t('chart.loss.gan.equilibriumSentence'),
                })
              : t('chart.loss.empty')}
          </p>
          {snap && !other && (
            <p>
              {t('chart.loss.split', {
                lossD: formatNumber(snap.lossD),
                real: formatNumber(snap.lossDReal),
                fake: formatNumber(snap.lossDFake),
              })}{' '}
              {t('chart.ce.klSentence')}
            </p>
          )}
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
            label: other ? t('chart.loss.axis') : t('chart.loss.axisNats'),
            ticks: (y, { height }) => {
              const n = Math.max(2, Math.floor(height / 40));
              const format = y.tickFormat(n);
              return { values: y.ticks(n), format: (v) => minus(format(v)) };
            },
          }}
          references={[
            {
              value: equilibrium,
              label: other ? other.label : t('chart.loss.gan.equilibrium'),
              color: COLORS.reference,
            },
          ]}
          // Clear of the log 2 line, which runs just above the middle on the starting domain.
          emptyNote={{ text: t('chart.history.empty'), dy: 24 }}
          ariaLabel={t('chart.loss.aria', { nats: !other })}
          testId="chart-losses"
        />
      )}
    </ChartPanel>
  );
});
