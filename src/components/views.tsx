// The app's views, one entry each: the tabs, the view shown and the link's `view=` all come from here.
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import type { ViewId } from '../core/settings';
import { loadEnglishArea, type LazyArea } from '../i18n/messages';
import { useT } from '../state/language';
import { FormulasTab } from './formulas';
import { Playground } from './Playground';

function Loading() {
  return <p className="view-loading">{useT()('views.loading')}</p>;
}

/**
 * The theory lab's views load on demand, with their English messages (another language's catalogue is
 * whole): the playground's page does not pay for them.
 */
function onDemand(load: () => Promise<{ default: ComponentType }>, messages: LazyArea): () => ReactNode {
  const View = lazy(() => Promise.all([load(), loadEnglishArea(messages)]).then(([view]) => view));
  return function render() {
    return (
      <Suspense fallback={<Loading />}>
        <View />
      </Suspense>
    );
  };
}

const LikelihoodView = onDemand(
  () => import('./likelihood/LikelihoodView').then((m) => ({ default: m.LikelihoodView })),
  'theory',
);
const Explorer = onDemand(() => import('./explorer/Explorer').then((m) => ({ default: m.Explorer })), 'theory');
const DiracView = onDemand(() => import('./dirac/DiracView').then((m) => ({ default: m.DiracView })), 'theory');
const ExperimentView = onDemand(
  () => import('./experiment/ExperimentView').then((m) => ({ default: m.ExperimentView })),
  'experiment',
);

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
  {
    id: 'experiment',
    render: ExperimentView,
  },
];

/** The view for an id; a view this build does not have (an older or newer link) opens the playground. */
export const viewFor = (id: ViewId): ViewSpec => VIEWS.find((v) => v.id === id) ?? VIEWS[0];
