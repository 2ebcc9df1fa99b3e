// The stabilisers (docs/theory.md §6.7): each changes the game live, with one line on what it does.
import { memo } from 'react';
import { INSTANCE_NOISE_ANNEAL_STEPS } from '../core/settings';
import { useSetting } from '../state/context';
import { useT } from '../state/language';
import { EnumSegmented, PresetSegmented, Slider } from './controls';

export const Stabilisers = memo(function Stabilisers() {
  const ema = useSetting('emaDecay');
  const noise = useSetting('instanceNoise');
  const t = useT();
  const off = { value: 0, label: t('pg.stab.off') };
  const active = [
    ema > 0 && t('pg.stab.activeEma'),
    useSetting('r1Gamma') > 0 && t('pg.stab.activeR1'),
    noise > 0 && t('pg.stab.activeNoise'),
  ].filter(Boolean);
  return (
    <details className="sidebar-section stabilisers" data-testid="stabilisers">
      <summary>
        <h2>{t('pg.stab.heading')}</h2>
        <span className="summary-note">{active.length ? active.join(' · ') : t('pg.stab.none')}</span>
      </summary>
      <PresetSegmented
        k="emaDecay"
        legend={t('pg.stab.ema')}
        testId="setting-ema"
        presets={[off, { value: 0.99, label: '0.99' }, { value: 0.999, label: '0.999' }]}
      />
      <p className="hint">{t('pg.stab.emaHint')}</p>
      <PresetSegmented
        k="r1Gamma"
        legend={t('setting.r1Gamma')}
        testId="setting-r1"
        presets={[off, { value: 0.1, label: '0.1' }, { value: 1, label: '1' }, { value: 10, label: '10' }]}
      />
      <p className="hint">{t('pg.stab.r1Hint')}</p>
      <Slider k="instanceNoise" testId="setting-instance-noise" />
      {noise > 0 && (
        <EnumSegmented k="instanceNoiseSchedule" legend={t('pg.stab.schedule')} testId="setting-noise-schedule" />
      )}
      <p className="hint">{t('pg.stab.noiseHint', { steps: INSTANCE_NOISE_ANNEAL_STEPS.toLocaleString('en') })}</p>
    </details>
  );
});
