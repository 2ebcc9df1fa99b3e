// Inputs bound to one setting each. Every change goes through setSetting (updateSetting clamps), so
// no input can produce an invalid value (σ = 0, weights summing to 0, low ≥ high, …).
import { useId, useState, type ReactNode } from 'react';
import { SETTINGS_TABLE, type EnumValue, type Settings } from '../core/settings';
import { useAppState, useSetting } from '../state/context';
import { decimalsOf } from '../state/format';
import { useT } from '../state/language';

type NumberKey = { [K in keyof Settings]: Settings[K] extends number ? K : never }[keyof Settings];
type EnumKey = { [K in keyof Settings]: Settings[K] extends number | boolean ? never : K }[keyof Settings];
type BoolKey = { [K in keyof Settings]: Settings[K] extends boolean ? K : never }[keyof Settings];

const numberProp = (k: NumberKey) => SETTINGS_TABLE[k] as { min: number; max: number; step: number; integer?: boolean };
const enumValues = (k: EnumKey) => (SETTINGS_TABLE[k] as { values: readonly EnumValue[] }).values;

function formatSettingValue(k: NumberKey, v: number): string {
  const p = numberProp(k);
  return p.integer ? String(Math.round(v)) : v.toFixed(decimalsOf(p.step)).replace(/^-/, '−');
}

/** A range slider with a visible label and its current value. */
export function Slider({
  k,
  testId,
  label,
  extra,
  step,
}: {
  k: NumberKey;
  testId?: string;
  label?: ReactNode;
  extra?: ReactNode;
  step?: number;
}) {
  const id = useId();
  const value = useSetting(k);
  const { setSetting } = useAppState();
  const t = useT();
  const p = numberProp(k);
  return (
    <div className="control slider">
      <label htmlFor={id}>{label ?? t(`setting.${k}`)}</label>
      <input
        id={id}
        type="range"
        min={p.min}
        max={p.max}
        step={step ?? p.step}
        value={value}
        data-testid={testId}
        onChange={(e) => setSetting(k, Number(e.currentTarget.value))}
      />
      <output htmlFor={id} className="value">
        {formatSettingValue(k, value)}
        {extra}
      </output>
    </div>
  );
}

/** A slider on a log10 scale (learning rates, batch size) plus an exact number field. */
export function LogSlider({
  k,
  testId,
  decimalsPerDecade = 20,
  lo,
  hi,
}: {
  k: NumberKey;
  testId?: string;
  decimalsPerDecade?: number;
  lo?: number;
  hi?: number;
}) {
  const id = useId();
  const value = useSetting(k);
  const { setSetting } = useAppState();
  const t = useT();
  const p = numberProp(k);
  const min = Math.log10(lo ?? p.min),
    max = Math.log10(hi ?? p.max);
  return (
    <div className="control slider log-slider">
      <label htmlFor={id}>{t(`setting.${k}`)}</label>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={1 / decimalsPerDecade}
        value={Math.log10(value)}
        aria-valuetext={String(value)}
        onChange={(e) => {
          const v = 10 ** Number(e.currentTarget.value);
          // Round to 2 significant digits (integers stay integers) so values read well: 0.0020, 128.
          setSetting(k, p.integer ? Math.round(v) : Number(v.toPrecision(2)));
        }}
      />
      <NumberField k={k} testId={testId} ariaLabel={t('pg.control.exact', { label: t(`setting.${k}`) })} />
    </div>
  );
}

/**
 * A number typed by hand: edited as text, applied (clamped) on Enter or when leaving the field.
 * The field then shows what was actually applied.
 */
export function NumberField({
  k,
  testId,
  ariaLabel,
  label,
}: {
  k: NumberKey;
  testId?: string;
  ariaLabel?: string;
  label?: ReactNode;
}) {
  const id = useId();
  const value = useSetting(k);
  const { setSetting } = useAppState();
  const t = useT();
  const p = numberProp(k);
  // What the user is typing, and the value it was typed over: a new value from elsewhere replaces it.
  const [edit, setEdit] = useState<{ text: string; over: number } | null>(null);
  const draft = edit && edit.over === value ? edit.text : null;
  const setDraft = (text: string | null) => setEdit(text === null ? null : { text, over: value });
  const commit = () => {
    if (draft === null) return;
    const v = Number(draft.replace('−', '-').replace(',', '.'));
    if (draft.trim() !== '' && Number.isFinite(v)) setSetting(k, v);
    setDraft(null);
  };
  const input = (
    <input
      id={id}
      className="number-field"
      type="text"
      inputMode="decimal"
      aria-label={label ? undefined : (ariaLabel ?? t(`setting.${k}`))}
      data-testid={testId}
      value={draft ?? String(value)}
      onChange={(e) => setDraft(e.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') setDraft(null);
      }}
      title={t('pg.control.range', { min: p.min, max: p.max })}
    />
  );
  if (!label) return input;
  return (
    <div className="control field">
      <label htmlFor={id}>{label}</label>
      {input}
    </div>
  );
}

/** A drop-down for an enum setting. */
export function Select({ k, testId, label }: { k: EnumKey; testId?: string; label?: ReactNode }) {
  const id = useId();
  const value = useSetting(k) as string;
  const { setSetting } = useAppState();
  const t = useT();
  return (
    <div className="control field">
      <label htmlFor={id}>{label ?? t(`setting.${k}`)}</label>
      <select
        id={id}
        value={value}
        data-testid={testId}
        onChange={(e) => setSetting(k, e.currentTarget.value as never)}
      >
        {enumValues(k).map((v) => (
          <option key={v} value={v}>
            {t(`value.${v}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A row of radio buttons that looks like a segmented switch (for 2–3 choices). */
export function Segmented<T extends string | number>({
  name,
  legend,
  value,
  options,
  onChange,
  testId,
}: {
  name: string;
  legend: ReactNode;
  value: T;
  options: readonly { value: T; label: ReactNode }[];
  onChange: (v: T) => void;
  testId?: string;
}) {
  const id = useId();
  return (
    <fieldset className="control segmented" data-testid={testId}>
      <legend>{legend}</legend>
      <div className="segments">
        {options.map((o) => (
          <label key={String(o.value)} className={o.value === value ? 'checked' : undefined}>
            <input
              type="radio"
              name={`${name}-${id}`}
              value={String(o.value)}
              checked={o.value === value}
              onChange={() => onChange(o.value)}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Segmented control for an enum setting. */
export function EnumSegmented({ k, testId, legend }: { k: EnumKey; testId?: string; legend?: ReactNode }) {
  const value = useSetting(k) as string;
  const { setSetting } = useAppState();
  const t = useT();
  return (
    <Segmented
      name={k}
      legend={legend ?? t(`setting.${k}`)}
      value={value}
      testId={testId}
      options={enumValues(k).map((v) => ({ value: v as string, label: t(`value.${v}`) }))}
      onChange={(v) => setSetting(k, v as never)}
    />
  );
}

export function Checkbox({
  k,
  testId,
  label,
  disabled,
  describedBy,
}: {
  k: BoolKey;
  testId?: string;
  label?: ReactNode;
  disabled?: boolean;
  describedBy?: string;
}) {
  const id = useId();
  const value = useSetting(k);
  const { setSetting } = useAppState();
  const t = useT();
  return (
    <div className="control checkbox">
      <input
        id={id}
        type="checkbox"
        checked={value}
        disabled={disabled}
        aria-describedby={describedBy}
        data-testid={testId}
        onChange={(e) => setSetting(k, e.currentTarget.checked)}
      />
      <label htmlFor={id}>{label ?? t(`setting.${k}`)}</label>
    </div>
  );
}

/**
 * Preset values of a number setting as a segmented switch (e.g. Off / 0.1 / 1 / 10). A value set
 * elsewhere (a link) that is not a preset is shown as one more, checked segment.
 */
export function PresetSegmented({
  k,
  presets,
  testId,
  legend,
}: {
  k: NumberKey;
  presets: readonly { value: number; label: string }[];
  testId?: string;
  legend?: ReactNode;
}) {
  const value = useSetting(k);
  const { setSetting } = useAppState();
  const t = useT();
  const options = presets.some((p) => p.value === value)
    ? presets
    : [...presets, { value, label: formatSettingValue(k, value) }];
  return (
    <Segmented
      name={k}
      legend={legend ?? t(`setting.${k}`)}
      value={value}
      testId={testId}
      options={options}
      onChange={(v) => setSetting(k, v)}
    />
  );
}
