// What a lesson step promises will happen in training, as data: an outcome, by which step, and on how
// many of how many seeds (seeds 1…N, which every backend trains the same way up to rounding). The
// step's text states the same "k of N seeds"; `npm run bench:lessons` replays every claim under Node
// and fails when it holds on fewer seeds than promised. A lesson that shows one seed on purpose ("with
// this seed one mode collapses") names that seed in the claim and in its settings.
import { COLLAPSE_FRACTION } from './modeMass';
import type { Settings } from './settings';
import { UI_LANGUAGES, type UiLanguage } from './uiLanguages';

const CLAIM_OUTCOMES = [
  // JS falls below `value` nats at some check up to `by`.
  'js-below',
  // JS stays above `value` nats at every check up to `by` (a saturated loss: nothing moves).
  'js-stays-above',
  // W1 falls below `value` (units of x) at some check up to `by`.
  'w1-below',
  // At step `by`, every mode keeps at least `value` (default COLLAPSE_FRACTION) of its target weight.
  'modes-held',
  // At step `by`, some mode keeps less than COLLAPSE_FRACTION of its target weight.
  'mode-collapsed',
  // A loss or a weight is NaN/∞ by step `by`.
  'diverged',
] as const;
type ClaimOutcome = (typeof CLAIM_OUTCOMES)[number];

export interface LessonClaim {
  outcome: ClaimOutcome;
  /** The threshold of js-below, js-stays-above (nats), w1-below (x units) and modes-held (share of weight). */
  value?: number;
  by: number;
  /** Seeds 1…seeds are replayed; with `seed`, only that one (then seeds = holds = 1). */
  seeds: number;
  /** On how many of them the text promises the outcome. */
  holds: number;
  /** A lesson that shows one seed on purpose: that seed (the lesson's settings set it too). */
  seed?: number;
  /** Changes for this claim only, over the step's setup ("8 of 20 seeds without R1": { "r1Gamma": 0 }). */
  settings?: Partial<Settings>;
}

/** What the benchmark reads of one seed at each check (every 100 steps or so). */
export interface RunCheck {
  step: number;
  js: number;
  w1: number;
  /** Each mode's captured mass / its target weight (mixtures of ≥ 2 modes; else empty). */
  modeShares: number[];
  diverged: boolean;
}

/** A claim replays over at least this many seeds, unless it is the very experiment the lesson runs. */
const MIN_CLAIM_SEEDS = 20;
/** The longest claim (steps): a lesson that needs more would keep a class waiting. */
const MAX_CLAIM_STEPS = 20_000;

const NEEDS_VALUE: readonly ClaimOutcome[] = ['js-below', 'js-stays-above', 'w1-below'];
const CLAIM_FIELDS = new Set(['outcome', 'value', 'by', 'seeds', 'holds', 'seed', 'settings']);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1;

/** How a claim's count reads in a step's text, per language ("12 of 20 seeds", "20 个种子中 12 个"). */
const CLAIM_COUNT_TEXT: Readonly<Record<UiLanguage, (holds: number, seeds: number) => string>> = {
  en: (k, n) => `${k} of ${n} seeds`,
  'zh-CN': (k, n) => `${n} 个种子中 ${k} 个`,
};

/**
 * The problems of one claim (`raw`), for a step whose setup is `setup` and whose text is `text`: the
 * fields, and the count stated in every language (a single-seed claim instead names its seed in the setup).
 */
export function claimProblems(
  raw: unknown,
  setup: Settings,
  text: Readonly<Record<UiLanguage, string>>,
  where: string,
): string[] {
  if (!isObject(raw)) return [`${where}: a claim must be an object`];
  const problems: string[] = [];
  for (const field of Object.keys(raw))
    if (!CLAIM_FIELDS.has(field)) problems.push(`${where}: unknown field "${field}"`);
  const { outcome, value, by, seeds, holds, seed } = raw;
  if (!(CLAIM_OUTCOMES as readonly unknown[]).includes(outcome))
    problems.push(`${where}: outcome must be one of ${CLAIM_OUTCOMES.join(', ')}`);
  if (NEEDS_VALUE.includes(outcome as ClaimOutcome) && !(typeof value === 'number' && value > 0))
    problems.push(`${where}: ${String(outcome)} needs a positive value`);
  if (value !== undefined && !(typeof value === 'number' && Number.isFinite(value) && value > 0))
    problems.push(`${where}: value must be a positive number`);
  if (!isCount(by) || by > MAX_CLAIM_STEPS) problems.push(`${where}: by must be a step from 1 to ${MAX_CLAIM_STEPS}`);
  if (!isCount(seeds) || !isCount(holds) || holds > seeds)
    problems.push(`${where}: seeds and holds must be counts with holds ≤ seeds`);
  if (raw.settings !== undefined && !isObject(raw.settings)) problems.push(`${where}: settings must be an object`);
  if (problems.length > 0) return problems;
  if (seed !== undefined) {
    if (!(isCount(seed) && seeds === 1 && holds === 1))
      problems.push(`${where}: a one-seed claim has a seed ≥ 1 and seeds = holds = 1`);
    else if (setup.seed !== seed)
      problems.push(`${where}: the lesson shows seed ${String(seed)}: its settings must set it`);
    return problems;
  }
  const ownExperiment = setup.view === 'experiment' && setup.experimentSeeds === seeds;
  if ((seeds as number) < MIN_CLAIM_SEEDS && !ownExperiment)
    problems.push(`${where}: replay at least ${MIN_CLAIM_SEEDS} seeds (or exactly the lesson's experiment's)`);
  for (const language of UI_LANGUAGES) {
    const count = CLAIM_COUNT_TEXT[language](holds as number, seeds as number);
    if (!text[language].includes(count)) problems.push(`${where}: the ${language} text must state “${count}”`);
  }
  return problems;
}

const first = (checks: readonly RunCheck[], by: number, test: (c: RunCheck) => boolean): boolean =>
  checks.some((c) => c.step <= by && !c.diverged && test(c));

/** The check at step `by` (the last one not after it); undefined when there is none. */
const at = (checks: readonly RunCheck[], by: number): RunCheck | undefined => checks.filter((c) => c.step <= by).at(-1);

/** Whether one seed's run (its checks, every few steps from the start) bears the claim out. */
export function claimHolds(claim: LessonClaim, checks: readonly RunCheck[]): boolean {
  const { by } = claim;
  const value = claim.value ?? NaN;
  switch (claim.outcome) {
    case 'js-below':
      return first(checks, by, (c) => c.js < value);
    case 'w1-below':
      return first(checks, by, (c) => c.w1 < value);
    case 'js-stays-above': {
      const upTo = checks.filter((c) => c.step <= by);
      return upTo.length > 0 && upTo.every((c) => !c.diverged && c.js > value);
    }
    case 'diverged':
      return checks.some((c) => c.step <= by && c.diverged);
    case 'modes-held': {
      const c = at(checks, by);
      const least = claim.value ?? COLLAPSE_FRACTION;
      return !!c && !c.diverged && c.modeShares.length >= 2 && c.modeShares.every((s) => s >= least);
    }
    case 'mode-collapsed': {
      const c = at(checks, by);
      return !!c && !c.diverged && c.modeShares.some((s) => s < COLLAPSE_FRACTION);
    }
  }
}

/** The seeds a claim replays. */
export const claimSeeds = (claim: LessonClaim): number[] =>
  claim.seed !== undefined ? [claim.seed] : Array.from({ length: claim.seeds }, (_, i) => i + 1);
