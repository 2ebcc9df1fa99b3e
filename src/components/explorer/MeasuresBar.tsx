// The explorer's numbers: KL both ways, JS, the cross-entropy, P's entropy and W1, the identity
// H(P, Q) = H(P) + KL(P‖Q) with the current numbers, and the closed-form KL when P and Q are Gaussians.
import type { ExplorerMeasures } from '../../core/explorer';
import type { Units } from '../../core/settings';
import { formatNumber, toUnits, unitLabel } from '../../state/format';
import { useT } from '../../state/language';
import { BoundMarker, klTooltip, KLReadout } from '../charts/KLReadout';
import { Readout } from '../charts/Readout';
import { COLORS } from '../charts/theme';
import { fixed3, W1_COLOR } from './shared';

export function MeasuresBar({
  m,
  closedForm,
  units,
}: {
  m: ExplorerMeasures;
  closedForm: { pq: number; qp: number } | null;
  units: Units;
}) {
  const t = useT();
  const u = unitLabel(t, units);
  const ce = m.crossEntropy;
  const ceTitle = klTooltip(t, ce, 'q', 'p');
  const inUnits = (v: number) => toUnits(v, units);
  return (
    <section
      className="panel explorer-measures"
      aria-labelledby="explorer-measures-title"
      data-testid="explorer-measures"
    >
      <div className="panel-head">
        <h2 id="explorer-measures-title" className="sr-only">
          {t('theory.explorer.measuresHeading')}
        </h2>
        <div className="readouts" role="group" aria-label={t('theory.explorer.measuresLabel')}>
          <KLReadout
            label="KL(P‖Q)"
            hint={t('theory.explorer.klForwardHint')}
            kl={m.klPQ}
            units={units}
            testId="explorer-kl-pq"
            color={COLORS.klForward}
            swatch="line"
            refName="q"
            otherName="p"
          />
          <KLReadout
            label="KL(Q‖P)"
            hint={t('theory.explorer.klReverseHint')}
            kl={m.klQP}
            units={units}
            testId="explorer-kl-qp"
            color={COLORS.klReverse}
            swatch="line"
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
            title={t('theory.explorer.jsTitle')}
          />
          <Readout
            label="H(P, Q)"
            value={ce.infinite ? '∞' : formatNumber(inUnits(ce.value))}
            unit={u}
            testId="explorer-cross-entropy"
            before={<BoundMarker kl={ce} title={ceTitle} />}
            title={t('theory.explorer.crossEntropyTitle', { why: ceTitle })}
          />
          <Readout
            label="H(P)"
            value={formatNumber(inUnits(m.entropyP))}
            unit={u}
            testId="explorer-entropy-p"
            title={t('theory.explorer.entropyTitle')}
          />
          <Readout
            label="W1"
            color={W1_COLOR}
            swatch="line"
            value={formatNumber(m.w1)}
            testId="explorer-w1"
            title={t('theory.explorer.w1Title')}
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
          <p className="explorer-closed-form" title={t('theory.explorer.closedFormTitle')}>
            {t('theory.explorer.closedForm')} KL(P‖Q){' '}
            <output data-testid="explorer-kl-pq-closed">{formatNumber(inUnits(closedForm.pq))}</output>, KL(Q‖P){' '}
            <output data-testid="explorer-kl-qp-closed">{formatNumber(inUnits(closedForm.qp))}</output> {u}
          </p>
        )}
      </div>
    </section>
  );
}
