// The app's views, one entry each: the tabs, the view shown and the link's `view=` all come from here.
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import type { ViewId } from '../core/settings';
import { useT } from '../state/language';
import { FormulasTab } from './formulas';
import { Playground } from './Playground';

function Loading() {
  return <p className="view-loading">{useT()('views.loading')}</p>;
}

/** The theory lab's views load on demand: the playground's page does not pay for them. */
function onDemand(load: () => Promise<{ default: ComponentType }>): () => ReactNode {
  const View = lazy(load);
  return function render() {
    return (
      <Suspense fallback={<Loading />}>
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

/** A view; its tab's name and tooltip are the messages `view.<id>.label` and `view.<id>.description`. */
export interface ViewSpec {
  id: ViewId;
  render: () => ReactNode;
}

export const VIEWS: readonly ViewSpec[] = [
  {
    id: 'playground',
    render: () => <Playground />,
  },
  {
    id: 'likelihood',
    render: LikelihoodView,
  },
  {
    id: 'explorer',
    render: Explorer,
  },
  {
    id: 'formulas',
    render: () => <FormulasTab />,
  },
  {
    id: 'dirac',
    render: DiracView,
  },
];

/** The view for an id; a view this build does not have (an older or newer link) opens the playground. */
export const viewFor = (id: ViewId): ViewSpec => VIEWS.find((v) => v.id === id) ?? VIEWS[0];
