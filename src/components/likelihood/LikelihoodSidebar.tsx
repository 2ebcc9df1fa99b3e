// The likelihood view's controls: the target (the playground's p_data, shown here; two presets), the
// number of samples m, the mixture's K, a new sample, and the fit drawn on the playground.
import { useId } from 'react';
import { MAX_FIT_COMPONENTS, SIGMA_FLOOR } from '../../core/mixtureEm';
import { DEFAULT_SETTINGS, mixtureComponents, SETTINGS_TABLE, type Settings } from '../../core/settings';
import { useAppState, useScope, useSetting } from '../../state/context';
import { useT } from '../../state/language';
import { Checkbox, NumberField, Segmented } from '../controls';
import { fixed } from './shared';

/** The target of docs/theory.md §2's example: ½ N(−2, 0.5²) + ½ N(2, 0.5²). */
const TWO_BUMPS: Partial<Settings> = {
  targetKind: 'mixture',
  components: 2,
  mean0: -2,
  std0: 0.5,
  weight0: 1,
  mean1: 2,
  std1: 0.5,
  weight1: 1,
};
const DEFAULT_TARGET: Partial<Settings> = {
  targetKind: DEFAULT_SETTINGS.targetKind,
  components: DEFAULT_SETTINGS.components,
  mean0: DEFAULT_SETTINGS.mean0,
  std0: DEFAULT_SETTINGS.std0,
  weight0: DEFAULT_SETTINGS.weight0,
};

const M_RANGE = SETTINGS_TABLE.likelihoodSamples;
const LOG_MIN = Math.log10(M_RANGE.min);
const LOG_MAX = Math.log10(M_RANGE.max);

/** A slider position (log10 m) to a readable m: whole numbers below 100, two significant digits above. */
const sliderToSamples = (v: number): number => {
  const m = 10 ** v;
  return m < 100 ? Math.round(m) : Number(m.toPrecision(2));
};

function TargetSummary() {
  const s = useScope('target');
  const { setSetting, setSettingsPatch } = useAppState();
  const t = useT();
  const cs = mixtureComponents(s);
  const total = cs.reduce((a, c) => a + c.weight, 0);
  return (
    <section className="sidebar-section likelihood-target" aria-labelledby="likelihood-target-heading">
      <h2 id="likelihood-target-heading">{t('theory.likelihood.target')}</h2>
      <p className="likelihood-target-formula" data-testid="likelihood-target">
        {s.targetKind === 'uniform'
          ? `U(${fixed(s.uniformLow)}, ${fixed(s.uniformHigh)})`
          : s.targetKind === 'drawn'
            ? t('theory.likelihood.drawnTarget')
            : cs.map((c, i) => (
                <span key={i}>
                  {i > 0 && ' + '}
                  {cs.length > 1 && `${Math.round((100 * c.weight) / total)}% `}N({fixed(c.mean)}, {fixed(c.std)}²)
                </span>
              ))}
      </p>
      <p className="hint">{t('theory.likelihood.targetHint')}</p>
      <div className="likelihood-buttons">
        <button
          type="button"
          className="small-button"
          data-testid="likelihood-two-bumps"
          onClick={() => setSettingsPatch(TWO_BUMPS)}
        >
          {t('theory.likelihood.twoBumps')}
        </button>
        <button type="button" className="small-button" onClick={() => setSettingsPatch(DEFAULT_TARGET)}>
          {t('theory.likelihood.oneBump')}
        </button>
        <button type="button" className="small-button" onClick={() => setSetting('view', 'playground')}>
          {t('theory.likelihood.editInPlayground')}
        </button>
      </div>
    </section>
  );
}

function SamplesSlider() {
  const id = useId();
  const m = useSetting('likelihoodSamples');
  const { setSetting } = useAppState();
  const t = useT();
  return (
    <div className="control slider likelihood-m">
      <label htmlFor={id}>{t('theory.likelihood.samplesM')}</label>
      <input
        id={id}
        type="range"
        min={LOG_MIN}
        max={LOG_MAX}
        step={0.01}
        value={Math.log10(m)}
        aria-valuetext={t('theory.likelihood.samplesValue', { m })}
        data-testid="likelihood-samples"
        onChange={(e) => setSetting('likelihoodSamples', sliderToSamples(Number(e.currentTarget.value)))}
      />
      <NumberField
        k="likelihoodSamples"
        ariaLabel={t('theory.likelihood.samplesExact')}
        testId="likelihood-samples-exact"
      />
    </div>
  );
}

export function LikelihoodSidebar() {
  const { setSetting } = useAppState();
  const K = useSetting('likelihoodComponents');
  const seed = useSetting('likelihoodSeed');
  const t = useT();
  return (
    <aside className="sidebar likelihood-sidebar" aria-label={t('theory.likelihood.settings')}>
      <section className="sidebar-section" aria-labelledby="likelihood-heading">
        <h2 id="likelihood-heading">{t('theory.likelihood.title')}</h2>
        <p className="likelihood-intro">{t('theory.likelihood.intro')}</p>
      </section>
      <section className="sidebar-section" aria-labelledby="likelihood-fit-heading">
        <h2 id="likelihood-fit-heading">{t('theory.likelihood.samplesAndModel')}</h2>
        <SamplesSlider />
        <Segmented
          name="likelihood-components"
          legend={t('theory.likelihood.componentsK')}
          value={K}
          testId="likelihood-components"
          options={Array.from({ length: MAX_FIT_COMPONENTS }, (_, i) => ({ value: i + 1, label: String(i + 1) }))}
          onChange={(v) => setSetting('likelihoodComponents', v)}
        />
        <div className="likelihood-resample">
          <button
            type="button"
            className="small-button"
            data-testid="likelihood-resample"
            onClick={() => setSetting('likelihoodSeed', seed >= SETTINGS_TABLE.likelihoodSeed.max ? 0 : seed + 1)}
          >
            {t('theory.likelihood.resample')}
          </button>
          <span className="hint">
            {t('theory.likelihood.seed')} <span data-testid="likelihood-seed">{seed}</span>
          </span>
        </div>
        <p className="hint">{t('theory.likelihood.methodHint', { floor: SIGMA_FLOOR })}</p>
        <Checkbox k="showMleFit" testId="likelihood-show-mle" />
        <p className="hint">{t('theory.likelihood.overlayHint')}</p>
      </section>
      <TargetSummary />
    </aside>
  );
}
