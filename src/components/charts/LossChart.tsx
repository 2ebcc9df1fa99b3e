// Panel 4: the two players' batch losses over the steps, with J(D)'s value at equilibrium (log 2 nats for
// the original GAN; each objective its own, docs/theory.md §6.9).
import { memo, type ReactNode } from 'react';
import type { Objective } from '../../core/objectives';
import { quantile } from 'd3-array';
import { formatNumber } from '../../state/format';
import { useHistory, useSnapshot } from '../../state/context';
import { useSetting } from '../../state/context';
import { ChartPanel } from './ChartPanel';
import { HistoryChart, type HistorySeries } from './HistoryChart';
import { Readout } from './Readout';
import { CrossEntropySplit, KL_SENTENCE } from './CrossEntropySplit';
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

/** The objectives other than the original GAN: their costs and J(D) where p_model = p_data and D is best. */
const OTHER_OBJECTIVES: Record<
  Exclude<Objective, 'gan'>,
  { d: ReactNode; g: string; equilibrium: number; label: string }
> = {
  lsgan: {
    d: <>D minimises J(D) = ½ E[(D(x) − 1)²] + ½ E[D(G(z))²]: squared error against the labels 1 and 0.</>,
    g: 'G minimises J(G) = ½ E[(D(G(z)) − 1)²]',
    equilibrium: 0.25,
    label: 'J(D) at equilibrium = ¼ (D = ½ everywhere)',
  },
  wgan: {
    d: <>The critic minimises J(D) = E[f(G(z))] − E[f(x)]: −J(D) estimates K·W1, K its slope.</>,
    g: 'G minimises J(G) = −E[f(G(z))]',
    equilibrium: 0,
    label: 'J(D) at equilibrium = 0',
  },
  'wgan-gp': {
    d: <>The critic minimises J(D) = E[f(G(z))] − E[f(x)] (+ the penalty, not shown): −J(D) estimates W1.</>,
    g: 'G minimises J(G) = −E[f(G(z))]',
    equilibrium: 0,
    label: 'J(D) at equilibrium = 0',
  },
  hinge: {
    d: <>D minimises J(D) = E[max(0, 1 − D(x))] + E[max(0, 1 + D(G(z)))]: a margin of 1 on each side.</>,
    g: 'G minimises J(G) = −E[D(G(z))]',
    equilibrium: 2,
    label: 'J(D) at equilibrium = 2 (= 2 − 2·TV)',
  },
};

export const LossChart = memo(function LossChart() {
  const snap = useSnapshot();
  const history = useHistory();
  const lossKind = useSetting('generatorLoss');
  const objective = snap?.analysis.objective ?? 'gan';
  const other = objective === 'gan' ? null : OTHER_OBJECTIVES[objective];
  const unit = other ? undefined : 'nats';
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
  const gFormula =
    lossKind === 'minimax'
      ? 'minimax: J(G) = −J(D) without its data term, which does not depend on G'
      : 'non-saturating: J(G) = −½ E[log D(G(z))]';

  return (
    <ChartPanel
      id="losses"
      title={other ? 'Losses' : 'Losses (nats)'}
      caption={
        other ? (
          other.d
        ) : (
          <>
            D minimises J(D) = −½ E[log D(x)] − ½ E[log(1 − D(G(z)))], its cross-entropy against the labels: KL(labels ‖
            D) + const.
          </>
        )
      }
      readouts={
        <>
          <Readout
            label="J(D)"
            color={COLORS.lossD}
            swatch="line"
            value={snap ? formatNumber(snap.lossD) : '–'}
            unit={unit}
            testId="readout-loss-d"
            title={`Batch loss of the latest discriminator update${unit ? ', in nats' : ''}`}
          />
          {!other && <CrossEntropySplit real={snap?.lossDReal} fake={snap?.lossDFake} />}
          <Readout
            label={
              other
                ? other.g
                : lossKind === 'minimax'
                  ? 'G minimises J(G) = ½ E[log(1 − D(G(z)))]'
                  : 'G minimises J(G) = −½ E[log D(G(z))]'
            }
            color={COLORS.lossG}
            swatch="line"
            value={snap ? formatNumber(snap.lossG) : '–'}
            unit={unit}
            testId="readout-loss-g"
            title={`Batch loss of the latest generator update${unit ? `, in nats: ${gFormula}` : ''}`}
          />
        </>
      }
      summary={
        <>
          <p>
            {last
              ? `Loss history over ${history.points.length} recorded points up to step ${last.step}: J(D) ${formatNumber(last.lossD)}${unit ? ' nats' : ''}, J(G) ${formatNumber(last.lossG)}${unit ? ' nats' : ''}. ${other ? other.label : 'J(D) at equilibrium is log 2 ≈ 0.693 nats'}.`
              : 'No training steps yet: the loss history is empty.'}
          </p>
          {snap && !other && (
            <p>
              J(D) of the latest batch, {formatNumber(snap.lossD)} nats, is one half of the mean −log D(x) over the real
              samples (label y = 1), {formatNumber(snap.lossDReal)}, plus one half of the mean −log(1 − D(G(z))) over
              the generated ones (label y = 0), {formatNumber(snap.lossDFake)}. {KL_SENTENCE}
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
            label: other ? 'loss' : 'loss (nats)',
            ticks: (y, { height }) => {
              const n = Math.max(2, Math.floor(height / 40));
              const format = y.tickFormat(n);
              return { values: y.ticks(n), format: (v) => minus(format(v)) };
            },
          }}
          references={[
            {
              value: equilibrium,
              label: other ? other.label : 'J(D) at equilibrium = log 2 ≈ 0.693',
              color: COLORS.reference,
            },
          ]}
          // Clear of the log 2 line, which runs just above the middle on the starting domain.
          emptyNote={{ text: 'Press Play or Step to start the history', dy: 24 }}
          ariaLabel={`Losses over training steps: J(D) and J(G)${other ? '' : ', in nats'}`}
          testId="chart-losses"
        />
      )}
    </ChartPanel>
  );
});
