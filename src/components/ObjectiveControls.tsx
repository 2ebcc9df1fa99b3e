// The game D and G play (docs/theory.md §6.9): the objective, its own parameters, a paragraph and its
// formula (the optimal-D toggle sits on the discriminator chart). Every objective is live: the run goes on under the new rules.
import { memo, type ReactNode } from 'react';
import { isWasserstein, type Objective } from '../core/objectives';
import { useSetting } from '../state/context';
import { Checkbox, EnumSegmented, LogSlider, Select, Slider } from './controls';

interface ObjectiveText {
  /** J(D) and J(G) in plain Unicode (the formulas view has them typeset, with their sources). */
  formula: ReactNode;
  paragraph: ReactNode;
}

const TEXTS: Record<Objective, ObjectiveText> = {
  gan: {
    formula: (
      <>
        J(D) = −½E<sub>data</sub>[log D(x)] − ½E<sub>model</sub>[log(1 − D(x))]
      </>
    ),
    paragraph: (
      <>
        D is a classifier, D(x) = “probability that x is real”, trained by binary cross-entropy (Goodfellow et al.
        2014). Against the best D, G minimises 2·JS − log 4.
      </>
    ),
  },
  lsgan: {
    formula: (
      <>
        J(D) = ½E<sub>data</sub>[(D(x) − 1)²] + ½E<sub>model</sub>[D(x)²], J(G) = ½E<sub>model</sub>[(D(x) − 1)²]
      </>
    ),
    paragraph: (
      <>
        D regresses labels 1 (real) and 0 (generated) by squared error (Mao et al. 2017). Its best D is the same D* as
        the original GAN’s, but a trained D keeps pulling a generated sample that sits far on the real side of the
        boundary: its squared error does not saturate as the log does.
      </>
    ),
  },
  wgan: {
    formula: (
      <>
        J(D) = E<sub>model</sub>[f(x)] − E<sub>data</sub>[f(x)], weights clipped to [−c, c]; J(G) = −E
        <sub>model</sub>[f(x)]
      </>
    ),
    paragraph: (
      <>
        D becomes a critic f scoring realness, unbounded (Arjovsky et al. 2017). Over 1-Lipschitz critics the best score
        gap is the Wasserstein-1 distance W1, which keeps a useful gradient even when the two densities do not overlap.
        Clipping the weights only bounds the slope by some K, so the critic estimates K·W1.
      </>
    ),
  },
  'wgan-gp': {
    formula: (
      <>
        J(D) = E<sub>model</sub>[f] − E<sub>data</sub>[f] + λE<sub>x̂</sub>[(|f′(x̂)| − 1)²], x̂ between a real and a
        generated sample
      </>
    ),
    paragraph: (
      <>
        Instead of clipping, a penalty keeps the critic’s slope near 1 between the data and the model (Gulrajani et al.
        2017). In one dimension the two-sided penalty traps the critic: to turn its slope from −1 to +1 it must pass
        through 0, where it pays λ. The one-sided form max(0, |f′| − 1)² has no such wall.
      </>
    ),
  },
  hinge: {
    formula: (
      <>
        J(D) = E<sub>data</sub>[max(0, 1 − D(x))] + E<sub>model</sub>[max(0, 1 + D(x))], J(G) = −E<sub>model</sub>
        [D(x)]
      </>
    ),
    paragraph: (
      <>
        A margin loss, as in support vector machines (Lim &amp; Ye 2017, Miyato et al. 2018): D is only pushed until
        real samples score above 1 and generated ones below −1. Its best D is the step sign(p_data − p_model), and the
        best value 2 − 2·TV measures the total variation.
      </>
    ),
  },
};

const SHORT_NAMES: Record<Objective, string> = {
  gan: 'GAN',
  lsgan: 'LSGAN',
  wgan: 'WGAN',
  'wgan-gp': 'WGAN-GP',
  hinge: 'hinge',
};

export const ObjectiveControls = memo(function ObjectiveControls() {
  const objective = useSetting('objective');
  const optimalD = useSetting('optimalD');
  const text = TEXTS[objective];
  return (
    <details className="sidebar-section objective" data-testid="objective-section">
      <summary>
        <h2>The game</h2>
        <span className="summary-note">
          {SHORT_NAMES[objective]}
          {optimalD ? ' · D*' : ''}
        </span>
      </summary>
      <Select k="objective" label="Objective" testId="setting-objective" />
      <p className="formula-line" data-testid="objective-formula">
        {text.formula}
      </p>
      <p className="hint" data-testid="objective-paragraph">
        {text.paragraph}
      </p>
      {objective === 'gan' && <EnumSegmented k="generatorLoss" testId="setting-generator-loss" />}
      {objective === 'wgan' && <LogSlider k="clipValue" testId="setting-clip" lo={0.001} hi={1} />}
      {objective === 'wgan-gp' && (
        <>
          <Slider k="gpLambda" testId="setting-gp-lambda" />
          <Checkbox k="gpOneSided" testId="setting-gp-one-sided" />
        </>
      )}
      {isWasserstein(objective) && (
        <p className="hint">The WGAN papers train the critic k = 5 times per G step (Training settings, k).</p>
      )}
    </details>
  );
});
