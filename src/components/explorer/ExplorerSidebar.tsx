// The explorer's controls: P and Q, each a mixture of 1–3 Gaussians (the same sliders as the target's).
import { explorerKey, MAX_COMPONENTS, type ExplorerDensity } from '../../core/settings';
import { useAppState, useSetting } from '../../state/context';
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
  return (
    <span
      className="share"
      title={`This component's share of ${density}: its weight divided by the sum of the weights`}
    >
      {' '}
      · {Math.round((100 * w[i]) / total)}%
    </span>
  );
}

function ComponentSliders({ density, i }: { density: ExplorerDensity; i: number }) {
  const n = useSetting(`explorer${density}Components`);
  const d = lower(density);
  const color = density === 'P' ? P_COLOR : Q_COLOR;
  // The visible label is short; the hidden part makes every slider's accessible name unique.
  const of = (
    <span className="sr-only">
      {' '}
      of {density}, component {i + 1}
    </span>
  );
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
        Component {i + 1}
        {n > 1 && <Share density={density} i={i} />}
      </legend>
      <Slider k={explorerKey(density, 'mean', i)} testId={`explorer-${d}-mean-${i}`} label={<>Mean μ{of}</>} />
      <Slider k={explorerKey(density, 'std', i)} testId={`explorer-${d}-std-${i}`} label={<>Spread σ{of}</>} />
      {n > 1 && (
        <Slider k={explorerKey(density, 'weight', i)} testId={`explorer-${d}-weight-${i}`} label={<>Weight{of}</>} />
      )}
    </fieldset>
  );
}

function DensityControls({ density, title }: { density: ExplorerDensity; title: string }) {
  const { setSetting } = useAppState();
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
        {title}
      </h2>
      <Segmented
        name={key}
        legend={
          <>
            Gaussian components<span className="sr-only"> of {density}</span>
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
  return (
    <aside className="sidebar explorer-sidebar" aria-label="Densities P and Q">
      <DensityControls density="P" title="Density P" />
      <DensityControls density="Q" title="Density Q" />
      <section className="sidebar-section" aria-label="Display">
        <EnumSegmented k="units" legend="Units (U)" testId="explorer-units" />
      </section>
      <p className="hint explorer-hint">
        Or drag the handles on the chart: sideways moves a mean, up and down changes its σ.
      </p>
    </aside>
  );
}
