// The game D and G play (docs/theory.md §6.9): the objective, its own parameters, a paragraph and its
// formula (the optimal-D toggle sits on the discriminator chart). Every objective is live: the run goes on under the new rules.
import { memo, type ReactNode } from 'react';
import { isWasserstein, type Objective } from '../core/objectives';
import type { Translate } from '../i18n/messages';
import { useSetting } from '../state/context';
import { useT } from '../state/language';
import { Checkbox, EnumSegmented, LogSlider, Select, Slider } from './controls';

/** J(D) and J(G) in plain Unicode (the formulas view has them typeset, with their sources); the words in them are messages. */
function formula(objective: Objective, t: Translate): ReactNode {
  switch (objective) {
    case 'gan':
      return (
        <>
          J(D) = −½E<sub>data</sub>[log D(x)] − ½E<sub>model</sub>[log(1 − D(x))]
        </>
      );
    case 'lsgan':
      return (
        <>
          J(D) = ½E<sub>data</sub>[(D(x) − 1)²] + ½E<sub>model</sub>[D(x)²], J(G) = ½E<sub>model</sub>[(D(x) − 1)²]
        </>
      );
    case 'wgan':
      return (
        <>
          J(D) = E<sub>model</sub>[f(x)] − E<sub>data</sub>[f(x)], {t('pg.obj.clipped')}; J(G) = −E
          <sub>model</sub>[f(x)]
        </>
      );
    case 'wgan-gp':
      return (
        <>
          J(D) = E<sub>model</sub>[f] − E<sub>data</sub>[f] + λE<sub>x̂</sub>[(|f′(x̂)| − 1)²], {t('pg.obj.between')}
        </>
      );
    case 'hinge':
      return (
        <>
          J(D) = E<sub>data</sub>[max(0, 1 − D(x))] + E<sub>model</sub>[max(0, 1 + D(x))], J(G) = −E<sub>model</sub>
          [D(x)]
        </>
      );
  }
}

const shortName = (objective: Objective, t: Translate): string =>
  objective === 'hinge' ? t('pg.obj.hingeShort') : objective.toUpperCase();

export const ObjectiveControls = memo(function ObjectiveControls() {
  const objective = useSetting('objective');
  const optimalD = useSetting('optimalD');
  const t = useT();
  return (
    <details className="sidebar-section objective" data-testid="objective-section">
      <summary>
        <h2>{t('pg.obj.heading')}</h2>
        <span className="summary-note">
          {shortName(objective, t)}
          {optimalD ? ' · D*' : ''}
        </span>
      </summary>
      <Select k="objective" testId="setting-objective" />
      <p className="formula-line" data-testid="objective-formula">
        {formula(objective, t)}
      </p>
      <p className="hint" data-testid="objective-paragraph">
        {t(`pg.obj.${objective}`)}
      </p>
      {objective === 'gan' && <EnumSegmented k="generatorLoss" testId="setting-generator-loss" />}
      {objective === 'wgan' && <LogSlider k="clipValue" testId="setting-clip" lo={0.001} hi={1} />}
      {objective === 'wgan-gp' && (
        <>
          <Slider k="gpLambda" testId="setting-gp-lambda" />
          <Checkbox k="gpOneSided" testId="setting-gp-one-sided" />
        </>
      )}
      {isWasserstein(objective) && <p className="hint">{t('pg.obj.wganNote')}</p>}
    </details>
  );
});
