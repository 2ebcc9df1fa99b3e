// The explorer's controls: P and Q, each a mixture of 1–3 Gaussians (the same sliders as the target's).
import { explorerKey, MAX_COMPONENTS, type ExplorerDensity } from '../../core/settings';
import { useAppState, useSetting } from '../../state/context';
import { useT } from '../../state/language';
import { EnumSegmented, Segmented, Slider } from '../controls';
import { P_COLOR, Q_COLOR, Q_INK } from './shared';

const lower = (d: ExplorerDensity) => d.toLowerCase() as 'p' | 'q';

function Share({ density, i }: { density: ExplorerDensity; i: number }) {
  const n = useSetting(`explorer${density}Components`);
  const w = [
    useSetting(explorerKey(density, 'weight', 0)),
    useSetting(explorerKey(density, 'weight', 1)),
    useSetting(explorerKey(density, 'weight', 2)),
  ];
  const total = w.slice(0, n).reduce((a, b) => a + b, 0);
  const t = useT();
  return (
    <span className="share" title={t('theory.explorer.share', { density })}>
      {' '}
      · {Math.round((100 * w[i]) / total)}%
    </span>
  );
}

function ComponentSliders({ density, i }: { density: ExplorerDensity; i: number }) {
  const n = useSetting(`explorer${density}Components`);
  const d = lower(density);
  const color = density === 'P' ? P_COLOR : Q_COLOR;
  const t = useT();
  // The visible label is short; the hidden part makes every slider's accessible name unique.
  const of = <span className="sr-only">{t('theory.explorer.componentOf', { density, n: i + 1 })}</span>;
  return (
    <fieldset className="component">
      <legend>
        <span
          className="handle-badge"
          style={{ borderColor: color, color: density === 'P' ? P_COLOR : Q_INK }}
          aria-hidden="true"
        >
          {density}
          {i + 1}
        </span>{' '}
        {t('theory.explorer.component', { n: i + 1 })}
        {n > 1 && <Share density={density} i={i} />}
      </legend>
      <Slider
        k={explorerKey(density, 'mean', i)}
        testId={`explorer-${d}-mean-${i}`}
        label={
          <>
            {t('theory.explorer.mean')}
            {of}
          </>
        }
      />
      <Slider
        k={explorerKey(density, 'std', i)}
        testId={`explorer-${d}-std-${i}`}
        label={
          <>
            {t('theory.explorer.spread')}
            {of}
          </>
        }
      />
      {n > 1 && (
        <Slider
          k={explorerKey(density, 'weight', i)}
          testId={`explorer-${d}-weight-${i}`}
          label={
            <>
              {t('theory.explorer.weight')}
              {of}
            </>
          }
        />
      )}
    </fieldset>
  );
}

function DensityControls({ density }: { density: ExplorerDensity }) {
  const { setSetting } = useAppState();
  const t = useT();
  const key = `explorer${density}Components` as const;
  const n = useSetting(key);
  const d = lower(density);
  return (
    <section className="sidebar-section" aria-labelledby={`explorer-${d}-heading`}>
      <h2 id={`explorer-${d}-heading`}>
        <span
          className="explorer-swatch"
          style={{ background: density === 'P' ? P_COLOR : Q_COLOR }}
          aria-hidden="true"
        />
        {t('theory.explorer.density', { density })}
      </h2>
      <Segmented
        name={key}
        legend={
          <>
            {t('theory.explorer.components')}
            <span className="sr-only">{t('theory.explorer.componentsOf', { density })}</span>
          </>
        }
        value={n}
        testId={`explorer-${d}-components`}
        options={Array.from({ length: MAX_COMPONENTS }, (_, i) => ({ value: i + 1, label: String(i + 1) }))}
        onChange={(v) => setSetting(key, v)}
      />
      {Array.from({ length: n }, (_, i) => (
        <ComponentSliders key={i} density={density} i={i} />
      ))}
    </section>
  );
}

export function ExplorerSidebar() {
  const t = useT();
  return (
    <aside className="sidebar explorer-sidebar" aria-label={t('theory.explorer.densities')}>
      <DensityControls density="P" />
      <DensityControls density="Q" />
      <section className="sidebar-section" aria-label={t('theory.explorer.display')}>
        <EnumSegmented k="units" legend={t('theory.explorer.units')} testId="explorer-units" />
      </section>
      <p className="hint explorer-hint">{t('theory.explorer.sidebarHint')}</p>
    </aside>
  );
}
