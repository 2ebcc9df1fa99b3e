// The explorer's numbers: KL both ways, JS, the cross-entropy, P's entropy and W1, the identity
// H(P, Q) = H(P) + KL(P‖Q) with the current numbers, and the closed-form KL when P and Q are Gaussians.
import type { ExplorerMeasures } from '../../core/explorer';
import type { Units } from '../../core/settings';
import { formatNumber, toUnits, unitLabel } from '../../state/format';
import { Readout } from '../charts/Readout';
import { COLORS } from '../charts/theme';
import { fixed3, GeMarker, klTitle, KLReadout, W1_COLOR } from './shared';

export function MeasuresBar({
  m,
  closedForm,
  units,
}: {
  m: ExplorerMeasures;
  closedForm: { pq: number; qp: number } | null;
  units: Units;
}) {
  const u = unitLabel(units);
  const ce = m.crossEntropy;
  const ceTitle = klTitle(ce, 'q', 'p');
  const inUnits = (v: number) => toUnits(v, units);
  return (
    <section
      className="panel explorer-measures"
      aria-labelledby="explorer-measures-title"
      data-testid="explorer-measures"
    >
      <div className="panel-head">
        <h2 id="explorer-measures-title" className="sr-only">
          P against Q
        </h2>
        <div className="readouts" role="group" aria-label="Divergences between P and Q">
          <KLReadout
            label="KL(P‖Q)"
            hint="forward KL: mode covering, punishes Q missing P's mass"
            kl={m.klPQ}
            units={units}
            testId="explorer-kl-pq"
            color={COLORS.klForward}
            refName="q"
            otherName="p"
          />
          <KLReadout
            label="KL(Q‖P)"
            hint="reverse KL: mode seeking, punishes Q putting mass where P has none"
            kl={m.klQP}
            units={units}
            testId="explorer-kl-qp"
            color={COLORS.klReverse}
            refName="p"
            otherName="q"
          />
          <Readout
            label="JS(P‖Q)"
            color={COLORS.js}
            swatch="line"
            value={formatNumber(inUnits(m.js))}
            unit={u}
            testId="explorer-js"
            title="JS(P‖Q) = ½ KL(P‖M) + ½ KL(Q‖M), M = (P + Q)/2; 0 ≤ JS ≤ log 2 = 1 bit"
          />
          <Readout
            label="H(P, Q)"
            value={ce.infinite ? '∞' : formatNumber(inUnits(ce.value))}
            unit={u}
            testId="explorer-cross-entropy"
            before={<GeMarker kl={ce} title={ceTitle} />}
            title={`Cross-entropy −∫ p log q dx. ${ceTitle}`}
          />
          <Readout
            label="H(P)"
            value={formatNumber(inUnits(m.entropyP))}
            unit={u}
            testId="explorer-entropy-p"
            title="Entropy of P, −∫ p log p dx (differential entropy: negative for a narrow P)"
          />
          <Readout
            label="W1"
            color={W1_COLOR}
            swatch="line"
            value={formatNumber(m.w1)}
            testId="explorer-w1"
            title="Wasserstein-1 (earth mover's) distance ∫|F_P − F_Q| dx, in units of x (not nats)"
          />
        </div>
      </div>
      <div className="explorer-equation-row">
        <p className="explorer-equation" data-testid="explorer-equation">
          <span className="explorer-eq-formula">H(P, Q) = H(P) + KL(P‖Q):</span>{' '}
          <span className="explorer-eq-numbers">
            {ce.floored && !ce.infinite && <>≥ </>}
            <output data-testid="explorer-eq-cross-entropy">
              {ce.infinite ? '∞' : fixed3(inUnits(ce.value))}
            </output> = <output data-testid="explorer-eq-entropy-p">{fixed3(inUnits(m.entropyP))}</output> +{' '}
            {m.klPQ.floored && !m.klPQ.infinite && <>≥ </>}
            <output data-testid="explorer-eq-kl-pq">{m.klPQ.infinite ? '∞' : fixed3(inUnits(m.klPQ.value))}</output> {u}
          </span>
        </p>
        {closedForm && (
          <p
            className="explorer-closed-form"
            title="KL(P‖Q) and KL(Q‖P) of two Gaussians in closed form: KL(N(μ₁, σ₁²) ‖ N(μ₂, σ₂²)) = log(σ₂/σ₁) + (σ₁² + (μ₁ − μ₂)²)/(2σ₂²) − ½ (docs/theory.md §3)"
          >
            Closed form: KL(P‖Q){' '}
            <output data-testid="explorer-kl-pq-closed">{formatNumber(inUnits(closedForm.pq))}</output>, KL(Q‖P){' '}
            <output data-testid="explorer-kl-qp-closed">{formatNumber(inUnits(closedForm.qp))}</output> {u}
          </p>
        )}
      </div>
    </section>
  );
}
