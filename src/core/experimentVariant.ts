// Variant B: the training settings it overrides, as the `variantB` setting writes them (`short:value`
// pairs with the link's own keys, comma separated). TEMPORARY minimal version for the ui branch: the
// link engineer's file (same signatures) replaces it at merge.
import { clampSetting, SETTINGS_TABLE, type TrainingSettings } from './settings';

/** What B may override. */
export const VARIANT_KEYS: readonly (keyof TrainingSettings)[] = [
  'objective',
  'generatorLoss',
  'r1Gamma',
  'emaDecay',
  'instanceNoise',
  'instanceNoiseSchedule',
  'kD',
  'lrD',
  'lrG',
  'beta1',
  'optimizer',
  'gHidden',
  'gDepth',
  'gActivation',
  'dHidden',
  'dDepth',
  'dActivation',
  'noise',
  'batchSize',
  'clipValue',
  'gpLambda',
  'gpOneSided',
];

const KEY_BY_SHORT = new Map(VARIANT_KEYS.map((k) => [SETTINGS_TABLE[k].short as string, k] as const));

/** The variantB setting's overrides; what is not valid is left out. */
export function parseVariant(text: string): Partial<TrainingSettings> {
  const out: Partial<Record<keyof TrainingSettings, unknown>> = {};
  for (const part of text.split(',')) {
    const [short, raw] = part.split(':');
    const key = KEY_BY_SHORT.get(short);
    if (!key || raw === undefined) continue;
    const row = SETTINGS_TABLE[key];
    if (row.kind === 'number') {
      const v = Number(raw);
      if (raw !== '' && Number.isFinite(v)) out[key] = clampSetting(key, v as never);
    } else if (row.kind === 'bool') {
      if (raw === '0' || raw === '1') out[key] = raw === '1';
    } else if ((row as { values?: readonly string[] }).values?.includes(raw)) out[key] = raw;
  }
  return out as Partial<TrainingSettings>;
}

/** Overrides in the canonical variantB form (VARIANT_KEYS' order). */
export function variantText(overrides: Partial<TrainingSettings>): string {
  return VARIANT_KEYS.filter((k) => overrides[k] !== undefined)
    .map((k) => {
      const v = overrides[k];
      const text =
        typeof v === 'boolean' ? (v ? '1' : '0') : String(typeof v === 'number' ? Number(v.toPrecision(6)) : v);
      return `${SETTINGS_TABLE[k].short}:${text}`;
    })
    .join(',');
}

/** A's settings with B's overrides. */
export function variantSettings(a: TrainingSettings, variantB: string): TrainingSettings {
  return { ...a, ...parseVariant(variantB) };
}
