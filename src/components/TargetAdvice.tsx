// Under a target with several modes: the training settings the benchmarks recommend for it, what they
// were measured to do, and why JS still stays above 0.01 (core/targetAdvice.ts); one click applies them.
import { memo } from 'react';
import { followsAdvice, targetAdvice } from '../core/targetAdvice';
import { useAppState, useSetting } from '../state/context';
import { formatNumber } from '../state/format';
import { useT } from '../state/language';

export const TargetAdvice = memo(function TargetAdvice() {
  const { setSettingsPatch } = useAppState();
  const t = useT();
  // Only the settings the advice reads or sets: a slider elsewhere does not redraw it.
  const settings = {
    targetKind: useSetting('targetKind'),
    components: useSetting('components'),
    gActivation: useSetting('gActivation'),
    gHidden: useSetting('gHidden'),
    r1Gamma: useSetting('r1Gamma'),
  };
  const advice = targetAdvice(settings);
  if (!advice || followsAdvice(settings, advice)) return null;
  const modes = advice.target === 'two-modes' ? 2 : 3;
  return (
    <div className="advice" data-testid="mixture-advice">
      <p>
        {t('pg.advice.text', {
          modes,
          seeds: advice.seeds,
          held: advice.held,
          heldByDefaults: advice.heldByDefaults,
          lateJs: formatNumber(advice.lateJs),
          lateJsByDefaults: formatNumber(advice.lateJsByDefaults),
          gHidden: advice.settings.gHidden ?? settings.gHidden,
          gamma: advice.settings.r1Gamma ?? settings.r1Gamma,
        })}
      </p>
      <p className="hint">
        {t('pg.advice.why', {
          bridge: advice.bridge.toFixed(1),
          share: Math.round(100 * advice.jsFromGaps),
          slope: Math.round(100 * advice.slopeShare),
        })}
      </p>
      <button type="button" className="small-button" onClick={() => setSettingsPatch(advice.settings)}>
        {t('pg.advice.button', {
          gHidden: advice.settings.gHidden ?? settings.gHidden,
          gamma: advice.settings.r1Gamma ?? settings.r1Gamma,
        })}
      </button>
    </div>
  );
});
