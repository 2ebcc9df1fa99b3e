// What the Formulas view knows per objective, in one place (docs/theory.md §6.9): what J(D*) equals by
// name, which card states it, the unit of its losses, which cards are in play under which objective,
// and which objectives share their best D. One small file, meant to give way to the objective registry:
// the view's cards ask it rather than compare objectives themselves.
import type { FormulaId } from './formulas';
import { isWasserstein, type Objective } from './objectives';
import type { Analysis } from './protocol';

/** The objective a snapshot was computed for (older snapshots: the original GAN). */
export const objectiveOf = (a: Pick<Analysis, 'objective'>): Objective => a.objective ?? 'gan';

/** The same game for the optimum: WGAN and WGAN-GP share their best critic (the penalty is not in J). */
export const sameOptimum = (x: Objective, y: Objective): boolean => x === y || (isWasserstein(x) && isWasserstein(y));

/** The objective whose best D stands for this one's (WGAN-GP → WGAN). */
export const optimumKey = (o: Objective): Objective => (isWasserstein(o) ? 'wgan' : o);

/** What J(D*) equals, by name, for each objective (a formula, the same in every language). */
export const CLOSED_FORM_NAME: Record<Objective, string> = {
  gan: 'log 2 − JS',
  lsgan: '¼ − Δ/8',
  wgan: '−W₁',
  'wgan-gp': '−W₁',
  hinge: '2 − 2·TV',
};

/** The Formulas card that states each objective's J(D*) (its id in FORMULAS). */
export const OPTIMUM_CARD: Record<Objective, FormulaId> = {
  gan: 'theorem',
  lsgan: 'lsgan-optimum',
  wgan: 'optimal-critic',
  'wgan-gp': 'optimal-critic',
  hinge: 'hinge-optimum',
};

/** The unit of an objective's losses: nats (the original GAN), units of x (a critic's scores), or none. */
type LossUnit = 'nats' | 'x' | 'none';
export const LOSS_UNIT: Record<Objective, LossUnit> = {
  gan: 'nats',
  lsgan: 'none',
  wgan: 'x',
  'wgan-gp': 'x',
  hinge: 'none',
};

/** D is a critic (its output a score in units of x) under these objectives; else a discriminator. */
export const isCritic = isWasserstein;

/** Only the original GAN lets G choose its loss (minimax or non-saturating); the others fix it. */
export const choosesGeneratorLoss = (o: Objective): boolean => o === 'gan';

/**
 * The cards that belong to some objectives: their live numbers need one of them to be training.
 * `badge: 'always'` marks "active"/"not active" in every case; `'whenOut'` only when out of play
 * (the original GAN's own formulas read as the default, with no badge while it trains); `'never'`:
 * the card says it in its note.
 */
type Badge = 'always' | 'whenOut' | 'never';
const IN_PLAY: Partial<Record<FormulaId, { objectives: readonly Objective[]; badge: Badge }>> = {
  bce: { objectives: ['gan'], badge: 'never' },
  'loss-d': { objectives: ['gan'], badge: 'whenOut' },
  'd-star': { objectives: ['gan', 'lsgan'], badge: 'whenOut' },
  theorem: { objectives: ['gan'], badge: 'whenOut' },
  'value-function': { objectives: ['gan'], badge: 'whenOut' },
  'loss-g-minimax': { objectives: ['gan'], badge: 'always' },
  'loss-g-non-saturating': { objectives: ['gan'], badge: 'always' },
  'loss-g-gradients': { objectives: ['gan'], badge: 'whenOut' },
  'lsgan-loss': { objectives: ['lsgan'], badge: 'always' },
  'lsgan-optimum': { objectives: ['lsgan'], badge: 'always' },
  'wgan-loss': { objectives: ['wgan'], badge: 'always' },
  'kantorovich-rubinstein': { objectives: ['wgan', 'wgan-gp'], badge: 'always' },
  'optimal-critic': { objectives: ['wgan', 'wgan-gp'], badge: 'always' },
  'wgan-gp': { objectives: ['wgan-gp'], badge: 'always' },
  'hinge-loss': { objectives: ['hinge'], badge: 'always' },
  'hinge-optimum': { objectives: ['hinge'], badge: 'always' },
};

/** Whether a card's live numbers are those of the objective training now (cards of no objective: always). */
export const inPlay = (id: FormulaId, objective: Objective): boolean =>
  IN_PLAY[id]?.objectives.includes(objective) ?? true;

/**
 * The card's objective badge: 'active' or 'notActive', or null for no badge (a card of no objective,
 * or one of the original GAN's own formulas while it trains).
 */
export function objectiveBadge(id: FormulaId, objective: Objective): 'active' | 'notActive' | null {
  const entry = IN_PLAY[id];
  if (!entry || entry.badge === 'never') return null;
  const on = entry.objectives.includes(objective);
  if (on && entry.badge === 'whenOut') return null;
  return on ? 'active' : 'notActive';
}
