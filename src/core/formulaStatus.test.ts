// Which formulas say they are in use, for the switches the settings hold.
import { describe, expect, it } from 'vitest';
import { formulaStatus, isOn } from './formulaStatus';
import { OBJECTIVES } from './objectives';
import { DEFAULT_SETTINGS, type Settings } from './settings';

const with_ = (s: Partial<Settings>) => ({ ...DEFAULT_SETTINGS, ...s });

describe('formula status', () => {
  it('minimax loss, R1 on, no EMA, no instance noise (as the e2e test’s link)', () => {
    const s = with_({ objective: 'gan', generatorLoss: 'minimax', r1Gamma: 1, emaDecay: 0, instanceNoise: 0 });
    expect(formulaStatus('loss-g-minimax', s)).toBe('active');
    expect(formulaStatus('loss-g-non-saturating', s)).toBe('notActive');
    expect(formulaStatus('r1', s)).toBe('on');
    expect(formulaStatus('ema', s)).toBe('off');
    expect(formulaStatus('instance-noise', s)).toBe('off');
    expect(formulaStatus('theorem', s)).toBeNull();
    expect(formulaStatus('js', s)).toBeNull();
  });
  it('a generator loss is active only under the original GAN', () => {
    for (const o of OBJECTIVES) {
      const s = with_({ objective: o, generatorLoss: 'non-saturating' });
      expect(formulaStatus('loss-g-non-saturating', s)).toBe(o === 'gan' ? 'active' : 'notActive');
      expect(formulaStatus('loss-g-minimax', s)).toBe('notActive');
    }
  });
  it('WGAN-GP says its form when active; instance noise its schedule', () => {
    expect(formulaStatus('wgan-gp', with_({ objective: 'wgan-gp' }))).toBe('activeWithForm');
    expect(formulaStatus('wgan-gp', with_({ objective: 'wgan' }))).toBe('notActive');
    expect(formulaStatus('instance-noise', with_({ instanceNoise: 0.1 }))).toBe('onWithSchedule');
    expect(formulaStatus('ema', with_({ emaDecay: 0.99 }))).toBe('on');
  });
  it('the optimal-D mode: on/off, and never under hinge (no gradient)', () => {
    for (const id of ['optimal-d-update', 'optimal-d-push'] as const) {
      expect(formulaStatus(id, with_({ objective: 'gan', optimalD: true }))).toBe('on');
      expect(formulaStatus(id, with_({ objective: 'lsgan', optimalD: false }))).toBe('off');
      expect(formulaStatus(id, with_({ objective: 'hinge', optimalD: true }))).toBe('notForHinge');
    }
  });
  it('reads as in use for active and on, not for the others', () => {
    expect(['active', 'activeWithForm', 'on', 'onWithSchedule'].every((s) => isOn(s as never))).toBe(true);
    expect(['notActive', 'off', 'notForHinge'].some((s) => isOn(s as never))).toBe(false);
  });
});
