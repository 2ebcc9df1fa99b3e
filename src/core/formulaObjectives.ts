// Which Formulas cards belong to which objective (docs/theory.md §6.9), read from the objective registry
// (OBJECTIVE_SPECS[o].formulas): whether a card's live numbers are those of the objective training now,
// its "active"/"not active" badge, and which objectives share their best D. Only how a card shows its
// badge is the card's own (CARD_BADGE); the view's cards ask here rather than compare objectives.
import type { FormulaId } from './formulas';
import { OBJECTIVES, type Objective } from './objectives';
import { OBJECTIVE_SPECS } from './objectiveSpecs';

/** The same game for the optimum: objectives whose J(D*) is one card (WGAN and WGAN-GP: −W₁). */
export const sameOptimum = (x: Objective, y: Objective): boolean =>
  OBJECTIVE_SPECS[x].formulas.optimum === OBJECTIVE_SPECS[y].formulas.optimum;

/** The objective whose best D stands for this one's: the first in OBJECTIVES with the same optimum (WGAN-GP → WGAN). */
export const optimumKey = (o: Objective): Objective => OBJECTIVES.find((k) => sameOptimum(k, o)) ?? o;

/** Every card of an objective: its J(D), its J(D*) and the others in play under it. */
const cardsOf = (o: Objective): readonly FormulaId[] => {
  const { loss, optimum, others } = OBJECTIVE_SPECS[o].formulas;
  return [loss, optimum, ...others];
};

/** The objectives a card belongs to (none: a card of no objective, e.g. JS or EMA). */
const objectivesOf = (id: FormulaId): readonly Objective[] => OBJECTIVES.filter((o) => cardsOf(o).includes(id));

/**
 * How an objective's card shows its badge: 'always' (the default) marks "active"/"not active" in every
 * case; 'whenOut' only when out of play (the original GAN's own formulas read as the default, with no badge
 * while it trains); 'never': the card says it in its note.
 */
const CARD_BADGE: Partial<Record<FormulaId, 'whenOut' | 'never'>> = {
  bce: 'never',
  'loss-d': 'whenOut',
  'd-star': 'whenOut',
  theorem: 'whenOut',
  'value-function': 'whenOut',
  'loss-g-gradients': 'whenOut',
};

/** Whether a card's live numbers are those of the objective training now (cards of no objective: always). */
export function inPlay(id: FormulaId, objective: Objective): boolean {
  const owners = objectivesOf(id);
  return owners.length === 0 || owners.includes(objective);
}

/**
 * The card's objective badge: 'active' or 'notActive', or null for no badge (a card of no objective, one
 * that says it in its note, or one of the original GAN's own formulas while it trains).
 */
export function objectiveBadge(id: FormulaId, objective: Objective): 'active' | 'notActive' | null {
  const badge = CARD_BADGE[id] ?? 'always';
  if (objectivesOf(id).length === 0 || badge === 'never') return null;
  const on = inPlay(id, objective);
  if (on && badge === 'whenOut') return null;
  return on ? 'active' : 'notActive';
}
