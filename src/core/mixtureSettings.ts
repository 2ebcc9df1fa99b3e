// Gaussian mixtures in the settings: the playground's target and the explorer's P and Q are each a
// component count and a mean, σ and weight per component, as flat settings (`mean0`, `explorerPStd2`, …)
// so that each has its own URL key. One helper writes their rows and one names their keys.
import { int, num, type NumberRow, type SettingScope } from './settingRows';

export const MAX_COMPONENTS = 3;

export interface MixtureComponent {
  mean: number;
  std: number;
  weight: number;
}

/** The per-component settings of a Gaussian mixture. */
export type ComponentField = keyof MixtureComponent;
type ComponentIndex = 0 | 1 | 2;

/**
 * The mixtures' setting names: the target's have no prefix (`components`, `mean0`, `std0`, …), the
 * others a prefix and capitals (`explorerPComponents`, `explorerPMean0`, …).
 */
type MixturePrefix = '' | `explorer${ExplorerDensity}`;
type MixtureKey<P extends MixturePrefix, F extends ComponentField = ComponentField> = P extends ''
  ? `${F}${ComponentIndex}`
  : `${P}${Capitalize<F>}${ComponentIndex}`;
type CountKey<P extends MixturePrefix> = P extends '' ? 'components' : `${P}Components`;

/** The setting that holds `field` of component i (0-based) of the mixture named by `prefix`. */
function mixtureKey<P extends MixturePrefix, F extends ComponentField>(
  prefix: P,
  field: F,
  i: number,
): MixtureKey<P, F> {
  if (!Number.isInteger(i) || i < 0 || i >= MAX_COMPONENTS) throw new RangeError(`no mixture component ${i}`);
  const name = prefix === '' ? field : field[0].toUpperCase() + field.slice(1);
  return `${prefix}${name}${i}` as MixtureKey<P, F>;
}

const countKey = <P extends MixturePrefix>(prefix: P): CountKey<P> =>
  (prefix === '' ? 'components' : `${prefix}Components`) as CountKey<P>;

/**
 * The rows of one mixture, in the table's order: the count (1 by default), then mean, σ and weight of
 * each component. URL keys are `short` + n, m0, s0, w0, m1, … Means lie in [−4, 4], σ in [0.1, stdMax],
 * weights in [0.05, 1] (set, not normalised).
 */
export function mixtureRows<P extends MixturePrefix, S extends SettingScope>(
  prefix: P,
  scope: S,
  short: string,
  stdMax: number,
  defaults: readonly [MixtureComponent, MixtureComponent, MixtureComponent],
): { [K in CountKey<P> | MixtureKey<P>]: NumberRow<S> } {
  const rows: Record<string, NumberRow<S>> = { [countKey(prefix)]: int(scope, `${short}n`, 1, 1, MAX_COMPONENTS) };
  defaults.forEach((c, i) => {
    rows[mixtureKey(prefix, 'mean', i)] = num(scope, `${short}m${i}`, c.mean, -4, 4, 0.05);
    rows[mixtureKey(prefix, 'std', i)] = num(scope, `${short}s${i}`, c.std, 0.1, stdMax, 0.01);
    rows[mixtureKey(prefix, 'weight', i)] = num(scope, `${short}w${i}`, c.weight, 0.05, 1, 0.01);
  });
  return rows as { [K in CountKey<P> | MixtureKey<P>]: NumberRow<S> };
}

/** The components in use (the first `count` of them) of the mixture named by `prefix`, weights as set. */
function componentsOf<P extends MixturePrefix>(
  s: Readonly<Record<CountKey<P> | MixtureKey<P>, number>>,
  prefix: P,
): MixtureComponent[] {
  const n = Math.min(MAX_COMPONENTS, Math.max(1, Math.round(s[countKey(prefix)])));
  return Array.from({ length: n }, (_, i) => ({
    mean: s[mixtureKey(prefix, 'mean', i)],
    std: s[mixtureKey(prefix, 'std', i)],
    weight: s[mixtureKey(prefix, 'weight', i)],
  }));
}

// ---------- the target ----------

export type ComponentKey<F extends ComponentField = ComponentField> = MixtureKey<'', F>;

/** The setting that holds `field` of the target's component i (0-based), e.g. componentKey('mean', 1) = 'mean1'. */
export const componentKey = <F extends ComponentField>(field: F, i: number): ComponentKey<F> =>
  mixtureKey('', field, i);

/** The target's components in use (the first `components` of them), weights as set (not normalised). */
export const mixtureComponents = (s: Readonly<Record<'components' | ComponentKey, number>>): MixtureComponent[] =>
  componentsOf(s, '');

// ---------- the explorer's P and Q ----------

export type ExplorerDensity = 'P' | 'Q';
export type ExplorerKey<F extends ComponentField = ComponentField> = MixtureKey<`explorer${ExplorerDensity}`, F>;

/** The setting that holds `field` of component i of the explorer's P or Q, e.g. ('P', 'mean', 0) → 'explorerPMean0'. */
export const explorerKey = <F extends ComponentField>(density: ExplorerDensity, field: F, i: number): ExplorerKey<F> =>
  mixtureKey(`explorer${density}`, field, i);

/** The components in use of the explorer's P or Q. */
export const explorerComponents = (
  s: Readonly<Record<CountKey<`explorer${ExplorerDensity}`> | ExplorerKey, number>>,
  density: ExplorerDensity,
): MixtureComponent[] => componentsOf(s, `explorer${density}`);
