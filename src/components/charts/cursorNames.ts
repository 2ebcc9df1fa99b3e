// What the hover readouts call the discriminator and its optimum under each objective (short forms of
// the Discriminator chart's legend): a critic is f, any other D is D.
import type { Objective } from '../../core/objectives';
import { OBJECTIVE_SPECS } from '../../core/objectiveSpecs';
import type { Translate } from '../../i18n/messages';

export function discriminatorNames(objective: Objective, t: Translate): { d: string; best: string } {
  return { d: OBJECTIVE_SPECS[objective].critic ? 'f(x)' : 'D(x)', best: t(`chart.cursor.${objective}.best`) };
}
