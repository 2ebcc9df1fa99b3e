// What B changes: one row per overridden setting (its control within the setting's range, and Remove),
// and a choice of a setting to add. Every edit writes the variantB setting in its canonical form.
import { useId, useState } from 'react';
import { parseVariant, VARIANT_KEYS, variantText } from '../../core/experimentVariant';
import { SETTINGS_TABLE, trainingSettings, type TrainingSettings } from '../../core/settings';
import { useAppState, useSetting, useSettings } from '../../state/context';
import { useT } from '../../state/language';
import { valueText, variantLine } from './setupText';

type Key = keyof TrainingSettings;

function OverrideControl({ k, value, onChange }: { k: Key; value: unknown; onChange: (v: unknown) => void }) {
  const t = useT();
  const id = useId();
  const row = SETTINGS_TABLE[k];
  const [draft, setDraft] = useState<string | null>(null);
  const label = t(`setting.${k}`);
  let input;
  if (row.kind === 'number') {
    // Typed as text and applied on Enter or on leaving the field ("0." on the way to "0.5" is no value).
    const commit = () => {
      if (draft === null) return;
      const v = Number(draft);
      if (draft.trim() !== '' && Number.isFinite(v)) onChange(Math.min(row.max, Math.max(row.min, v)));
      setDraft(null);
    };
    input = (
      <input
        id={id}
        type="number"
        min={row.min}
        max={row.max}
        step={row.step}
        value={draft ?? String(value)}
        data-testid={`experiment-b-${k}`}
        onChange={(e) => setDraft(e.currentTarget.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
    );
  } else {
    const values = row.kind === 'bool' ? [true, false] : (row as { values: readonly string[] }).values;
    input = (
      <select
        id={id}
        value={String(value)}
        data-testid={`experiment-b-${k}`}
        onChange={(e) => {
          const raw = e.currentTarget.value;
          onChange(row.kind === 'bool' ? raw === 'true' : raw);
        }}
      >
        {values.map((v) => (
          <option key={String(v)} value={String(v)}>
            {valueText(t, k, v)}
          </option>
        ))}
      </select>
    );
  }
  return (
    <>
      <label htmlFor={id}>{label}</label>
      {input}
    </>
  );
}

/** A new change starts where it changes something: R1 and EMA switched, a flag flipped, else A's value. */
function firstValue(k: Key, a: unknown): unknown {
  if (k === 'r1Gamma') return a === 0 ? 1 : 0;
  if (k === 'emaDecay') return a === 0 ? 0.99 : 0;
  if (typeof a === 'boolean') return !a;
  return a;
}

export function VariantEditor() {
  const t = useT();
  const { setSetting } = useAppState();
  const variantB = useSetting('variantB');
  const settings = useSettings();
  const overrides = parseVariant(variantB);
  const keys = (Object.keys(overrides) as Key[]).filter((k) => overrides[k] !== undefined);
  const free = VARIANT_KEYS.filter((k) => !keys.includes(k));
  const [adding, setAdding] = useState<Key | ''>('');
  const chosen = adding && free.includes(adding) ? adding : (free[0] ?? '');
  const addId = useId();
  const write = (next: Partial<TrainingSettings>) => setSetting('variantB', variantText(next));

  return (
    <section className="sidebar-section experiment-variant" aria-labelledby={`${addId}-title`}>
      <h2 id={`${addId}-title`}>{t('exp.bHeading')}</h2>
      <p className="experiment-b-line" data-testid="experiment-b-line">
        {variantLine(t, overrides)}
      </p>
      {keys.length > 0 && (
        <div className="experiment-overrides">
          {keys.map((k) => (
            <div className="experiment-override" key={k}>
              <OverrideControl k={k} value={overrides[k]} onChange={(v) => write({ ...overrides, [k]: v })} />
              <button
                type="button"
                className="small-button"
                aria-label={t('exp.remove', { label: t(`setting.${k}`) })}
                data-testid={`experiment-b-remove-${k}`}
                onClick={() => {
                  const next = { ...overrides };
                  delete next[k];
                  write(next);
                }}
              >
                ×
              </button>
            </div>
          ))}
        </div>
      )}
      {free.length > 0 && (
        <div className="experiment-add">
          <label htmlFor={addId}>{t('exp.addSetting')}</label>
          <select
            id={addId}
            value={chosen}
            data-testid="experiment-b-choose"
            onChange={(e) => setAdding(e.currentTarget.value as Key)}
          >
            {free.map((k) => (
              <option key={k} value={k}>
                {t(`setting.${k}`)}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="small-button"
            data-testid="experiment-b-add"
            onClick={() => {
              if (!chosen) return;
              write({ ...overrides, [chosen]: firstValue(chosen, trainingSettings(settings)[chosen]) });
              setAdding('');
            }}
          >
            {t('exp.add')}
          </button>
        </div>
      )}
    </section>
  );
}
