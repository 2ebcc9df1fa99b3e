// The sentences of the Experiments view about a setup: what A is (target, objective, stabilisers) and
// what B changes ("r1 γ = 1, EMA = 0"), in the interface's language.
import { SETTINGS_TABLE, type EnumValue, type TrainingSettings } from '../../core/settings';
import type { Translate } from '../../i18n/messages';

/** One setting's value as the view shows it: an enum's name, on/off, or the number. */
export function valueText(t: Translate, key: keyof TrainingSettings, value: unknown): string {
  const row = SETTINGS_TABLE[key];
  if (row.kind === 'bool') return t(value ? 'exp.on' : 'exp.off');
  if (row.kind === 'enum') return t(`value.${value as EnumValue}`);
  return String(value);
}

/** "A: two Gaussian modes; G 1 → 16 → 16 → 1 tanh, D 1 → 16 → 16 → 16 → 1 leaky ReLU; Original GAN; EMA β = 0.99." */
export function setupText(t: Translate, s: TrainingSettings): string {
  const target =
    s.targetKind === 'mixture'
      ? t('exp.target.modes', { n: s.components })
      : t(s.targetKind === 'uniform' ? 'exp.target.uniform' : 'exp.target.drawn');
  const stabilisers = [
    s.emaDecay > 0 ? t('exp.stab.ema', { beta: s.emaDecay }) : null,
    s.r1Gamma > 0 ? t('exp.stab.r1', { gamma: s.r1Gamma }) : null,
    s.instanceNoise > 0 ? t('exp.stab.noise', { sigma: s.instanceNoise }) : null,
    s.kD > 1 ? t('exp.stab.k', { k: s.kD }) : null,
  ].filter((x): x is string => x !== null);
  // "1 → 16 → 16 → 1 tanh": the layer widths, then the hidden units' activation.
  const net = (width: number, depth: number, activation: TrainingSettings['gActivation']) =>
    `${[1, ...Array<number>(depth).fill(width), 1].join(' → ')} ${valueText(t, 'gActivation', activation)}`;
  return t('exp.aIs', {
    target,
    nets: t('exp.nets', { g: net(s.gHidden, s.gDepth, s.gActivation), d: net(s.dHidden, s.dDepth, s.dActivation) }),
    objective: valueText(t, 'objective', s.objective),
    stabilisers: stabilisers.length ? stabilisers.join(', ') : t('exp.stab.none'),
  });
}

/** "B = A with R1 γ = 1, EMA = 0", or that B is A. */
export function variantLine(t: Translate, overrides: Partial<TrainingSettings>): string {
  const changes = (Object.keys(overrides) as (keyof TrainingSettings)[]).map((k) =>
    t('exp.change', { label: t(`setting.${k}`), value: valueText(t, k, overrides[k]) }),
  );
  return changes.length ? t('exp.bIs', { changes: changes.join(', ') }) : t('exp.bSame');
}
