// The app's views, one entry each: the tabs, the view shown and the link's `view=` all come from here.
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import type { ViewId } from '../core/settings';
import { FormulasTab } from './formulas';
import { Playground } from './Playground';

/** The theory lab's views load on demand: the playground's page does not pay for them. */
function onDemand(load: () => Promise<{ default: ComponentType }>): () => ReactNode {
  const View = lazy(load);
  return function render() {
    return (
      <Suspense fallback={<p className="view-loading">Loading…</p>}>
        <View />
      </Suspense>
    );
  };
}

const LikelihoodView = onDemand(() =>
  import('./likelihood/LikelihoodView').then((m) => ({ default: m.LikelihoodView })),
);
const Explorer = onDemand(() => import('./explorer/Explorer').then((m) => ({ default: m.Explorer })));
const DiracView = onDemand(() => import('./dirac/DiracView').then((m) => ({ default: m.DiracView })));

export interface ViewSpec {
  id: ViewId;
  /** The tab's name. */
  label: string;
  /** What the view is for (the tab's tooltip). */
  description: string;
  render: () => ReactNode;
}

export const VIEWS: readonly ViewSpec[] = [
  {
    id: 'playground',
    label: 'Playground',
    description: 'A GAN trains live: p_model chases p_data, D chases D*',
    render: () => <Playground />,
  },
  {
    id: 'likelihood',
    label: 'Likelihood',
    description:
      'Maximum likelihood, the baseline: fit m samples of p_data by one Gaussian or by EM, and watch KL(p_data‖fit)',
    render: LikelihoodView,
  },
  {
    id: 'explorer',
    label: 'Divergences',
    description:
      'Two densities P and Q: KL both ways, JS, cross-entropy and W1, where KL comes from, and fitting Q to P',
    render: Explorer,
  },
  {
    id: 'formulas',
    label: 'Formulas',
    description: 'Every formula the app uses, typeset, with the running GAN’s numbers beside it',
    render: () => <FormulasTab />,
  },
  {
    id: 'dirac',
    label: 'Why GANs circle',
    description:
      'The two-parameter Dirac GAN: gradient steps circle its equilibrium; R1 and instance noise pull them in',
    render: DiracView,
  },
];

/** The view for an id; a view this build does not have (an older or newer link) opens the playground. */
export const viewFor = (id: ViewId): ViewSpec => VIEWS.find((v) => v.id === id) ?? VIEWS[0];
