// The live part of each formula: the current numbers of the running GAN (one snapshot at a time), and
// for the switchable parts (objective, generator loss, stabilisers, optimal-D mode) whether they are on.
// Only these components subscribe to the snapshot; the typeset formulas beside them never re-render.
import type { ReactNode } from 'react';
import { gaussianKL } from '../../core/analysis';
import { targetDistribution } from '../../core/distributions';
import { DRAWN_TARGET_NAME } from '../targetText';
import { entropy, INFINITE_MASS, KL_FLOOR } from '../../core/divergences';
import { generatorLosses, gridMoments, type FormulaId } from '../../core/formulas';
import { binWidth, CHART_GRID } from '../../core/grid';
import { valueLabel } from '../../core/labels';
import { isCollapsed } from '../../core/modeMass';
import { hasOptimalDGradient, isWasserstein, objectiveCosts, type Objective } from '../../core/objectives';
import {
  expectedObjectiveLoss,
  optimalGeneratorSlope,
  optimalLossClosedForm,
  optimalOutput,
} from '../../core/optimalDiscriminators';
import type { Analysis, KLValue, Snapshot } from '../../core/protocol';
import {
  instanceNoiseAt,
  INSTANCE_NOISE_ANNEAL_STEPS,
  type GeneratorLossKind,
  type Settings,
  type Units,
} from '../../core/settings';
import { wasserstein1 } from '../../core/wasserstein';
import { useSettings, useSnapshot } from '../../state/context';
import { formatNumber, log2In, toUnits, unitLabel } from '../../state/format';
import { formatPercent } from '../charts/ModeMass';

const DX = binWidth(CHART_GRID);
const NATS = 'nats';

/** J(D*) of one objective for the current G, two ways (docs/theory.md §6.9). */
interface Optimum {
  /** By quadrature of the best D itself. */
  quadrature: number;
  /** By the divergence's own formula: log 2 − JS, ¼ − Δ/8, −W1, 2 − 2·TV. */
  closedForm: number;
}

/** How hard the best D pushes G's samples (docs/theory.md §6.10), over p_model's mass on the grid. */
interface PushStats {
  /** E_model |−∂J(G)/∂x| (per sample, the 1/B left out). */
  meanSpeed: number;
  /** The share of p_model's mass where the push is below PUSH_FLOOR. */
  stillShare: number;
}
const PUSH_FLOOR = 1e-6;

/** What the view computes from a snapshot's densities, once per snapshot. */
interface Derived {
  w1: number;
  hData: number;
  model: { mass: number; mean: number; std: number };
  /** The original GAN's generator losses; a.d is a probability only under that objective. */
  gen: ReturnType<typeof generatorLosses>;
  /** The objectives not in play, computed on demand (WGAN-GP shares WGAN's). */
  optima: Partial<Record<Objective, Optimum>>;
  push: Partial<Record<GeneratorLossKind, PushStats | null>>;
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
      optima: {},
      push: {},
    };
    derivedCache.set(a, d);
  }
  return d;
}

/** The objective the snapshot was computed for (older snapshots: the original GAN). */
const objectiveOf = (a: Analysis): Objective => a.objective ?? 'gan';

/** The same game for the optimum: WGAN and WGAN-GP share their best critic. */
const sameOptimum = (x: Objective, y: Objective) => x === y || (isWasserstein(x) && isWasserstein(y));

/** J(D*) two ways: the analysis's for the objective in play, computed here from its densities otherwise. */
function optimumOf(a: Analysis, objective: Objective): Optimum {
  if (sameOptimum(objectiveOf(a), objective) && a.jdStar !== undefined && a.jdStarClosedForm !== undefined)
    return { quadrature: a.jdStar, closedForm: a.jdStarClosedForm };
  const key: Objective = isWasserstein(objective) ? 'wgan' : objective;
  const cache = derived(a).optima;
  let o = cache[key];
  if (!o) {
    const best = optimalOutput(key, a.pData, a.pModel, DX);
    o = {
      quadrature: expectedObjectiveLoss(key, best, a.pData, a.pModel, DX),
      closedForm: optimalLossClosedForm(key, a.pData, a.pModel, DX),
    };
    cache[key] = o;
  }
  return o;
}

/** The push of the best D of the objective in play on p_model's mass; null where it has none (hinge). */
function pushOf(a: Analysis, loss: GeneratorLossKind): PushStats | null {
  const cache = derived(a).push;
  const known = cache[loss];
  if (known !== undefined) return known;
  const objective = objectiveOf(a);
  let stats: PushStats | null = null;
  if (hasOptimalDGradient(objective)) {
    const slope = optimalGeneratorSlope(objective, loss, a.pData, a.pModel, DX);
    const c = objectiveCosts(objective, loss).gWeight;
    let mass = 0,
      speed = 0,
      still = 0;
    for (let k = 0; k < slope.length; k++) {
      const w = a.pModel[k] * DX;
      if (!(w > 0)) continue;
      const v = Math.abs(c * slope[k]);
      mass += w;
      speed += w * v;
      if (v < PUSH_FLOOR) still += w;
    }
    stats = mass > 0 ? { meanSpeed: speed / mass, stillShare: still / mass } : null;
  }
  cache[loss] = stats;
  return stats;
}

/** What J(D*) equals, by name, for each objective (docs/theory.md §6.9). */
const CLOSED_FORM_NAME: Record<Objective, string> = {
  gan: 'log 2 − JS',
  lsgan: '¼ − Δ/8',
  wgan: '−W₁',
  'wgan-gp': '−W₁',
  hinge: '2 − 2·TV',
};

/** The Formulas card that states each objective's J(D*) (its id in FORMULAS). */
const OPTIMUM_CARD: Record<Objective, FormulaId> = {
  gan: 'theorem',
  lsgan: 'lsgan-optimum',
  wgan: 'optimal-critic',
  'wgan-gp': 'optimal-critic',
  hinge: 'hinge-optimum',
};

/** "the current D", "the current critic" or, in optimal-D mode, "the optimal D in play". */
function dInPlay(a: Analysis): string {
  if (a.optimalD) return isWasserstein(objectiveOf(a)) ? 'the optimal critic in play' : 'the optimal D in play';
  return isWasserstein(objectiveOf(a)) ? 'the current critic' : 'the current D';
}

/** A critic's scores are in units of x; the original GAN's losses in nats; LSGAN's and hinge's plain numbers. */
const lossUnit = (o: Objective): string | undefined =>
  o === 'gan' ? NATS : isWasserstein(o) ? 'units of x' : undefined;

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
  if (s.targetKind === 'drawn') return DRAWN_TARGET_NAME;
  const parts = targetDistribution(s).components ?? [];
  if (parts.length === 1) return `N(${param(parts[0].mean)}, ${param(parts[0].std)}²)`;
  return parts.map((c) => `${param(c.weight)}·N(${param(c.mean)}, ${param(c.std)}²)`).join(' + ');
}

/** For a formula of an objective that is not the one training now. */
function NotInPlay({ a, objective }: { a: Analysis; objective: Objective }) {
  return (
    <Note>
      Not in play: the objective now is {valueLabel(objectiveOf(a))}. Choose {valueLabel(objective)} under The game to
      train with it.
    </Note>
  );
}

/** An objective's losses now: exact J(D) of the D in play, and the latest batch's J(D) and J(G). */
function ObjectiveLosses({
  id,
  a,
  snap,
  objective,
}: {
  id: string;
  a: Analysis;
  snap: Snapshot;
  objective: Objective;
}) {
  if (objectiveOf(a) !== objective) return <NotInPlay a={a} objective={objective} />;
  const unit = lossUnit(objective);
  return (
    <Rows>
      <Value
        id={`${id}-loss-jd-exact`}
        label={`J(D) exact, for ${dInPlay(a)}`}
        value={formatNumber(a.lossDExpected)}
        unit={unit}
      />
      <Value id={`${id}-loss-jd-batch`} label="J(D) on the latest batch" value={formatNumber(snap.lossD)} unit={unit} />
      <Value id={`${id}-loss-jg-batch`} label="J(G) on the latest batch" value={formatNumber(snap.lossG)} unit={unit} />
    </Rows>
  );
}

/**
 * An objective's J(D*) for the current G two ways (quadrature of the best D, closed form), and J(D) of
 * the D in play when the objective is the one training.
 */
function OptimumCheck({ id, a, objective }: { id: string; a: Analysis; objective: Objective }) {
  const o = optimumOf(a, objective);
  const active = sameOptimum(objectiveOf(a), objective);
  const critic = isWasserstein(objective);
  const unit = lossUnit(objective);
  const holds = a.lossDExpected - o.quadrature >= -1e-9;
  return (
    <>
      <Rows>
        <Value
          id={`${id}-jd-star`}
          label={`J(D*) by quadrature of the best ${critic ? 'critic f*' : 'D'}`}
          value={formatNumber(o.quadrature)}
          unit={unit}
        />
        <Value
          id={`${id}-jd-star-closed-form`}
          label={`${CLOSED_FORM_NAME[objective]}, by its formula`}
          value={formatNumber(o.closedForm)}
          unit={unit}
        />
        {active && (
          <Value
            id={`${id}-jd-expected`}
            label={`J(D) of ${dInPlay(a)}`}
            value={formatNumber(a.lossDExpected)}
            unit={unit}
          />
        )}
      </Rows>
      <Note>
        {!active
          ? `For the current G; ${critic ? 'no critic (WGAN or WGAN-GP) is' : `${valueLabel(objective)} is not`} training now, so no D of its own is measured.`
          : critic
            ? `J(D) ${holds ? '≥' : '<'} J(f*): a critic of slope ≤ 1 cannot score below −W₁, a steeper one can.`
            : `J(D) ${holds ? '≥' : '<'} J(D*): they meet when D = D*.`}{' '}
        The first two are computed independently and agree unless mass lies off the grid.
      </Note>
    </>
  );
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
  bce: ({ a, snap, s }) =>
    objectiveOf(a) !== 'gan' ? (
      <Note>
        Under {valueLabel(objectiveOf(a))} D is not a classifier, so its batch loss is not this cross-entropy (§6.9).
      </Note>
    ) : (
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
  'loss-d': ({ a, snap }) =>
    objectiveOf(a) !== 'gan' ? (
      <NotInPlay a={a} objective="gan" />
    ) : (
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
  'd-star': ({ a }) =>
    objectiveOf(a) !== 'gan' && objectiveOf(a) !== 'lsgan' ? (
      <Note>
        The best D of {valueLabel(objectiveOf(a))} is not this one (§6.9); the Discriminator panel measures the gap to
        it.
      </Note>
    ) : (
      <>
        <Rows>
          <Value id="d-gap" label="Mean gap |D − D*|" value={formatNumber(a.dGap)} />
        </Rows>
        <Note>
          ∫|D − D*|·(p_data + p_model)/2 dx (§7.5): 0 when D = D*
          {objectiveOf(a) === 'lsgan'
            ? '; LSGAN’s D is a score, not a probability, so it can exceed 1.'
            : ', at most 1.'}
        </Note>
      </>
    ),
  theorem: ({ a }) =>
    objectiveOf(a) !== 'gan' ? (
      <Note>
        Under {valueLabel(objectiveOf(a))} the theorem reads J(D*) = {CLOSED_FORM_NAME[objectiveOf(a)]} (§6.9, live
        below).
      </Note>
    ) : (
      <TheoremCheck a={a} />
    ),
  'value-function': ({ a }) => {
    if (objectiveOf(a) !== 'gan') return <NotInPlay a={a} objective="gan" />;
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
  'loss-g-minimax': ({ a, snap, s }) =>
    objectiveOf(a) !== 'gan' ? (
      <NotInPlay a={a} objective="gan" />
    ) : (
      <GeneratorLoss
        id="loss-g-minimax"
        active={s.generatorLoss === 'minimax'}
        exact={derived(a).gen.minimax}
        batch={snap.lossG}
      />
    ),
  'loss-g-non-saturating': ({ a, snap, s }) =>
    objectiveOf(a) !== 'gan' ? (
      <NotInPlay a={a} objective="gan" />
    ) : (
      <GeneratorLoss
        id="loss-g-non-saturating"
        active={s.generatorLoss === 'non-saturating'}
        exact={derived(a).gen.nonSaturating}
        batch={snap.lossG}
      />
    ),
  'loss-g-gradients': ({ a, s }) => {
    if (objectiveOf(a) !== 'gan') return <NotInPlay a={a} objective="gan" />;
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
  'lsgan-loss': ({ a, snap }) => <ObjectiveLosses id="lsgan" a={a} snap={snap} objective="lsgan" />,
  'lsgan-optimum': ({ a }) => {
    const delta = 8 * (0.25 - optimumOf(a, 'lsgan').closedForm);
    return (
      <>
        <Rows>
          <Value id="lsgan-delta" label="Δ, the triangular discrimination (0 to 2)" value={formatNumber(delta)} />
        </Rows>
        <OptimumCheck id="lsgan" a={a} objective="lsgan" />
      </>
    );
  },
  'wgan-loss': ({ a, snap, s }) => {
    // Along each of the n^L input-to-output paths the slope is a product of L + 1 weights (|w| ≤ c) and
    // activation slopes (≤ 1): |f′| ≤ n^L·c^(L+1) (docs/theory.md §6.9).
    const allowed = s.dHidden ** s.dDepth * s.clipValue ** (s.dDepth + 1);
    const inPlay = objectiveOf(a) === 'wgan';
    const k = a.criticSlope ?? NaN;
    return (
      <>
        <Rows>
          <Value id="wgan-clip" label="Clip c" value={String(s.clipValue)} />
          <Value
            id="wgan-slope-allowed"
            label={`Largest slope the clip allows, ${s.dHidden}^${s.dDepth}·c^${s.dDepth + 1}`}
            value={formatNumber(allowed)}
          />
          {inPlay && (
            <>
              <Value id="wgan-slope" label="The critic’s slope K now" value={formatNumber(k)} />
              <Value
                id="wgan-score-gap"
                label="−J(D): the critic’s score gap"
                value={formatNumber(-a.lossDExpected)}
                unit="units of x"
              />
              <Value id="wgan-k-w1" label="K·W₁" value={formatNumber(k * a.w1)} unit="units of x" />
              <Value id="wgan-jg-batch" label="J(G) on the latest batch" value={formatNumber(snap.lossG)} />
            </>
          )}
        </Rows>
        {inPlay ? (
          <Note>
            {a.optimalD
              ? 'Optimal D: the critic in play is f* itself (slope 1), not the clipped network.'
              : 'A critic of slope K scores at best K·W₁: the clip keeps the direction, not the scale.'}
          </Note>
        ) : (
          <NotInPlay a={a} objective="wgan" />
        )}
      </>
    );
  },
  'kantorovich-rubinstein': ({ a }) => {
    const critic = isWasserstein(objectiveOf(a));
    return (
      <>
        <Rows>
          <Value id="kr-w1" label="W₁(p_data, p_model)" value={formatNumber(a.w1)} unit="units of x" />
          {critic && (
            <>
              <Value
                id="kr-score-gap"
                label={`E_data f − E_model f, ${dInPlay(a)}`}
                value={formatNumber(-a.lossDExpected)}
                unit="units of x"
              />
              <Value id="kr-slope" label="Its slope K" value={formatNumber(a.criticSlope ?? NaN)} />
            </>
          )}
        </Rows>
        <Note>
          {critic
            ? 'With K ≤ 1 the score gap cannot exceed W₁; a clipped critic’s is at most K·W₁.'
            : 'No critic is training now (choose WGAN or WGAN-GP under The game); W₁ is the distance all the same.'}
        </Note>
      </>
    );
  },
  'optimal-critic': ({ a }) => (
    <>
      <OptimumCheck id="critic" a={a} objective="wgan" />
      {isWasserstein(objectiveOf(a)) && (
        <Rows>
          <Value id="critic-slope" label={`Slope K of ${dInPlay(a)}`} value={formatNumber(a.criticSlope ?? NaN)} />
        </Rows>
      )}
    </>
  ),
  'wgan-gp': ({ a, s }) => {
    const inPlay = objectiveOf(a) === 'wgan-gp';
    return (
      <>
        <Rows>
          <Value id="gp-lambda" label="λ" value={String(s.gpLambda)} />
          <Value id="gp-form" label="Form" value={s.gpOneSided ? 'one-sided' : 'two-sided'} />
          {inPlay && (
            <>
              <Value id="gp-slope" label={`Slope K of ${dInPlay(a)}`} value={formatNumber(a.criticSlope ?? NaN)} />
              <Value
                id="gp-jd-expected"
                label="J(D) without the penalty"
                value={formatNumber(a.lossDExpected)}
                unit="units of x"
              />
              <Value id="gp-minus-w1" label="−W₁" value={formatNumber(-a.w1)} unit="units of x" />
            </>
          )}
        </Rows>
        {inPlay ? (
          <Note>
            {s.gpOneSided
              ? 'One-sided: slopes up to 1 cost nothing, so the critic can turn over freely.'
              : 'Two-sided: a slope of 0 costs λ per point, a wall the 1-D critic must cross to turn over.'}
          </Note>
        ) : (
          <NotInPlay a={a} objective="wgan-gp" />
        )}
      </>
    );
  },
  'hinge-loss': ({ a, snap }) => <ObjectiveLosses id="hinge" a={a} snap={snap} objective="hinge" />,
  'hinge-optimum': ({ a }) => {
    const tv = (2 - optimumOf(a, 'hinge').closedForm) / 2;
    return (
      <>
        <Rows>
          <Value id="hinge-tv" label="TV, the total variation (0 to 1)" value={formatNumber(tv)} />
        </Rows>
        <OptimumCheck id="hinge" a={a} objective="hinge" />
      </>
    );
  },
  'optimal-d-update': ({ a, snap, s }) => {
    if (!hasOptimalDGradient(s.objective))
      return <Note>Not offered for the hinge loss: its best D is a step and gives G no gradient.</Note>;
    if (!a.optimalD)
      return (
        <Note>Off: G trains against the network D. Tick Optimal D on the Discriminator panel (key O) to try it.</Note>
      );
    const o = objectiveOf(a);
    const unit = lossUnit(o);
    return (
      <>
        <Rows>
          <Value
            id="optimal-d-jd"
            label="J(D) of the optimal D in play"
            value={formatNumber(a.lossDExpected)}
            unit={unit}
          />
          <Value
            id="optimal-d-closed-form"
            label={`${CLOSED_FORM_NAME[o]}, by its formula`}
            value={formatNumber(a.jdStarClosedForm ?? NaN)}
            unit={unit}
          />
          <Value id="optimal-d-jg-batch" label="J(G) against it, latest batch" value={formatNumber(snap.lossG)} />
        </Rows>
        <Note>The network D rests; k, Step D, R1 and instance noise do nothing in this mode.</Note>
      </>
    );
  },
  'optimal-d-push': ({ a, s }) => {
    const o = objectiveOf(a);
    const push = pushOf(a, s.generatorLoss);
    if (!push) return <Note>The best hinge D is a step: it pushes no sample, so there is nothing to follow.</Note>;
    const which = o === 'gan' ? `${valueLabel(o)}, ${s.generatorLoss} loss` : valueLabel(o);
    return (
      <>
        <Rows>
          <Value
            id="optimal-d-push-speed"
            label={`Mean push |∂J(G)/∂x| on G’s samples (${which})`}
            value={formatNumber(push.meanSpeed)}
          />
          <Value
            id="optimal-d-push-still"
            label="Share of p_model the best D does not push"
            value={formatPercent(push.stillShare)}
            unit="%"
          />
        </Rows>
        <Note>
          For the current G{a.optimalD ? ', as G trains now' : ', whether or not the mode is on'}. Not pushed: below{' '}
          {PUSH_FLOOR}, where D* is saturated (or clamped at 10⁻⁷, §6.10) or the model already matches the data.
        </Note>
      </>
    );
  },
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
        {a.jdStar !== undefined && (
          <Value
            id="theorem-jd-star-quadrature"
            label="J(D*) by quadrature of D* itself (§6.9)"
            value={formatNumber(a.jdStar)}
            unit={NATS}
          />
        )}
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
  const activeIf = (on: boolean, text = 'active') => (on ? { on: true, text } : { on: false, text: 'not active' });
  const gan = s.objective === 'gan';
  switch (id) {
    // The original GAN's own formulas say so only when another objective is training.
    case 'loss-d':
    case 'theorem':
    case 'value-function':
    case 'loss-g-gradients':
      return gan ? null : activeIf(false);
    case 'd-star':
      return gan || s.objective === 'lsgan' ? null : activeIf(false);
    case 'loss-g-minimax':
      return activeIf(gan && s.generatorLoss === 'minimax');
    case 'loss-g-non-saturating':
      return activeIf(gan && s.generatorLoss === 'non-saturating');
    case 'lsgan-loss':
    case 'lsgan-optimum':
      return activeIf(s.objective === 'lsgan');
    case 'wgan-loss':
      return activeIf(s.objective === 'wgan');
    case 'kantorovich-rubinstein':
    case 'optimal-critic':
      return activeIf(isWasserstein(s.objective));
    case 'wgan-gp':
      return activeIf(s.objective === 'wgan-gp', `active, ${s.gpOneSided ? 'one-sided' : 'two-sided'}`);
    case 'hinge-loss':
    case 'hinge-optimum':
      return activeIf(s.objective === 'hinge');
    case 'optimal-d-update':
    case 'optimal-d-push':
      if (!hasOptimalDGradient(s.objective)) return { on: false, text: 'not for hinge' };
      return s.optimalD ? { on: true, text: 'on' } : { on: false, text: 'off' };
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
  const objective = objectiveOf(a);
  if (objective !== 'gan') return <ObjectiveTheoremSummary a={a} step={snap.step} objective={objective} />;
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

/** The summary line for the objectives of §6.9: J(D) of the D in play against that objective's J(D*). */
function ObjectiveTheoremSummary({ a, step, objective }: { a: Analysis; step: number; objective: Objective }) {
  const best = optimumOf(a, objective);
  const unit = lossUnit(objective);
  const card = OPTIMUM_CARD[objective];
  return (
    <p className="formulas-summary" data-testid="formula-theorem-summary">
      <span>The theorem, live ({valueLabel(objective)}):</span> J(D) of {dInPlay(a)} = {formatNumber(a.lossDExpected)}{' '}
      {a.lossDExpected - best.quadrature >= -1e-9 ? '≥' : '<'} J(D*) = {CLOSED_FORM_NAME[objective]} ={' '}
      {formatNumber(best.closedForm)}
      {unit ? ` ${unit}` : ''} at step {step} (
      <button
        type="button"
        className="formulas-link"
        onClick={() =>
          document.getElementById(`formula-${card}`)?.scrollIntoView({ behavior: 'smooth', block: 'center' })
        }
      >
        §6.9
      </button>
      ).
    </p>
  );
}
