// The Formulas view's per-objective table agrees with itself and with the objectives: each objective's
// optimum card is in play under it, critics share one optimum, and each objective's cards are "active"
// exactly while it trains.
import { describe, expect, it } from 'vitest';
import {
  CLOSED_FORM_NAME,
  inPlay,
  isCritic,
  LOSS_UNIT,
  objectiveBadge,
  objectiveOf,
  OPTIMUM_CARD,
  optimumKey,
  sameOptimum,
} from './formulaObjectives';
import { FORMULAS, type FormulaId } from './formulas';
import { OBJECTIVES } from './objectives';

const IDS = FORMULAS.map((f) => f.id) as FormulaId[];

describe('the per-objective table of the Formulas view', () => {
  it('each objective’s optimum card is a formula in play under it and badged active then', () => {
    for (const o of OBJECTIVES) {
      expect(IDS).toContain(OPTIMUM_CARD[o]);
      expect(inPlay(OPTIMUM_CARD[o], o), o).toBe(true);
      expect(objectiveBadge(OPTIMUM_CARD[o], o) ?? 'active', o).toBe('active');
    }
  });
  it('critics share one optimum (−W₁, in units of x); the others each have their own', () => {
    for (const x of OBJECTIVES)
      for (const y of OBJECTIVES) {
        expect(sameOptimum(x, y), `${x} ${y}`).toBe(x === y || (isCritic(x) && isCritic(y)));
        expect(sameOptimum(x, y)).toBe(optimumKey(x) === optimumKey(y));
      }
    expect(CLOSED_FORM_NAME.wgan).toBe(CLOSED_FORM_NAME['wgan-gp']);
    expect(new Set(OBJECTIVES.map((o) => CLOSED_FORM_NAME[o])).size).toBe(4);
    for (const o of OBJECTIVES) expect(LOSS_UNIT[o] === 'x').toBe(isCritic(o));
  });
  it('a card of no objective is always in play and has no objective badge', () => {
    for (const id of ['js', 'kl', 'ema', 'mode-mass', 'optimal-d-push'] as const)
      for (const o of OBJECTIVES) {
        expect(inPlay(id, o)).toBe(true);
        expect(objectiveBadge(id, o)).toBeNull();
      }
  });
  it('each objective’s own cards are active under it and not active under the others', () => {
    const own = { lsgan: 'lsgan-loss', wgan: 'wgan-loss', 'wgan-gp': 'wgan-gp', hinge: 'hinge-loss' } as const;
    for (const [mine, id] of Object.entries(own))
      for (const o of OBJECTIVES)
        expect(objectiveBadge(id, o), `${id} under ${o}`).toBe(o === mine ? 'active' : 'notActive');
  });
  it('the original GAN’s own formulas carry no badge while it trains, "not active" otherwise', () => {
    for (const id of ['loss-d', 'theorem', 'value-function', 'loss-g-gradients'] as const) {
      expect(objectiveBadge(id, 'gan')).toBeNull();
      for (const o of OBJECTIVES.filter((o) => o !== 'gan')) expect(objectiveBadge(id, o)).toBe('notActive');
    }
    // D* = p_data/(p_data + p_model) is LSGAN's optimum too
    expect(inPlay('d-star', 'lsgan')).toBe(true);
    expect(inPlay('d-star', 'wgan')).toBe(false);
    // the cross-entropy card says so in its note, never in a badge
    expect(inPlay('bce', 'hinge')).toBe(false);
    expect(objectiveBadge('bce', 'hinge')).toBeNull();
  });
  it('a snapshot without an objective is the original GAN’s', () => {
    expect(objectiveOf({})).toBe('gan');
    expect(objectiveOf({ objective: 'hinge' })).toBe('hinge');
  });
});
