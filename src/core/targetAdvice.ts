// The app's recommended training settings for a target with several modes, and what they were measured
// to do (`npm run bench:convergence` and `npm run bench:bridge`, 10 seeds, 8,000 steps, WASM; README,
// "Mixtures"). The single Gaussian and the uniform need nothing beyond the defaults; two and three
// modes get a one-click setting, and the numbers say how far it gets and why not further.
import type { Settings } from './settings';

export type AdvisedTarget = 'two-modes' | 'three-modes';
/** The settings an advice may set. */
type AdvisedKey = 'gActivation' | 'gHidden' | 'r1Gamma';

export interface TargetAdvice {
  target: AdvisedTarget;
  /** What one click applies (over the current settings). */
  settings: Partial<Pick<Settings, AdvisedKey>>;
  /** Seeds run, and on how many every mode kept at least a third of its weight (median of the late checks)… */
  seeds: number;
  held: number;
  /** … with the defaults instead. */
  heldByDefaults: number;
  /** The median over seeds of the median JS over steps 5,000–8,000 (nats), with the advice and with the defaults. */
  lateJs: number;
  lateJsByDefaults: number;
  /** At step 8,000 (medians over seeds): p_model's mass between the modes as a multiple of p_data's there… */
  bridge: number;
  /** … the share of JS that comes from between the modes … */
  jsFromGaps: number;
  /** … and G's steepest slope there as a share of the slope that would hold the bridge to p_data's mass. */
  slopeShare: number;
}

export const TARGET_ADVICE: Readonly<Record<AdvisedTarget, TargetAdvice>> = {
  'two-modes': {
    target: 'two-modes',
    settings: { gActivation: 'leakyRelu', gHidden: 32, r1Gamma: 1 },
    seeds: 10,
    held: 10,
    heldByDefaults: 10,
    lateJs: 0.0185,
    lateJsByDefaults: 0.0645,
    bridge: 2.1,
    jsFromGaps: 0.44,
    slopeShare: 0.48,
  },
  'three-modes': {
    target: 'three-modes',
    settings: { gActivation: 'leakyRelu', gHidden: 32, r1Gamma: 1 },
    seeds: 10,
    held: 10,
    heldByDefaults: 0,
    lateJs: 0.0687,
    lateJsByDefaults: 0.147,
    bridge: 5.6,
    jsFromGaps: 0.55,
    slopeShare: 0.19,
  },
};

/** The advice for the current target, or null (one mode, a uniform, a drawn density). */
export function targetAdvice(s: Pick<Settings, 'targetKind' | 'components'>): TargetAdvice | null {
  if (s.targetKind !== 'mixture') return null;
  if (s.components === 2) return TARGET_ADVICE['two-modes'];
  if (s.components === 3) return TARGET_ADVICE['three-modes'];
  return null;
}

/** Whether the settings already follow the advice. */
export const followsAdvice = (s: Pick<Settings, AdvisedKey>, advice: TargetAdvice): boolean =>
  (Object.keys(advice.settings) as AdvisedKey[]).every((k) => s[k] === advice.settings[k]);
