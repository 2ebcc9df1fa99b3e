// The game D and G play (docs/theory.md §6.9): the objective, its own parameters, a paragraph and its
// formula (the optimal-D toggle sits on the discriminator chart). Every objective is live: the run goes on under the new rules.
import { Fragment, memo, type ReactNode } from 'react';
import type { Objective } from '../core/objectives';
import { OBJECTIVE_SPECS, type ObjectiveSetting } from '../core/objectiveSpecs';
import type { Translate } from '../i18n/messages';
import { useSetting } from '../state/context';
import { useT } from '../state/language';
import { Checkbox, EnumSegmented, LogSlider, Select, Slider } from './controls';

/** J(D) and J(G) in plain Unicode (the formulas view has them typeset, with their sources); the words in them are messages. */
const FORMULA: Record<Objective, (t: Translate) => ReactNode> = {
  gan: () => (
    <>
      J(D) = −½E<sub>data</sub>[log D(x)] − ½E<sub>model</sub>[log(1 − D(x))]
    </>
  ),
  lsgan: () => (
    <>
      J(D) = ½E<sub>data</sub>[(D(x) − 1)²] + ½E<sub>model</sub>[D(x)²], J(G) = ½E<sub>model</sub>[(D(x) − 1)²]
    </>
  ),
  wgan: (t) => (
    <>
      J(D) = E<sub>model</sub>[f(x)] − E<sub>data</sub>[f(x)], {t('pg.obj.clipped')}; J(G) = −E
      <sub>model</sub>[f(x)]
    </>
  ),
  'wgan-gp': (t) => (
    <>
      J(D) = E<sub>model</sub>[f] − E<sub>data</sub>[f] + λE<sub>x̂</sub>[(|f′(x̂)| − 1)²], {t('pg.obj.between')}
    </>
  ),
  hinge: () => (
    <>
      J(D) = E<sub>data</sub>[max(0, 1 − D(x))] + E<sub>model</sub>[max(0, 1 + D(x))], J(G) = −E<sub>model</sub>
      [D(x)]
    </>
  ),
};

/** The control of each setting an objective may use (its spec lists which). */
const SETTING_CONTROL: Record<ObjectiveSetting, ReactNode> = {
  generatorLoss: <EnumSegmented k="generatorLoss" testId="setting-generator-loss" />,
  clipValue: <LogSlider k="clipValue" testId="setting-clip" lo={0.001} hi={1} />,
  gpLambda: <Slider k="gpLambda" testId="setting-gp-lambda" />,
  gpOneSided: <Checkbox k="gpOneSided" testId="setting-gp-one-sided" />,
};

export const ObjectiveControls = memo(function ObjectiveControls() {
  const objective = useSetting('objective');
  const optimalD = useSetting('optimalD');
  const t = useT();
  const spec = OBJECTIVE_SPECS[objective];
  return (
    <details className="sidebar-section objective" data-testid="objective-section">
      <summary>
        <h2>{t('pg.obj.heading')}</h2>
        <span className="summary-note">
          {t(`pg.obj.${objective}.short`)}
          {optimalD ? ' · D*' : ''}
        </span>
      </summary>
      <Select k="objective" testId="setting-objective" />
      <p className="formula-line" data-testid="objective-formula">
        {FORMULA[objective](t)}
      </p>
      <p className="hint" data-testid="objective-paragraph">
        {t(`pg.obj.${objective}`)}
      </p>
      {spec.settings.map((k) => (
        <Fragment key={k}>{SETTING_CONTROL[k]}</Fragment>
      ))}
      {spec.critic && <p className="hint">{t('pg.obj.wganNote')}</p>}
    </details>
  );
});
