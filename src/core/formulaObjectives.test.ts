// The Formulas view's cards of each objective, read from the registry: each objective's cards are formulas
// in play under it, critics share one optimum, and each objective's cards are "active" exactly while it trains.
import { describe, expect, it } from 'vitest';
import { inPlay, objectiveBadge, optimumKey, sameOptimum } from './formulaObjectives';
import { FORMULAS, type FormulaId } from './formulas';
import { objectiveOf, OBJECTIVES } from './objectives';
import { OBJECTIVE_SPECS } from './objectiveSpecs';

const IDS = FORMULAS.map((f) => f.id) as FormulaId[];

describe('the per-objective table of the Formulas view', () => {
  it('each objective’s cards are formulas in play under it and badged active then', () => {
    for (const o of OBJECTIVES) {
      const { loss, optimum, others } = OBJECTIVE_SPECS[o].formulas;
      for (const id of [loss, optimum, ...others]) {
        expect(IDS).toContain(id);
        expect(inPlay(id, o), `${id} under ${o}`).toBe(true);
        expect(objectiveBadge(id, o) ?? 'active', `${id} under ${o}`).toBe('active');
      }
    }
  });
  it('critics share one optimum (−W₁, in units of x); the others each have their own', () => {
    for (const x of OBJECTIVES)
      for (const y of OBJECTIVES) {
        const critics = OBJECTIVE_SPECS[x].critic && OBJECTIVE_SPECS[y].critic;
        expect(sameOptimum(x, y), `${x} ${y}`).toBe(x === y || critics);
        expect(sameOptimum(x, y)).toBe(optimumKey(x) === optimumKey(y));
      }
    expect(optimumKey('wgan-gp')).toBe('wgan');
    const name = (o: (typeof OBJECTIVES)[number]) => OBJECTIVE_SPECS[o].closedFormName;
    expect(name('wgan')).toBe(name('wgan-gp'));
    expect(new Set(OBJECTIVES.map(name)).size).toBe(4);
    for (const o of OBJECTIVES) expect(OBJECTIVE_SPECS[o].unit === 'x').toBe(OBJECTIVE_SPECS[o].critic);
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
    expect(objectiveOf(null)).toBe('gan');
    expect(objectiveOf({ objective: 'hinge' })).toBe('hinge');
  });
});
