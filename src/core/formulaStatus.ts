// Whether a switchable formula is in use under the current settings (docs/theory.md §6.5–§6.10): the
// generator loss, the objective, the stabilisers, the optimal-D mode. Codes only; the view words them.
import { objectiveBadge } from './formulaObjectives';
import type { FormulaId } from './formulas';
import { hasOptimalDGradient } from './objectives';
import type { Settings } from './settings';

/**
 * The badge of a formula card: 'active'/'notActive' for the formulas of one objective or generator
 * loss ('activeWithForm': WGAN-GP, with its penalty's form), 'on'/'off' for a stabiliser or the
 * optimal-D mode ('onWithSchedule': instance noise, with its schedule), 'notForHinge' for the optimal-D
 * mode under the hinge loss, whose best D gives G no gradient.
 */
export type FormulaStatus = 'active' | 'activeWithForm' | 'notActive' | 'on' | 'onWithSchedule' | 'off' | 'notForHinge';

type StatusSettings = Pick<
  Settings,
  'objective' | 'generatorLoss' | 'optimalD' | 'emaDecay' | 'r1Gamma' | 'instanceNoise'
>;

/** Whether a status reads as "in use" (drawn as such). */
const IN_USE: ReadonlySet<FormulaStatus> = new Set(['active', 'activeWithForm', 'on', 'onWithSchedule']);
export const isOn = (s: FormulaStatus): boolean => IN_USE.has(s);

/** The card's status now; null for a formula that is always in use (no badge). */
export function formulaStatus(id: FormulaId, s: StatusSettings): FormulaStatus | null {
  const badge = objectiveBadge(id, s.objective);
  const onOff = (on: boolean): FormulaStatus => (on ? 'on' : 'off');
  switch (id) {
    case 'loss-g-minimax':
    case 'loss-g-non-saturating': {
      const loss = id === 'loss-g-minimax' ? 'minimax' : 'non-saturating';
      return badge === 'active' && s.generatorLoss === loss ? 'active' : 'notActive';
    }
    case 'wgan-gp':
      return badge === 'active' ? 'activeWithForm' : 'notActive';
    case 'optimal-d-update':
    case 'optimal-d-push':
      return hasOptimalDGradient(s.objective) ? onOff(s.optimalD) : 'notForHinge';
    case 'ema':
      return onOff(s.emaDecay > 0);
    case 'r1':
      return onOff(s.r1Gamma > 0);
    case 'instance-noise':
      return s.instanceNoise > 0 ? 'onWithSchedule' : 'off';
    default:
      return badge;
  }
}
