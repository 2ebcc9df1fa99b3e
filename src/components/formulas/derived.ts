// The numbers of one snapshot that the analysis does not carry, computed once per snapshot for all the
// cards that show them (the maths is in core; this only remembers it per Analysis object).
import { entropy } from '../../core/divergences';
import { optimumKey } from '../../core/formulaObjectives';
import { objectiveOf } from '../../core/objectives';
import { generatorLosses, gridMoments } from '../../core/formulas';
import { binWidth, CHART_GRID } from '../../core/grid';
import type { Objective } from '../../core/objectives';
import { optimumOf, type Optimum } from '../../core/objectiveOptimum';
import { optimalPush, type PushStats } from '../../core/optimalPush';
import type { Analysis } from '../../core/protocol';
import type { GeneratorLossKind } from '../../core/settings';
import { wasserstein1 } from '../../core/wasserstein';

const DX = binWidth(CHART_GRID);

interface Derived {
  w1: number;
  hData: number;
  model: { mass: number; mean: number; std: number };
  /** The original GAN's generator losses; a.d is a probability only under that objective. */
  gen: ReturnType<typeof generatorLosses>;
  /** J(D*) of each objective asked for (WGAN-GP shares WGAN's). */
  optima: Partial<Record<Objective, Optimum>>;
  push: Partial<Record<GeneratorLossKind, PushStats | null>>;
}

const cache = new WeakMap<Analysis, Derived>();

export function derived(a: Analysis): Derived {
  let d = cache.get(a);
  if (!d) {
    d = {
      w1: wasserstein1(a.pData, a.pModel, DX),
      hData: entropy(a.pData, DX),
      model: gridMoments(a.pModel, CHART_GRID),
      gen: generatorLosses(a.d, a.pModel, DX),
      optima: {},
      push: {},
    };
    cache.set(a, d);
  }
  return d;
}

/** J(D*) of an objective for this snapshot's G, two ways. */
export function optimum(a: Analysis, objective: Objective): Optimum {
  const optima = derived(a).optima;
  return (optima[optimumKey(objective)] ??= optimumOf(a, objective, DX));
}

/** The push of the best D of the objective in play on p_model's mass; null where it has none (hinge). */
export function push(a: Analysis, loss: GeneratorLossKind): PushStats | null {
  const pushes = derived(a).push;
  if (pushes[loss] === undefined) pushes[loss] = optimalPush(objectiveOf(a), loss, a.pData, a.pModel, DX);
  return pushes[loss];
}
