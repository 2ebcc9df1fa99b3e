// The app's views, one entry each: the tabs, the view shown and the link's `view=` all come from here.
import type { ReactNode } from 'react';
import type { ViewId } from '../core/settings';
import { Playground } from './Playground';

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
];

/** The view for an id; a view this build does not have (an older or newer link) opens the playground. */
export const viewFor = (id: ViewId): ViewSpec => VIEWS.find((v) => v.id === id) ?? VIEWS[0];
