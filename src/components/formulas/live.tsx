// The live part of each formula: the current numbers of the running GAN (one snapshot at a time), and
// for the switchable parts (generator loss, stabilisers) whether they are on. Only these components
// subscribe to the snapshot; the typeset formulas beside them never re-render.
import type { ReactNode } from 'react';
import { gaussianKL } from '../../core/analysis';
import { targetDistribution } from '../../core/distributions';
import { entropy, INFINITE_MASS, KL_FLOOR } from '../../core/divergences';
import { generatorLosses, gridMoments, type FormulaId } from '../../core/formulas';
import { binWidth, CHART_GRID } from '../../core/grid';
import { isCollapsed } from '../../core/modeMass';
import type { Analysis, KLValue, Snapshot } from '../../core/protocol';
import { instanceNoiseAt, INSTANCE_NOISE_ANNEAL_STEPS, type Settings, type Units } from '../../core/settings';
import { wasserstein1 } from '../../core/wasserstein';
import { useSettings, useSnapshot } from '../../state/context';
import { formatNumber, log2In, toUnits, unitLabel } from '../../state/format';
import { formatPercent } from '../charts/ModeMass';

const DX = binWidth(CHART_GRID);
const NATS = 'nats';

/** What the view computes from a snapshot's densities, once per snapshot. */
interface Derived {
  w1: number;
  hData: number;
  model: { mass: number; mean: number; std: number };
  gen: ReturnType<typeof generatorLosses>;
}
const derivedCache = new WeakMap<Analysis, Derived>();
function derived(a: Analysis): Derived {
  let d = derivedCache.get(a);
  if (!d) {
    d = {
      w1: wasserstein1(a.pData, a.pModel, DX),
      hData: entropy(a.pData, DX),
      model: gridMoments(a.pModel, CHART_GRID),
      gen: generatorLosses(a.d, a.pModel, DX),
    };
    derivedCache.set(a, d);
  }
  return d;
}

// ---------- small pieces ----------

/** One labelled number; the element with the test id holds exactly the number shown. */
function Value({
  id,
  label,
  value,
  unit,
  before,
  title,
}: {
  id: string;
  label: ReactNode;
  value: string;
  unit?: string;
  before?: ReactNode;
  title?: string;
}) {
  return (
    <div className="formulas-row" title={title}>
      <dt>{label}</dt>
      <dd>
        {before}
        <output className="formulas-number" data-testid={`formula-value-${id}`}>
          {value}
        </output>
        {unit && <span className="formulas-unit"> {unit}</span>}
      </dd>
    </div>
  );
}

const Rows = ({ children }: { children: ReactNode }) => <dl className="formulas-values">{children}</dl>;
const Note = ({ children }: { children: ReactNode }) => <p className="formulas-note">{children}</p>;

function Marker({ sign, title }: { sign: '≥' | '≤'; title: string }) {
  return (
    <abbr className="ge-marker" title={title} tabIndex={0} aria-label={sign === '≥' ? 'at least' : 'at most'}>
      {sign}
    </abbr>
  );
}

const flooredTitle = (kl: KLValue, ref: string) =>
  `${ref} is 0 where the other density has ${formatNumber(kl.missingMass * 100, 2)}% of its mass: the exact KL is ∞; shown is the lower bound with ${ref} floored at ε = ${KL_FLOOR} per bin (∞ from ${INFINITE_MASS * 100}% on).`;

/** A KL readout as the Divergences panel shows it: the number, "≥ number" (floored) or ∞. */
function KLValueRow({
  id,
  label,
  kl,
  units,
  refName,
}: {
  id: string;
  label: string;
  kl: KLValue;
  units: Units;
  /** The density in the denominator (floored where it is 0). */
  refName: string;
}) {
  return (
    <Value
      id={id}
      label={label}
      value={kl.infinite ? '∞' : formatNumber(toUnits(kl.value, units))}
      unit={unitLabel(units)}
      before={kl.floored && !kl.infinite ? <Marker sign="≥" title={flooredTitle(kl, refName)} /> : undefined}
    />
  );
}

const param = (v: number) => String(Number(v.toFixed(2))).replace('-', '−');

export function describeTarget(s: Settings): string {
  if (s.targetKind === 'uniform') return `U(${param(s.uniformLow)}, ${param(s.uniformHigh)})`;
  const parts = targetDistribution(s).components ?? [];
  if (parts.length === 1) return `N(${param(parts[0].mean)}, ${param(parts[0].std)}²)`;
  return parts.map((c) => `${param(c.weight)}·N(${param(c.mean)}, ${param(c.std)}²)`).join(' + ');
}

// ---------- the live part of each formula ----------

interface LiveProps {
  a: Analysis;
  snap: Snapshot;
  s: Settings;
  units: Units;
}

const LIVE: Record<FormulaId, (p: LiveProps) => ReactNode> = {
  'p-data': ({ s }) => (
    <Rows>
      <Value id="p-data" label="p_data now" value={describeTarget(s)} />
    </Rows>
  ),
  units: ({ a, units }) => (
    <>
      <Rows>
        <Value id="units-nats" label="JS in nats" value={formatNumber(a.js)} unit="nats" />
        <Value id="units-bits" label="JS in bits" value={formatNumber(toUnits(a.js, 'bits'))} unit="bits" />
      </Rows>
      <Note>The divergences are shown in {unitLabel(units)} now; losses are always in nats.</Note>
    </>
  ),
  mle: ({ a, units }) => (
    <>
      <Rows>
        <KLValueRow
          id="mle"
          label="What MLE would minimise: KL(p_data‖p_model)"
          kl={a.klForward}
          units={units}
          refName="p_model"
        />
      </Rows>
      <Note>The app does not fit G by likelihood; it shows the criterion an MLE fit would use.</Note>
    </>
  ),
  'mle-forward-kl': ({ a, units }) => {
    const d = derived(a);
    const kl = a.klForward;
    const ll = kl.infinite ? -Infinity : -d.hData - kl.value;
    return (
      <>
        <Rows>
          <Value
            id="mle-entropy"
            label="−H(p_data)"
            value={formatNumber(toUnits(-d.hData, units))}
            unit={unitLabel(units)}
          />
          <KLValueRow id="mle-kl" label="KL(p_data‖p_model)" kl={kl} units={units} refName="p_model" />
          <Value
            id="mle-loglik"
            label="E[log p_model] = −H − KL"
            value={formatNumber(toUnits(ll, units))}
            unit={unitLabel(units)}
            before={kl.floored && !kl.infinite ? <Marker sign="≤" title={flooredTitle(kl, 'p_model')} /> : undefined}
          />
        </Rows>
        <Note>H(p_data) is the differential entropy of the target (it can be negative for a narrow one).</Note>
      </>
    );
  },
  kl: ({ a, units }) => (
    <Rows>
      <KLValueRow
        id="kl-forward"
        label="KL(p_data‖p_model), forward"
        kl={a.klForward}
        units={units}
        refName="p_model"
      />
      <KLValueRow id="kl-reverse" label="KL(p_model‖p_data), reverse" kl={a.klReverse} units={units} refName="p_data" />
    </Rows>
  ),
  'kl-gaussian': ({ a, s, units }) => {
    const parts = s.targetKind === 'mixture' ? (targetDistribution(s).components ?? []) : [];
    if (parts.length !== 1)
      return (
        <Note>
          Needs a single-Gaussian target; p_data is now {describeTarget(s)}. The quadrature KL still works:{' '}
          {a.klForward.infinite ? '∞' : formatNumber(toUnits(a.klForward.value, units))} {unitLabel(units)}.
        </Note>
      );
    const { mean, std } = parts[0];
    const m = derived(a).model;
    const closed = m.std > 0 ? gaussianKL(mean, std, m.mean, m.std) : NaN;
    return (
      <>
        <Rows>
          <Value
            id="kl-gaussian"
            label={`Closed form, ${describeTarget(s)} vs N(${param(m.mean)}, ${param(m.std)}²)`}
            value={formatNumber(toUnits(closed, units))}
            unit={unitLabel(units)}
          />
          <KLValueRow
            id="kl-gaussian-quadrature"
            label="Quadrature KL(p_data‖p_model)"
            kl={a.klForward}
            units={units}
            refName="p_model"
          />
        </Rows>
        <Note>μ₂, σ₂ are p_model’s mean and σ. The two agree when p_model is Gaussian (G affine in z).</Note>
      </>
    );
  },
  'cross-entropy': ({ a, units }) => {
    const d = derived(a);
    const kl = a.klForward;
    const h = kl.infinite ? Infinity : d.hData + kl.value;
    return (
      <>
        <Rows>
          <Value id="entropy" label="H(p_data)" value={formatNumber(toUnits(d.hData, units))} unit={unitLabel(units)} />
          <KLValueRow id="cross-entropy-kl" label="+ KL(p_data‖p_model)" kl={kl} units={units} refName="p_model" />
          <Value
            id="cross-entropy"
            label="= H(p_data, p_model)"
            value={formatNumber(toUnits(h, units))}
            unit={unitLabel(units)}
            before={kl.floored && !kl.infinite ? <Marker sign="≥" title={flooredTitle(kl, 'p_model')} /> : undefined}
          />
        </Rows>
        <Note>For densities the sums become integrals; H(p_data) does not depend on G.</Note>
      </>
    );
  },
  bce: ({ snap, s }) => (
    <>
      <Rows>
        <Value id="bce" label="J(D) on the latest batch" value={formatNumber(snap.lossD)} unit={NATS} />
      </Rows>
      <Note>m = 2B = {2 * s.batchSize} samples: B real (Y = 1) and B generated (Y = 0); H = D(x).</Note>
    </>
  ),
  js: ({ a, units }) => (
    <Rows>
      <Value id="js" label="JS(p_data‖p_model)" value={formatNumber(toUnits(a.js, units))} unit={unitLabel(units)} />
    </Rows>
  ),
  'js-bounds': ({ a, units }) => {
    const share = Math.min(1, Math.max(0, a.js / Math.LN2));
    return (
      <>
        <p className="formulas-check" data-testid="formula-js-bounds-check">
          0 ≤ <output data-testid="formula-value-js-bounds">{formatNumber(toUnits(a.js, units))}</output> ≤{' '}
          {formatNumber(log2In(units))} {unitLabel(units)}
        </p>
        <div
          className="formulas-meter"
          role="meter"
          aria-label="JS as a share of its maximum log 2"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(share * 1000) / 10}
        >
          <span style={{ width: `${share * 100}%` }} />
        </div>
        <Note>JS is {formatPercent(share)}% of its maximum.</Note>
      </>
    );
  },
  w1: ({ a, units }) => (
    <>
      <Rows>
        <Value id="w1" label="W₁(p_data, p_model)" value={formatNumber(derived(a).w1)} unit="units of x" />
      </Rows>
      <Note>
        A distance on the number line, not in {unitLabel(units)}: with JS = {formatNumber(toUnits(a.js, units))}{' '}
        {unitLabel(units)} beside it.
      </Note>
    </>
  ),
  'loss-d': ({ a, snap }) => (
    <Rows>
      <Value id="loss-d-batch" label="On the latest batch" value={formatNumber(snap.lossD)} unit={NATS} />
      <Value
        id="loss-d-exact"
        label="Exact, for the current D (§7.7)"
        value={formatNumber(a.lossDExpected)}
        unit={NATS}
      />
    </Rows>
  ),
  'd-star': ({ a }) => (
    <>
      <Rows>
        <Value id="d-gap" label="Mean gap |D − D*|" value={formatNumber(a.dGap)} />
      </Rows>
      <Note>∫|D − D*|·(p_data + p_model)/2 dx (§7.5): 0 when D = D*, at most 1.</Note>
    </>
  ),
  theorem: ({ a }) => <TheoremCheck a={a} />,
  'value-function': ({ a }) => {
    const c = -2 * Math.LN2 + 2 * a.js;
    const v = -2 * a.lossDExpected;
    return (
      <>
        <Rows>
          <Value id="value-c" label="C(G) = −log 4 + 2·JS" value={formatNumber(c)} unit={NATS} />
          <Value id="value-v" label="V(D, G) of the current D" value={formatNumber(v)} unit={NATS} />
        </Rows>
        <Note>V(D, G) ≤ C(G): the current D reaches the maximum only when D = D*.</Note>
      </>
    );
  },
  'loss-g-minimax': ({ a, snap, s }) => (
    <GeneratorLoss
      id="loss-g-minimax"
      active={s.generatorLoss === 'minimax'}
      exact={derived(a).gen.minimax}
      batch={snap.lossG}
    />
  ),
  'loss-g-non-saturating': ({ a, snap, s }) => (
    <GeneratorLoss
      id="loss-g-non-saturating"
      active={s.generatorLoss === 'non-saturating'}
      exact={derived(a).gen.nonSaturating}
      batch={snap.lossG}
    />
  ),
  'loss-g-gradients': ({ a, s }) => {
    const mean = derived(a).gen.meanDFake;
    return (
      <>
        <Rows>
          <Value id="mean-d-fake" label="Mean D(G(z)) now" value={formatNumber(mean)} />
          <Value id="factor-minimax" label="Minimax factor −½·D(G(z))" value={formatNumber(-0.5 * mean)} />
          <Value
            id="factor-non-saturating"
            label="Non-saturating factor −½·(1 − D(G(z)))"
            value={formatNumber(-0.5 * (1 - mean))}
          />
        </Rows>
        <Note>G uses the {s.generatorLoss} loss now (Training settings, Generator loss).</Note>
      </>
    );
  },
  ema: ({ s }) => (
    <>
      <Rows>
        <Value id="ema" label="Decay β" value={s.emaDecay > 0 ? String(s.emaDecay) : 'off'} />
      </Rows>
      {s.emaDecay > 0 && <Note>p_model, D*, the divergences and the theorem here are the averaged G’s.</Note>}
    </>
  ),
  r1: ({ s }) => (
    <Rows>
      <Value id="r1" label="γ" value={s.r1Gamma > 0 ? String(s.r1Gamma) : 'off'} />
    </Rows>
  ),
  'instance-noise': ({ snap, s }) => (
    <>
      <Rows>
        <Value id="instance-noise" label="σ set" value={s.instanceNoise > 0 ? String(s.instanceNoise) : 'off'} />
        {s.instanceNoise > 0 && (
          <Value
            id="instance-noise-now"
            label={`σ_t now (${s.instanceNoiseSchedule}, step ${snap.step})`}
            value={formatNumber(instanceNoiseAt(s, snap.step))}
          />
        )}
      </Rows>
      {s.instanceNoise > 0 && s.instanceNoiseSchedule === 'fixed' && (
        <Note>Fixed: σ_t = σ at every step (annealed would reach 0 at step {INSTANCE_NOISE_ANNEAL_STEPS}).</Note>
      )}
    </>
  ),
  pushforward: ({ a }) => {
    const m = derived(a).model;
    return (
      <>
        <Rows>
          <Value
            id="pushforward-escaped"
            label="Escaped mass (off [−6, 6], or G not finite)"
            value={formatNumber(a.escapedMass)}
          />
          <Value id="pushforward-moments" label="Mean and σ of p_model" value={`${param(m.mean)}, ${param(m.std)}`} />
        </Rows>
        <Note>∫p_model dx on the chart = 1 − escaped mass; the divergences see only that part.</Note>
      </>
    );
  },
  'mode-mass': ({ a, s }) => {
    const modes = a.modes ?? [];
    if (modes.length < 2)
      return (
        <Note>
          Only for a target of 2 or 3 Gaussians; p_data is now {describeTarget(s)}, so every sample belongs to one mode.
        </Note>
      );
    return (
      <Rows>
        {modes.map((m, i) => (
          <Value
            key={i}
            id={`mode-mass-${i}`}
            label={
              <>
                m<sub>{i + 1}</sub> (target w<sub>{i + 1}</sub> = {formatPercent(m.weight)}%)
                {isCollapsed(m) && <strong className="warn-text"> collapsed</strong>}
              </>
            }
            value={formatPercent(m.mass)}
            unit="%"
          />
        ))}
      </Rows>
    );
  },
};

function GeneratorLoss({ id, active, exact, batch }: { id: string; active: boolean; exact: number; batch: number }) {
  return (
    <>
      <Rows>
        <Value id={`${id}-exact`} label="Exact, for the current D and G" value={formatNumber(exact)} unit={NATS} />
        {active && (
          <Value
            id={`${id}-batch`}
            label="On the latest batch (Losses panel)"
            value={formatNumber(batch)}
            unit={NATS}
          />
        )}
      </Rows>
      {!active && <Note>Not in use: switch Generator loss under Training settings to try it.</Note>}
    </>
  );
}

/** The theorem, checkable: J(D) of the current D against log 2 − JS, and how far apart they are. */
function TheoremCheck({ a }: { a: Analysis }) {
  const best = Math.LN2 - a.js;
  const diff = a.lossDExpected - best;
  // J(D) ≥ log 2 − JS up to mass off the grid (docs/theory.md §7.7); rounding aside
  const holds = diff >= -1e-9;
  return (
    <>
      <p className="formulas-check" data-testid="formula-theorem-check">
        J(D) of the current D = <output data-testid="formula-value-jd-expected">{formatNumber(a.lossDExpected)}</output>{' '}
        {holds ? '≥' : '<'} log 2 − JS = <output data-testid="formula-value-jd-star">{formatNumber(best)}</output> nats
      </p>
      <Rows>
        <Value id="theorem-gap" label="Difference J(D) − (log 2 − JS)" value={formatNumber(diff)} unit={NATS} />
      </Rows>
      <Note>
        {holds
          ? 'They meet when D = D*: watch the difference shrink as the gap |D − D*| falls.'
          : 'Below: mass off the grid lowers J(D*) by ½ log 2 per unit of missing mass (§7.7).'}
      </Note>
    </>
  );
}

/** Whether a switchable formula is in use now (generator loss, stabilisers); null for the others. */
export function statusOf(id: FormulaId, s: Settings): { on: boolean; text: string } | null {
  switch (id) {
    case 'loss-g-minimax':
      return s.generatorLoss === 'minimax' ? { on: true, text: 'active' } : { on: false, text: 'not active' };
    case 'loss-g-non-saturating':
      return s.generatorLoss === 'non-saturating' ? { on: true, text: 'active' } : { on: false, text: 'not active' };
    case 'ema':
      return s.emaDecay > 0 ? { on: true, text: 'on' } : { on: false, text: 'off' };
    case 'r1':
      return s.r1Gamma > 0 ? { on: true, text: 'on' } : { on: false, text: 'off' };
    case 'instance-noise':
      return s.instanceNoise > 0 ? { on: true, text: `on, ${s.instanceNoiseSchedule}` } : { on: false, text: 'off' };
    default:
      return null;
  }
}

export function Status({ id }: { id: FormulaId }) {
  const st = statusOf(id, useSettings());
  if (!st) return null;
  return (
    <span className={`formulas-status ${st.on ? 'on' : 'off'}`} data-testid={`formula-status-${id}`}>
      {st.text}
    </span>
  );
}

/** The live numbers of one formula; "–" until the first snapshot. */
export function Live({ id }: { id: FormulaId }) {
  const snap = useSnapshot();
  const s = useSettings();
  if (!snap) return <Note>Waiting for the first snapshot…</Note>;
  const render = LIVE[id];
  return <div className="formulas-live">{render({ a: snap.analysis, snap, s, units: s.units })}</div>;
}

/** One line at the top of the view: the theorem, checkable at a glance. */
export function TheoremSummary() {
  const snap = useSnapshot();
  if (!snap) return null;
  const a = snap.analysis;
  const best = Math.LN2 - a.js;
  return (
    <p className="formulas-summary" data-testid="formula-theorem-summary">
      <span>The theorem, live:</span> J(D) of the current D = {formatNumber(a.lossDExpected)}{' '}
      {a.lossDExpected - best >= -1e-9 ? '≥' : '<'} log 2 − JS = {formatNumber(best)} nats at step {snap.step}; they
      meet when D = D* (
      <button
        type="button"
        className="formulas-link"
        onClick={() =>
          document.getElementById('formula-theorem')?.scrollIntoView({ behavior: 'smooth', block: 'center' })
        }
      >
        §6.4
      </button>
      ).
    </p>
  );
}
