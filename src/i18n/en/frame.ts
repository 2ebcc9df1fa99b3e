// English: the page's frame — the views (tabs) and their loading state.
import type { Message } from '../catalogue';

export const frame = {
  'views.label': 'Views',
  'views.loading': 'Loading…',
  'views.loadingFormulas': 'Loading the formulas…',
  'view.playground.label': 'Playground',
  'view.playground.description': 'A GAN trains live: p_model chases p_data, D chases D*',
  'view.likelihood.label': 'Likelihood',
  'view.likelihood.description':
    'Maximum likelihood, the baseline: fit m samples of p_data by one Gaussian or by EM, and watch KL(p_data‖fit)',
  'view.explorer.label': 'Divergences',
  'view.explorer.description':
    'Two densities P and Q: KL both ways, JS, cross-entropy and W1, where KL comes from, and fitting Q to P',
  'view.formulas.label': 'Formulas',
  'view.formulas.description': 'Every formula the app uses, typeset, with the running GAN’s numbers beside it',
  'view.dirac.label': 'Why GANs circle',
  'view.dirac.description':
    'The two-parameter Dirac GAN: gradient steps circle its equilibrium; R1 and instance noise pull them in',
  'view.experiment.label': 'Experiments',
  'view.experiment.description': 'One seed is an anecdote: setup A against variant B, trained on many seeds at once',
} as const satisfies Record<string, Message>;
