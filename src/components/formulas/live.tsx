// The live part of each formula: the current numbers of the running GAN (one snapshot at a time), and
// for the switchable parts (objective, generator loss, stabilisers, optimal-D mode) whether they are on.
// Only these components subscribe to the snapshot; the typeset formulas beside them never re-render.
import type { ReactNode } from 'react';
import { gaussianKL } from '../../core/analysis';
import { targetDistribution } from '../../core/distributions';
import { entropy, INFINITE_MASS, KL_FLOOR } from '../../core/divergences';
import { generatorLosses, gridMoments, type FormulaId } from '../../core/formulas';
import { binWidth, CHART_GRID } from '../../core/grid';
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
import type { Translate } from '../../i18n/messages';
import { useSettings, useSnapshot } from '../../state/context';
import { formatNumber, log2In, toUnits } from '../../state/format';
import { useT } from '../../state/language';
import { formatPercent } from '../charts/ModeMass';

const DX = binWidth(CHART_GRID);

/** An objective's name, as the settings show it. */
const objectiveName = (t: Translate, o: Objective) => t(`value.${o}`);
/** "nats" or "bits". */
const unitLabel = (t: Translate, u: Units) => t(`value.${u}`);

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
function dInPlay(t: Translate, a: Analysis): string {
  if (a.optimalD)
    return isWasserstein(objectiveOf(a)) ? t('formula.live.d.optimalCritic') : t('formula.live.d.optimalD');
  return isWasserstein(objectiveOf(a)) ? t('formula.live.d.critic') : t('formula.live.d.current');
}

/** A critic's scores are in units of x; the original GAN's losses in nats; LSGAN's and hinge's plain numbers. */
const lossUnit = (t: Translate, o: Objective): string | undefined =>
  o === 'gan' ? t('value.nats') : isWasserstein(o) ? t('formula.unit.x') : undefined;

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
  const t = useT();
  return (
    <abbr
      className="ge-marker"
      title={title}
      tabIndex={0}
      aria-label={sign === '≥' ? t('formula.live.atLeast') : t('formula.live.atMost')}
    >
      {sign}
    </abbr>
  );
}

const flooredTitle = (t: Translate, kl: KLValue, ref: string) =>
  t('formula.live.floored', {
    ref,
    percent: formatNumber(kl.missingMass * 100, 2),
    floor: KL_FLOOR,
    from: INFINITE_MASS * 100,
  });

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
  const t = useT();
  return (
    <Value
      id={id}
      label={label}
      value={kl.infinite ? '∞' : formatNumber(toUnits(kl.value, units))}
      unit={unitLabel(t, units)}
      before={kl.floored && !kl.infinite ? <Marker sign="≥" title={flooredTitle(t, kl, refName)} /> : undefined}
    />
  );
}

const param = (v: number) => String(Number(v.toFixed(2))).replace('-', '−');

export function describeTarget(t: Translate, s: Settings): string {
  if (s.targetKind === 'uniform') return `U(${param(s.uniformLow)}, ${param(s.uniformHigh)})`;
  if (s.targetKind === 'drawn') return t('formula.live.drawnTarget');
  const parts = targetDistribution(s).components ?? [];
  if (parts.length === 1) return `N(${param(parts[0].mean)}, ${param(parts[0].std)}²)`;
  return parts.map((c) => `${param(c.weight)}·N(${param(c.mean)}, ${param(c.std)}²)`).join(' + ');
}

/** For a formula of an objective that is not the one training now. */
function NotInPlay({ a, objective }: { a: Analysis; objective: Objective }) {
  const t = useT();
  return (
    <Note>
      {t('formula.live.notInPlay', {
        now: objectiveName(t, objectiveOf(a)),
        objective: objectiveName(t, objective),
      })}
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
  const t = useT();
  if (objectiveOf(a) !== objective) return <NotInPlay a={a} objective={objective} />;
  const unit = lossUnit(t, objective);
  return (
    <Rows>
      <Value
        id={`${id}-loss-jd-exact`}
        label={t('formula.live.jdExactFor', { d: dInPlay(t, a) })}
        value={formatNumber(a.lossDExpected)}
        unit={unit}
      />
      <Value
        id={`${id}-loss-jd-batch`}
        label={t('formula.live.jdBatch')}
        value={formatNumber(snap.lossD)}
        unit={unit}
      />
      <Value
        id={`${id}-loss-jg-batch`}
        label={t('formula.live.jgBatch')}
        value={formatNumber(snap.lossG)}
        unit={unit}
      />
    </Rows>
  );
}

/**
 * An objective's J(D*) for the current G two ways (quadrature of the best D, closed form), and J(D) of
 * the D in play when the objective is the one training.
 */
function OptimumCheck({ id, a, objective }: { id: string; a: Analysis; objective: Objective }) {
  const t = useT();
  const o = optimumOf(a, objective);
  const active = sameOptimum(objectiveOf(a), objective);
  const critic = isWasserstein(objective);
  const unit = lossUnit(t, objective);
  const holds = a.lossDExpected - o.quadrature >= -1e-9;
  return (
    <>
      <Rows>
        <Value
          id={`${id}-jd-star`}
          label={critic ? t('formula.live.jdStarQuadCritic') : t('formula.live.jdStarQuadD')}
          value={formatNumber(o.quadrature)}
          unit={unit}
        />
        <Value
          id={`${id}-jd-star-closed-form`}
          label={t('formula.live.byFormula', { name: CLOSED_FORM_NAME[objective] })}
          value={formatNumber(o.closedForm)}
          unit={unit}
        />
        {active && (
          <Value
            id={`${id}-jd-expected`}
            label={t('formula.live.jdOf', { d: dInPlay(t, a) })}
            value={formatNumber(a.lossDExpected)}
            unit={unit}
          />
        )}
      </Rows>
      <Note>
        {!active
          ? critic
            ? t('formula.live.optimum.noCritic')
            : t('formula.live.optimum.notTraining', { objective: objectiveName(t, objective) })
          : critic
            ? t('formula.live.optimum.critic', { rel: holds ? '≥' : '<' })
            : t('formula.live.optimum.d', { rel: holds ? '≥' : '<' })}{' '}
        {t('formula.live.optimum.independent')}
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
  t: Translate;
}

const LIVE: Record<FormulaId, (p: LiveProps) => ReactNode> = {
  'p-data': ({ s, t }) => (
    <Rows>
      <Value id="p-data" label={t('formula.live.pDataNow')} value={describeTarget(t, s)} />
    </Rows>
  ),
  units: ({ a, units, t }) => (
    <>
      <Rows>
        <Value
          id="units-nats"
          label={t('formula.live.jsIn', { unit: t('value.nats') })}
          value={formatNumber(a.js)}
          unit={t('value.nats')}
        />
        <Value
          id="units-bits"
          label={t('formula.live.jsIn', { unit: t('value.bits') })}
          value={formatNumber(toUnits(a.js, 'bits'))}
          unit={t('value.bits')}
        />
      </Rows>
      <Note>{t('formula.live.unitsNow', { unit: unitLabel(t, units) })}</Note>
    </>
  ),
  mle: ({ a, units, t }) => (
    <>
      <Rows>
        <KLValueRow id="mle" label={t('formula.live.mleCriterion')} kl={a.klForward} units={units} refName="p_model" />
      </Rows>
      <Note>{t('formula.live.mleNote')}</Note>
    </>
  ),
  'mle-forward-kl': ({ a, units, t }) => {
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
            unit={unitLabel(t, units)}
          />
          <KLValueRow id="mle-kl" label="KL(p_data‖p_model)" kl={kl} units={units} refName="p_model" />
          <Value
            id="mle-loglik"
            label="E[log p_model] = −H − KL"
            value={formatNumber(toUnits(ll, units))}
            unit={unitLabel(t, units)}
            before={kl.floored && !kl.infinite ? <Marker sign="≤" title={flooredTitle(t, kl, 'p_model')} /> : undefined}
          />
        </Rows>
        <Note>{t('formula.live.entropyNote')}</Note>
      </>
    );
  },
  kl: ({ a, units, t }) => (
    <Rows>
      <KLValueRow
        id="kl-forward"
        label={t('formula.live.klForward')}
        kl={a.klForward}
        units={units}
        refName="p_model"
      />
      <KLValueRow id="kl-reverse" label={t('formula.live.klReverse')} kl={a.klReverse} units={units} refName="p_data" />
    </Rows>
  ),
  'kl-gaussian': ({ a, s, units, t }) => {
    const parts = s.targetKind === 'mixture' ? (targetDistribution(s).components ?? []) : [];
    if (parts.length !== 1)
      return (
        <Note>
          {t('formula.live.klGaussian.needsSingle', {
            target: describeTarget(t, s),
            value: a.klForward.infinite ? '∞' : formatNumber(toUnits(a.klForward.value, units)),
            unit: unitLabel(t, units),
          })}
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
            label={t('formula.live.klGaussian.closed', {
              target: describeTarget(t, s),
              fit: `N(${param(m.mean)}, ${param(m.std)}²)`,
            })}
            value={formatNumber(toUnits(closed, units))}
            unit={unitLabel(t, units)}
          />
          <KLValueRow
            id="kl-gaussian-quadrature"
            label={t('formula.live.klGaussian.quadrature')}
            kl={a.klForward}
            units={units}
            refName="p_model"
          />
        </Rows>
        <Note>{t('formula.live.klGaussian.note')}</Note>
      </>
    );
  },
  'cross-entropy': ({ a, units, t }) => {
    const d = derived(a);
    const kl = a.klForward;
    const h = kl.infinite ? Infinity : d.hData + kl.value;
    return (
      <>
        <Rows>
          <Value
            id="entropy"
            label="H(p_data)"
            value={formatNumber(toUnits(d.hData, units))}
            unit={unitLabel(t, units)}
          />
          <KLValueRow id="cross-entropy-kl" label="+ KL(p_data‖p_model)" kl={kl} units={units} refName="p_model" />
          <Value
            id="cross-entropy"
            label="= H(p_data, p_model)"
            value={formatNumber(toUnits(h, units))}
            unit={unitLabel(t, units)}
            before={kl.floored && !kl.infinite ? <Marker sign="≥" title={flooredTitle(t, kl, 'p_model')} /> : undefined}
          />
        </Rows>
        <Note>{t('formula.live.crossEntropyNote')}</Note>
      </>
    );
  },
  bce: ({ a, snap, s, t }) =>
    objectiveOf(a) !== 'gan' ? (
      <Note>{t('formula.live.bce.notClassifier', { objective: objectiveName(t, objectiveOf(a)) })}</Note>
    ) : (
      <>
        <Rows>
          <Value id="bce" label={t('formula.live.jdBatch')} value={formatNumber(snap.lossD)} unit={t('value.nats')} />
        </Rows>
        <Note>{t('formula.live.bce.note', { m: 2 * s.batchSize })}</Note>
      </>
    ),
  js: ({ a, units, t }) => (
    <Rows>
      <Value id="js" label="JS(p_data‖p_model)" value={formatNumber(toUnits(a.js, units))} unit={unitLabel(t, units)} />
    </Rows>
  ),
  'js-bounds': ({ a, units, t }) => {
    const share = Math.min(1, Math.max(0, a.js / Math.LN2));
    return (
      <>
        <p className="formulas-check" data-testid="formula-js-bounds-check">
          0 ≤ <output data-testid="formula-value-js-bounds">{formatNumber(toUnits(a.js, units))}</output> ≤{' '}
          {formatNumber(log2In(units))} {unitLabel(t, units)}
        </p>
        <div
          className="formulas-meter"
          role="meter"
          aria-label={t('formula.live.jsMeter')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(share * 1000) / 10}
        >
          <span style={{ width: `${share * 100}%` }} />
        </div>
        <Note>{t('formula.live.jsShare', { percent: formatPercent(share) })}</Note>
      </>
    );
  },
  w1: ({ a, units, t }) => (
    <>
      <Rows>
        <Value id="w1" label="W₁(p_data, p_model)" value={formatNumber(derived(a).w1)} unit={t('formula.unit.x')} />
      </Rows>
      <Note>{t('formula.live.w1Note', { unit: unitLabel(t, units), js: formatNumber(toUnits(a.js, units)) })}</Note>
    </>
  ),
  'loss-d': ({ a, snap, t }) =>
    objectiveOf(a) !== 'gan' ? (
      <NotInPlay a={a} objective="gan" />
    ) : (
      <Rows>
        <Value
          id="loss-d-batch"
          label={t('formula.live.onLatestBatch')}
          value={formatNumber(snap.lossD)}
          unit={t('value.nats')}
        />
        <Value
          id="loss-d-exact"
          label={t('formula.live.exactCurrentD')}
          value={formatNumber(a.lossDExpected)}
          unit={t('value.nats')}
        />
      </Rows>
    ),
  'd-star': ({ a, t }) =>
    objectiveOf(a) !== 'gan' && objectiveOf(a) !== 'lsgan' ? (
      <Note>{t('formula.live.dStar.other', { objective: objectiveName(t, objectiveOf(a)) })}</Note>
    ) : (
      <>
        <Rows>
          <Value id="d-gap" label={t('formula.live.dStar.gap')} value={formatNumber(a.dGap)} />
        </Rows>
        <Note>{objectiveOf(a) === 'lsgan' ? t('formula.live.dStar.noteLsgan') : t('formula.live.dStar.note')}</Note>
      </>
    ),
  theorem: ({ a, t }) =>
    objectiveOf(a) !== 'gan' ? (
      <Note>
        {t('formula.live.theorem.other', {
          objective: objectiveName(t, objectiveOf(a)),
          closedForm: CLOSED_FORM_NAME[objectiveOf(a)],
        })}
      </Note>
    ) : (
      <TheoremCheck a={a} />
    ),
  'value-function': ({ a, t }) => {
    if (objectiveOf(a) !== 'gan') return <NotInPlay a={a} objective="gan" />;
    const c = -2 * Math.LN2 + 2 * a.js;
    const v = -2 * a.lossDExpected;
    return (
      <>
        <Rows>
          <Value id="value-c" label="C(G) = −log 4 + 2·JS" value={formatNumber(c)} unit={t('value.nats')} />
          <Value id="value-v" label={t('formula.live.value.v')} value={formatNumber(v)} unit={t('value.nats')} />
        </Rows>
        <Note>{t('formula.live.value.note')}</Note>
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
  'loss-g-gradients': ({ a, s, t }) => {
    if (objectiveOf(a) !== 'gan') return <NotInPlay a={a} objective="gan" />;
    const mean = derived(a).gen.meanDFake;
    return (
      <>
        <Rows>
          <Value id="mean-d-fake" label={t('formula.live.meanDFake')} value={formatNumber(mean)} />
          <Value id="factor-minimax" label={t('formula.live.factorMinimax')} value={formatNumber(-0.5 * mean)} />
          <Value
            id="factor-non-saturating"
            label={t('formula.live.factorNonSaturating')}
            value={formatNumber(-0.5 * (1 - mean))}
          />
        </Rows>
        <Note>{t('formula.live.gUsesLoss', { loss: t(`formula.genLoss.${s.generatorLoss}`) })}</Note>
      </>
    );
  },
  ema: ({ s, t }) => (
    <>
      <Rows>
        <Value
          id="ema"
          label={t('formula.live.emaDecay')}
          value={s.emaDecay > 0 ? String(s.emaDecay) : t('formula.status.off')}
        />
      </Rows>
      {s.emaDecay > 0 && <Note>{t('formula.live.emaNote')}</Note>}
    </>
  ),
  r1: ({ s, t }) => (
    <Rows>
      <Value id="r1" label="γ" value={s.r1Gamma > 0 ? String(s.r1Gamma) : t('formula.status.off')} />
    </Rows>
  ),
  'instance-noise': ({ snap, s, t }) => (
    <>
      <Rows>
        <Value
          id="instance-noise"
          label={t('formula.live.noiseSet')}
          value={s.instanceNoise > 0 ? String(s.instanceNoise) : t('formula.status.off')}
        />
        {s.instanceNoise > 0 && (
          <Value
            id="instance-noise-now"
            label={t('formula.live.noiseNow', {
              schedule: t(`formula.schedule.${s.instanceNoiseSchedule}`),
              step: snap.step,
            })}
            value={formatNumber(instanceNoiseAt(s, snap.step))}
          />
        )}
      </Rows>
      {s.instanceNoise > 0 && s.instanceNoiseSchedule === 'fixed' && (
        <Note>{t('formula.live.noiseFixed', { steps: INSTANCE_NOISE_ANNEAL_STEPS })}</Note>
      )}
    </>
  ),
  'lsgan-loss': ({ a, snap }) => <ObjectiveLosses id="lsgan" a={a} snap={snap} objective="lsgan" />,
  'lsgan-optimum': ({ a, t }) => {
    const delta = 8 * (0.25 - optimumOf(a, 'lsgan').closedForm);
    return (
      <>
        <Rows>
          <Value id="lsgan-delta" label={t('formula.live.lsganDelta')} value={formatNumber(delta)} />
        </Rows>
        <OptimumCheck id="lsgan" a={a} objective="lsgan" />
      </>
    );
  },
  'wgan-loss': ({ a, snap, s, t }) => {
    // Along each of the n^L input-to-output paths the slope is a product of L + 1 weights (|w| ≤ c) and
    // activation slopes (≤ 1): |f′| ≤ n^L·c^(L+1) (docs/theory.md §6.9).
    const allowed = s.dHidden ** s.dDepth * s.clipValue ** (s.dDepth + 1);
    const inPlay = objectiveOf(a) === 'wgan';
    const k = a.criticSlope ?? NaN;
    return (
      <>
        <Rows>
          <Value id="wgan-clip" label={t('formula.live.wgan.clip')} value={String(s.clipValue)} />
          <Value
            id="wgan-slope-allowed"
            label={t('formula.live.wgan.allowed', { bound: `${s.dHidden}^${s.dDepth}·c^${s.dDepth + 1}` })}
            value={formatNumber(allowed)}
          />
          {inPlay && (
            <>
              <Value id="wgan-slope" label={t('formula.live.wgan.slope')} value={formatNumber(k)} />
              <Value
                id="wgan-score-gap"
                label={t('formula.live.wgan.scoreGap')}
                value={formatNumber(-a.lossDExpected)}
                unit={t('formula.unit.x')}
              />
              <Value id="wgan-k-w1" label="K·W₁" value={formatNumber(k * a.w1)} unit={t('formula.unit.x')} />
              <Value id="wgan-jg-batch" label={t('formula.live.jgBatch')} value={formatNumber(snap.lossG)} />
            </>
          )}
        </Rows>
        {inPlay ? (
          <Note>{a.optimalD ? t('formula.live.wgan.optimal') : t('formula.live.wgan.clipNote')}</Note>
        ) : (
          <NotInPlay a={a} objective="wgan" />
        )}
      </>
    );
  },
  'kantorovich-rubinstein': ({ a, t }) => {
    const critic = isWasserstein(objectiveOf(a));
    return (
      <>
        <Rows>
          <Value id="kr-w1" label="W₁(p_data, p_model)" value={formatNumber(a.w1)} unit={t('formula.unit.x')} />
          {critic && (
            <>
              <Value
                id="kr-score-gap"
                label={t('formula.live.kr.gap', { d: dInPlay(t, a) })}
                value={formatNumber(-a.lossDExpected)}
                unit={t('formula.unit.x')}
              />
              <Value id="kr-slope" label={t('formula.live.kr.slope')} value={formatNumber(a.criticSlope ?? NaN)} />
            </>
          )}
        </Rows>
        <Note>{critic ? t('formula.live.kr.critic') : t('formula.live.kr.noCritic')}</Note>
      </>
    );
  },
  'optimal-critic': ({ a, t }) => (
    <>
      <OptimumCheck id="critic" a={a} objective="wgan" />
      {isWasserstein(objectiveOf(a)) && (
        <Rows>
          <Value
            id="critic-slope"
            label={t('formula.live.slopeOf', { d: dInPlay(t, a) })}
            value={formatNumber(a.criticSlope ?? NaN)}
          />
        </Rows>
      )}
    </>
  ),
  'wgan-gp': ({ a, s, t }) => {
    const inPlay = objectiveOf(a) === 'wgan-gp';
    return (
      <>
        <Rows>
          <Value id="gp-lambda" label="λ" value={String(s.gpLambda)} />
          <Value
            id="gp-form"
            label={t('formula.live.gp.form')}
            value={s.gpOneSided ? t('formula.gp.oneSided') : t('formula.gp.twoSided')}
          />
          {inPlay && (
            <>
              <Value
                id="gp-slope"
                label={t('formula.live.slopeOf', { d: dInPlay(t, a) })}
                value={formatNumber(a.criticSlope ?? NaN)}
              />
              <Value
                id="gp-jd-expected"
                label={t('formula.live.gp.jd')}
                value={formatNumber(a.lossDExpected)}
                unit={t('formula.unit.x')}
              />
              <Value id="gp-minus-w1" label="−W₁" value={formatNumber(-a.w1)} unit={t('formula.unit.x')} />
            </>
          )}
        </Rows>
        {inPlay ? (
          <Note>{s.gpOneSided ? t('formula.live.gp.oneSidedNote') : t('formula.live.gp.twoSidedNote')}</Note>
        ) : (
          <NotInPlay a={a} objective="wgan-gp" />
        )}
      </>
    );
  },
  'hinge-loss': ({ a, snap }) => <ObjectiveLosses id="hinge" a={a} snap={snap} objective="hinge" />,
  'hinge-optimum': ({ a, t }) => {
    const tv = (2 - optimumOf(a, 'hinge').closedForm) / 2;
    return (
      <>
        <Rows>
          <Value id="hinge-tv" label={t('formula.live.hingeTv')} value={formatNumber(tv)} />
        </Rows>
        <OptimumCheck id="hinge" a={a} objective="hinge" />
      </>
    );
  },
  'optimal-d-update': ({ a, snap, s, t }) => {
    if (!hasOptimalDGradient(s.objective)) return <Note>{t('formula.live.optD.hinge')}</Note>;
    if (!a.optimalD) return <Note>{t('formula.live.optD.off')}</Note>;
    const o = objectiveOf(a);
    const unit = lossUnit(t, o);
    return (
      <>
        <Rows>
          <Value
            id="optimal-d-jd"
            label={t('formula.live.optD.jd')}
            value={formatNumber(a.lossDExpected)}
            unit={unit}
          />
          <Value
            id="optimal-d-closed-form"
            label={t('formula.live.byFormula', { name: CLOSED_FORM_NAME[o] })}
            value={formatNumber(a.jdStarClosedForm ?? NaN)}
            unit={unit}
          />
          <Value id="optimal-d-jg-batch" label={t('formula.live.optD.jg')} value={formatNumber(snap.lossG)} />
        </Rows>
        <Note>{t('formula.live.optD.note')}</Note>
      </>
    );
  },
  'optimal-d-push': ({ a, s, t }) => {
    const o = objectiveOf(a);
    const push = pushOf(a, s.generatorLoss);
    if (!push) return <Note>{t('formula.live.push.hinge')}</Note>;
    const which =
      o === 'gan'
        ? t('formula.live.push.withLoss', {
            objective: objectiveName(t, o),
            loss: t(`formula.genLoss.${s.generatorLoss}`),
          })
        : objectiveName(t, o);
    return (
      <>
        <Rows>
          <Value
            id="optimal-d-push-speed"
            label={t('formula.live.push.speed', { which })}
            value={formatNumber(push.meanSpeed)}
          />
          <Value
            id="optimal-d-push-still"
            label={t('formula.live.push.still')}
            value={formatPercent(push.stillShare)}
            unit="%"
          />
        </Rows>
        <Note>
          {a.optimalD
            ? t('formula.live.push.noteOn', { floor: PUSH_FLOOR })
            : t('formula.live.push.noteOff', { floor: PUSH_FLOOR })}
        </Note>
      </>
    );
  },
  pushforward: ({ a, t }) => {
    const m = derived(a).model;
    return (
      <>
        <Rows>
          <Value id="pushforward-escaped" label={t('formula.live.escaped')} value={formatNumber(a.escapedMass)} />
          <Value
            id="pushforward-moments"
            label={t('formula.live.moments')}
            value={`${param(m.mean)}, ${param(m.std)}`}
          />
        </Rows>
        <Note>{t('formula.live.pushforwardNote')}</Note>
      </>
    );
  },
  'mode-mass': ({ a, s, t }) => {
    const modes = a.modes ?? [];
    if (modes.length < 2) return <Note>{t('formula.live.modes.single', { target: describeTarget(t, s) })}</Note>;
    return (
      <Rows>
        {modes.map((m, i) => (
          <Value
            key={i}
            id={`mode-mass-${i}`}
            label={
              <>
                m<sub>{i + 1}</sub> ({t('formula.live.modes.target')} w<sub>{i + 1}</sub> = {formatPercent(m.weight)}%)
                {isCollapsed(m) && <strong className="warn-text"> {t('formula.live.modes.collapsed')}</strong>}
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
  const t = useT();
  return (
    <>
      <Rows>
        <Value
          id={`${id}-exact`}
          label={t('formula.live.genLoss.exact')}
          value={formatNumber(exact)}
          unit={t('value.nats')}
        />
        {active && (
          <Value
            id={`${id}-batch`}
            label={t('formula.live.genLoss.batch')}
            value={formatNumber(batch)}
            unit={t('value.nats')}
          />
        )}
      </Rows>
      {!active && <Note>{t('formula.live.genLoss.unused')}</Note>}
    </>
  );
}

/** The theorem, checkable: J(D) of the current D against log 2 − JS, and how far apart they are. */
function TheoremCheck({ a }: { a: Analysis }) {
  const t = useT();
  const best = Math.LN2 - a.js;
  const diff = a.lossDExpected - best;
  // J(D) ≥ log 2 − JS up to mass off the grid (docs/theory.md §7.7); rounding aside
  const holds = diff >= -1e-9;
  return (
    <>
      <p className="formulas-check" data-testid="formula-theorem-check">
        {t('formula.live.theorem.jdCurrentD')} ={' '}
        <output data-testid="formula-value-jd-expected">{formatNumber(a.lossDExpected)}</output> {holds ? '≥' : '<'} log
        2 − JS = <output data-testid="formula-value-jd-star">{formatNumber(best)}</output> {t('value.nats')}
      </p>
      <Rows>
        <Value
          id="theorem-gap"
          label={t('formula.live.theorem.diff')}
          value={formatNumber(diff)}
          unit={t('value.nats')}
        />
        {a.jdStar !== undefined && (
          <Value
            id="theorem-jd-star-quadrature"
            label={t('formula.live.theorem.quadrature')}
            value={formatNumber(a.jdStar)}
            unit={t('value.nats')}
          />
        )}
      </Rows>
      <Note>{holds ? t('formula.live.theorem.meet') : t('formula.live.theorem.below')}</Note>
    </>
  );
}

/** Whether a switchable formula is in use now (generator loss, stabilisers); null for the others. */
export function statusOf(id: FormulaId, s: Settings, t: Translate): { on: boolean; text: string } | null {
  const activeIf = (on: boolean, text = t('formula.status.active')) =>
    on ? { on: true, text } : { on: false, text: t('formula.status.notActive') };
  const on = { on: true, text: t('formula.status.on') };
  const off = { on: false, text: t('formula.status.off') };
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
      return activeIf(
        s.objective === 'wgan-gp',
        t('formula.status.activeWith', { form: s.gpOneSided ? t('formula.gp.oneSided') : t('formula.gp.twoSided') }),
      );
    case 'hinge-loss':
    case 'hinge-optimum':
      return activeIf(s.objective === 'hinge');
    case 'optimal-d-update':
    case 'optimal-d-push':
      if (!hasOptimalDGradient(s.objective)) return { on: false, text: t('formula.status.notForHinge') };
      return s.optimalD ? on : off;
    case 'ema':
      return s.emaDecay > 0 ? on : off;
    case 'r1':
      return s.r1Gamma > 0 ? on : off;
    case 'instance-noise':
      return s.instanceNoise > 0
        ? {
            on: true,
            text: t('formula.status.onWith', { schedule: t(`formula.schedule.${s.instanceNoiseSchedule}`) }),
          }
        : off;
    default:
      return null;
  }
}

export function Status({ id }: { id: FormulaId }) {
  const st = statusOf(id, useSettings(), useT());
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
  const t = useT();
  if (!snap) return <Note>{t('formula.view.waiting')}</Note>;
  const render = LIVE[id];
  return <div className="formulas-live">{render({ a: snap.analysis, snap, s, units: s.units, t })}</div>;
}

/** One line at the top of the view: the theorem, checkable at a glance. */
export function TheoremSummary() {
  const snap = useSnapshot();
  const t = useT();
  if (!snap) return null;
  const a = snap.analysis;
  const objective = objectiveOf(a);
  if (objective !== 'gan') return <ObjectiveTheoremSummary a={a} step={snap.step} objective={objective} />;
  const best = Math.LN2 - a.js;
  return (
    <p className="formulas-summary" data-testid="formula-theorem-summary">
      <span>{t('formula.summary.live')}</span>{' '}
      {t('formula.summary.gan', {
        jd: formatNumber(a.lossDExpected),
        rel: a.lossDExpected - best >= -1e-9 ? '≥' : '<',
        best: formatNumber(best),
        step: snap.step,
      })}
      {t('formula.summary.open')}
      <button
        type="button"
        className="formulas-link"
        onClick={() =>
          document.getElementById('formula-theorem')?.scrollIntoView({ behavior: 'smooth', block: 'center' })
        }
      >
        §6.4
      </button>
      {t('formula.summary.close')}
    </p>
  );
}

/** The summary line for the objectives of §6.9: J(D) of the D in play against that objective's J(D*). */
function ObjectiveTheoremSummary({ a, step, objective }: { a: Analysis; step: number; objective: Objective }) {
  const t = useT();
  const best = optimumOf(a, objective);
  const unit = lossUnit(t, objective);
  const card = OPTIMUM_CARD[objective];
  return (
    <p className="formulas-summary" data-testid="formula-theorem-summary">
      <span>{t('formula.summary.liveOf', { objective: objectiveName(t, objective) })}</span>{' '}
      {t('formula.summary.objective', {
        d: dInPlay(t, a),
        jd: formatNumber(a.lossDExpected),
        rel: a.lossDExpected - best.quadrature >= -1e-9 ? '≥' : '<',
        closedForm: CLOSED_FORM_NAME[objective],
        value: formatNumber(best.closedForm),
        unit: unit ?? '',
        step,
      })}
      {t('formula.summary.open')}
      <button
        type="button"
        className="formulas-link"
        onClick={() =>
          document.getElementById(`formula-${card}`)?.scrollIntoView({ behavior: 'smooth', block: 'center' })
        }
      >
        §6.9
      </button>
      {t('formula.summary.close')}
    </p>
  );
}
