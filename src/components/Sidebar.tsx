// The control sidebar: the target p_data first (what a class plays with), then the training settings.
import { memo } from 'react';
import { componentKey, MAX_COMPONENTS } from '../core/settings';
import { useAppState, useSetting } from '../state/context';
import { useT } from '../state/language';
import { BackendProbes } from './Header';
import { Stabilisers } from './Stabilisers';
import { TargetAdvice } from './TargetAdvice';
import { ObjectiveControls } from './ObjectiveControls';
import { TheoryCheck } from './TheoryCheck';
import { DrawnTargetControls, TargetShape } from './DrawnTarget';
import { Checkbox, EnumSegmented, LogSlider, NumberField, Segmented, Select, Slider } from './controls';

function WeightShare({ i }: { i: number }) {
  const n = useSetting('components');
  const w = [useSetting('weight0'), useSetting('weight1'), useSetting('weight2')];
  const total = w.slice(0, n).reduce((a, b) => a + b, 0);
  const t = useT();
  return (
    <span className="share" title={t('pg.target.share')}>
      {' '}
      · {Math.round((100 * w[i]) / total)}%
    </span>
  );
}

function ComponentControls({ i }: { i: number }) {
  const n = useSetting('components');
  const t = useT();
  return (
    <fieldset className="component">
      <legend>
        <span className="handle-badge" aria-hidden="true">
          {i + 1}
        </span>{' '}
        {t('pg.target.component', { n: i + 1 })}
        {n > 1 && <WeightShare i={i} />}
      </legend>
      <Slider k={componentKey('mean', i)} testId={`target-mean-${i}`} label={t('pg.target.mean')} />
      <Slider k={componentKey('std', i)} testId={`target-std-${i}`} label={t('pg.target.spread')} />
      {n > 1 && <Slider k={componentKey('weight', i)} testId={`target-weight-${i}`} label={t('pg.target.weight')} />}
    </fieldset>
  );
}

const TargetControls = memo(function TargetControls() {
  const { setSetting } = useAppState();
  const kind = useSetting('targetKind');
  const n = useSetting('components');
  const t = useT();
  return (
    <section className="sidebar-section" aria-labelledby="target-heading">
      <h2 id="target-heading">{t('pg.target.heading')}</h2>
      <TargetShape />
      {kind === 'drawn' ? (
        <DrawnTargetControls />
      ) : kind === 'mixture' ? (
        <>
          <Segmented
            name="components"
            legend={t('setting.components')}
            value={n}
            testId="target-components"
            options={Array.from({ length: MAX_COMPONENTS }, (_, i) => ({ value: i + 1, label: String(i + 1) }))}
            onChange={(v) => setSetting('components', v)}
          />
          {Array.from({ length: n }, (_, i) => (
            <ComponentControls key={i} i={i} />
          ))}
          <TargetAdvice />
        </>
      ) : (
        <fieldset className="component">
          <legend>{t('pg.target.uniform')}</legend>
          <Slider k="uniformLow" testId="target-uniform-low" label={t('pg.target.from')} />
          <Slider k="uniformHigh" testId="target-uniform-high" label={t('pg.target.to')} />
        </fieldset>
      )}
    </section>
  );
});

const TrainingSettings = memo(function TrainingSettings() {
  const optimizer = useSetting('optimizer');
  const t = useT();
  return (
    <details className="sidebar-section training" data-testid="training-settings">
      <summary>
        <h2>{t('pg.training.heading')}</h2>
      </summary>
      <Select k="noise" testId="setting-noise" />
      <fieldset className="group">
        <legend>{t('pg.training.generator')}</legend>
        <Slider k="gHidden" label={t('pg.training.width')} testId="setting-g-hidden" />
        <Slider k="gDepth" label={t('pg.training.layers')} testId="setting-g-depth" />
        <Select k="gActivation" label={t('pg.training.activation')} testId="setting-g-activation" />
      </fieldset>
      <fieldset className="group">
        <legend>{t('pg.training.discriminator')}</legend>
        <Slider k="dHidden" label={t('pg.training.width')} testId="setting-d-hidden" />
        <Slider k="dDepth" label={t('pg.training.layers')} testId="setting-d-depth" />
        <Select k="dActivation" label={t('pg.training.activation')} testId="setting-d-activation" />
      </fieldset>
      <fieldset className="group">
        <legend>{t('pg.training.optimisation')}</legend>
        <Select k="optimizer" testId="setting-optimizer" />
        <LogSlider k="lrD" testId="setting-lr-d" lo={1e-5} hi={10} />
        <LogSlider k="lrG" testId="setting-lr-g" lo={1e-5} hi={10} />
        {optimizer === 'adam' && <Slider k="beta1" testId="setting-beta1" step={0.05} />}
        <LogSlider k="batchSize" testId="setting-batch-size" decimalsPerDecade={30} />
        <Slider k="kD" testId="setting-k" />
      </fieldset>
      <fieldset className="group">
        <legend>{t('pg.training.run')}</legend>
        <div className="seed-row">
          <NumberField k="seed" testId="setting-seed" label={t('setting.seed')} />
        </div>
        <Select k="backend" testId="setting-backend" />
        <BackendProbes />
      </fieldset>
      <fieldset className="group">
        <legend>{t('pg.training.display')}</legend>
        <EnumSegmented k="units" legend={t('pg.training.units')} testId="setting-units" />
        <Checkbox k="showHistogram" testId="setting-histogram" />
      </fieldset>
    </details>
  );
});

export function Sidebar() {
  const t = useT();
  return (
    <aside className="sidebar" aria-label={t('pg.sidebar.label')}>
      <TargetControls />
      <ObjectiveControls />
      <Stabilisers />
      <TrainingSettings />
      <TheoryCheck />
    </aside>
  );
}
