// The stabilisers (docs/theory.md §6.7): each changes the game live, with one line on what it does.
import { memo } from 'react';
import { INSTANCE_NOISE_ANNEAL_STEPS } from '../core/settings';
import { useAppState, useSetting } from '../state/context';
import { EnumSegmented, PresetSegmented, Slider } from './controls';

const OFF = { value: 0, label: 'Off' };

/** From `npm run bench:convergence` (README, "Convergence"): bimodal and trimodal targets, 10 seeds each. */
const RECOMMENDED = {
  gamma: 1,
  held: '10 of 10 seeds for two modes and for three',
  without: '8 of 10 for two modes, 10 of 10 for three',
};

export const Stabilisers = memo(function Stabilisers() {
  const ema = useSetting('emaDecay');
  const noise = useSetting('instanceNoise');
  const active = [ema > 0 && 'EMA', useSetting('r1Gamma') > 0 && 'R1', noise > 0 && 'noise'].filter(Boolean);
  return (
    <details className="sidebar-section stabilisers" data-testid="stabilisers">
      <summary>
        <h2>Stabilisers</h2>
        <span className="summary-note">{active.length ? active.join(' · ') : 'none'}</span>
      </summary>
      <PresetSegmented
        k="emaDecay"
        legend="Average of G (EMA)"
        testId="setting-ema"
        presets={[OFF, { value: 0.99, label: '0.99' }, { value: 0.999, label: '0.999' }]}
      />
      <p className="hint">
        Shows a running average of G’s weights (decay β per step): p_model, D*, the divergences and the theorem use the
        averaged G; the histogram is still the training G’s batch.
      </p>
      <PresetSegmented
        k="r1Gamma"
        legend="R1 penalty γ"
        testId="setting-r1"
        presets={[OFF, { value: 0.1, label: '0.1' }, { value: 1, label: '1' }, { value: 10, label: '10' }]}
      />
      <p className="hint">
        Adds γ/2·E[(∂D/∂x)²] on real data to D’s loss: D may not be steep where the data is, which damps the circling
        (Mescheder et al. 2018). Costs about a quarter more per step.
      </p>
      <Slider k="instanceNoise" label="Instance noise σ" testId="setting-instance-noise" />
      {noise > 0 && (
        <EnumSegmented k="instanceNoiseSchedule" legend="Noise over time" testId="setting-noise-schedule" />
      )}
      <p className="hint">
        Adds N(0, σ²) to everything D sees, real and generated, so the two overlap and D’s gradient stays useful;
        annealed, σ falls to 0 over {INSTANCE_NOISE_ANNEAL_STEPS.toLocaleString('en')} steps.
      </p>
    </details>
  );
});

/** Under a target with several modes: the stabiliser the convergence benchmark recommends for them. */
export const MixtureAdvice = memo(function MixtureAdvice() {
  const { setSettingsPatch } = useAppState();
  const kind = useSetting('targetKind');
  const n = useSetting('components');
  const gamma = useSetting('r1Gamma');
  if (kind !== 'mixture' || n < 2 || gamma > 0) return null;
  return (
    <div className="advice" data-testid="mixture-advice">
      <p>
        Several modes: a GAN often drops one (mode collapse; watch the shares on the chart). With the R1 penalty γ = 1,
        every mode kept at least a third of its weight on {RECOMMENDED.held} in our benchmark (without:{' '}
        {RECOMMENDED.without}).
      </p>
      <button type="button" className="small-button" onClick={() => setSettingsPatch({ r1Gamma: RECOMMENDED.gamma })}>
        Use R1, γ = {RECOMMENDED.gamma}
      </button>
    </div>
  );
});
