// What the hover readouts call the discriminator and its optimum under each objective (short forms of
// the Discriminator chart's legend).
import { isWasserstein, type Objective } from '../../core/objectives';

export function discriminatorNames(objective: Objective): { d: string; best: string } {
  if (isWasserstein(objective)) return { d: 'f(x)', best: 'f*(x)' };
  if (objective === 'hinge') return { d: 'D(x)', best: 'best D' };
  return { d: 'D(x)', best: 'D*(x)' };
}
