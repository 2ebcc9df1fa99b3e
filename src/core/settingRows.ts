// The kinds of row of the settings table (settingsTable.ts) and the helpers that write them. A row is
// everything about one setting: its URL-hash key (`short`), its scope, the values it accepts and its
// default. The Settings type is derived from the rows, so a setting is written once.

/**
 * What a change to a setting means, and so who needs to hear of it:
 * - `target`: p_data changes; the run goes on (live), and p_data on the grid is recomputed;
 * - `live`: the optimisation changes; the run goes on with the new values;
 * - `run`: a new run from step 0 (new networks or new noise);
 * - `backend`: tfjs moves to another backend (and the run restarts there);
 * - `display`: only the page draws differently; the worker never hears of it.
 */
export type SettingScope = 'target' | 'live' | 'run' | 'backend' | 'display';

interface RowBase<S extends SettingScope> {
  /** The key in the URL hash. */
  short: string;
  scope: S;
}
/** A number in [min, max]; `step` is the sliders' step (and the precision shown); integers are rounded. */
export interface NumberRow<S extends SettingScope = SettingScope> extends RowBase<S> {
  kind: 'number';
  min: number;
  max: number;
  step: number;
  integer: boolean;
  default: number;
}
/** One of `values` (each has a message `value.<v>`). */
interface EnumRow<T extends string = string, S extends SettingScope = SettingScope> extends RowBase<S> {
  kind: 'enum';
  values: readonly T[];
  default: T;
}
interface BoolRow<S extends SettingScope = SettingScope> extends RowBase<S> {
  kind: 'bool';
  default: boolean;
}
/** Free text (a lesson id, an encoded drawn density): valid when it matches `pattern` whole. */
interface TextRow<S extends SettingScope = SettingScope> extends RowBase<S> {
  kind: 'text';
  pattern: RegExp;
  maxLength: number;
  default: string;
}
export type SettingRow = NumberRow | EnumRow | BoolRow | TextRow;

/** A number in [min, max] by `step`, `def` by default. */
export const num = <S extends SettingScope>(
  scope: S,
  short: string,
  def: number,
  min: number,
  max: number,
  step: number,
): NumberRow<S> => ({ kind: 'number', scope, short, min, max, step, integer: false, default: def });

/** An integer in [min, max] (sliders step by 1), `def` by default. */
export const int = <S extends SettingScope>(
  scope: S,
  short: string,
  def: number,
  min: number,
  max: number,
): NumberRow<S> => ({
  kind: 'number',
  scope,
  short,
  min,
  max,
  step: 1,
  integer: true,
  default: def,
});

/** One of `values`; its type is the union of the values, written here once. */
export const oneOf = <S extends SettingScope, const T extends string>(
  scope: S,
  short: string,
  values: readonly T[],
  def: NoInfer<T>,
): EnumRow<T, S> => ({ kind: 'enum', scope, short, values, default: def });

export const flag = <S extends SettingScope>(scope: S, short: string, def: boolean): BoolRow<S> => ({
  kind: 'bool',
  scope,
  short,
  default: def,
});

export const text = <S extends SettingScope>(
  scope: S,
  short: string,
  def: string,
  pattern: RegExp,
  maxLength: number,
): TextRow<S> => ({ kind: 'text', scope, short, pattern, maxLength, default: def });
