// Variant B of an experiment: setup A with a few training settings overridden. The overrides live in
// the `variantB` setting as `short:value,…` (the link's own keys and value texts, in VARIANT_KEYS'
// order), and a link carries them as `b.<short>=<value>` fields (core/settingsLink.ts). Every value is
// read by the link's own reader (settingValue.ts), so B's values are validated and clamped like A's.
import {
  clampSetting,
  normalizeSettings,
  SETTING_KEYS,
  SETTINGS_TABLE,
  trainingSettings,
  type Settings,
  type TrainingSettings,
} from './settings';
import { cut, readSettingValue, settingValueText, type ValueProblem } from './settingValue';

/**
 * The training settings B may override: how D and G play and learn, and their networks. Not the seed
 * (each arm runs every seed), the backend, optimal-D or slow motion (the playground's ways of watching),
 * nor the target (A and B must learn the same p_data to be compared).
 */
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

/** What is wrong with one of B's overrides (the page words it as B's: src/state/messages.ts). */
export type VariantProblem =
  /** `b.<short>` names no setting at all. */
  | { code: 'variant-unknown-setting'; short: string }
  /** `b.<short>` names a setting B may not change (the seed, the target, a display setting…). */
  | { code: 'variant-fixed-setting'; setting: keyof Settings }
  /** The value is not valid for the setting (an out-of-range number is clamped and kept). */
  | { code: 'variant-bad-value'; problem: ValueProblem };

const KEY_BY_SHORT = new Map(SETTING_KEYS.map((k) => [SETTINGS_TABLE[k].short as string, k] as const));
const OVERRIDABLE = new Set<keyof Settings>(VARIANT_KEYS);

/** B's fields, `[short, raw value]`, as a link (`b.r1=1`) or the variantB setting (`r1:1`) holds them. */
export type VariantFields = [short: string, raw: string][];

/** Reads B's fields: the valid overrides (a repeated key: the last wins) and what was wrong with the rest. */
export function readVariantFields(fields: VariantFields): {
  overrides: Partial<TrainingSettings>;
  problems: VariantProblem[];
} {
  const overrides: Partial<Record<keyof Settings, unknown>> = {};
  const problems: VariantProblem[] = [];
  for (const [short, raw] of fields) {
    const setting = KEY_BY_SHORT.get(short);
    if (!setting) {
      problems.push({ code: 'variant-unknown-setting', short: cut(short) });
      continue;
    }
    if (!OVERRIDABLE.has(setting)) {
      problems.push({ code: 'variant-fixed-setting', setting });
      continue;
    }
    const { value, problem } = readSettingValue(setting, raw);
    if (problem) problems.push({ code: 'variant-bad-value', problem });
    if (value !== undefined) overrides[setting] = value;
  }
  return { overrides: overrides as Partial<TrainingSettings>, problems };
}

/** The variantB setting's text as fields (`r1:1,ema:0` → [['r1', '1'], ['ema', '0']]). */
export function variantFields(text: string): VariantFields {
  if (text === '') return [];
  return text.split(',').map((part) => {
    const colon = part.indexOf(':');
    return colon < 0 ? [part, ''] : [part.slice(0, colon), part.slice(colon + 1)];
  });
}

/** The variantB setting → B's overrides (what is not valid is left out; readVariantFields says why). */
export const parseVariant = (text: string): Partial<TrainingSettings> =>
  readVariantFields(variantFields(text)).overrides;

/** B's overrides → the canonical variantB text: VARIANT_KEYS' order, the link's keys and value texts. */
export function variantText(overrides: Partial<TrainingSettings>): string {
  const parts: string[] = [];
  for (const key of VARIANT_KEYS) {
    const v = overrides[key];
    if (v === undefined) continue;
    parts.push(`${SETTINGS_TABLE[key].short}:${settingValueText(key, clampSetting(key, v as never))}`);
  }
  return parts.join(',');
}

/**
 * B's training settings: A with B's overrides, made whole like any settings (the cross-field rules
 * hold: e.g. hinge has no optimal-D mode, so B = hinge turns A's optimal D off).
 */
export const variantSettings = (a: TrainingSettings, variantB: string): TrainingSettings =>
  trainingSettings(normalizeSettings({ ...a, ...parseVariant(variantB) }));
