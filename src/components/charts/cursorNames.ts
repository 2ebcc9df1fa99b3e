// What the hover readouts call the discriminator and its optimum under each objective (short forms of
// the Discriminator chart's legend).
import { isWasserstein, type Objective } from '../../core/objectives';
import type { Translate } from '../../i18n/messages';

export function discriminatorNames(objective: Objective, t: Translate): { d: string; best: string } {
  if (isWasserstein(objective)) return { d: 'f(x)', best: 'f*(x)' };
  if (objective === 'hinge') return { d: 'D(x)', best: t('chart.cursor.bestD') };
  return { d: 'D(x)', best: 'D*(x)' };
}
