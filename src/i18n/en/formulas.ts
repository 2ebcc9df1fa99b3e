// English: the Formulas view's messages (see ../messages.ts). Every formula of src/core/formulas.ts and
// every section has its text here (the key type is derived from their ids, so a formula without its
// title, sentence or source fails the typecheck); then the live readouts beside the formulas.
// The TeX stays in src/core/formulas.ts: math is the same in every language.
import type { FormulaId, FormulaSectionId } from '../../core/formulas';
import type { Message } from '../catalogue';
import { PAPERS } from '../papers';

/** The keys every formula and every section must have. */
export type FormulaTextKey =
  `formula.${FormulaId}.${'title' | 'plain' | 'source'}` | `formula.section.${FormulaSectionId}`;

type S = string;

export const formulas = {
  'formula.section.§1': 'Notation and units',
  'formula.section.§2': 'Maximum likelihood',
  'formula.section.§3': 'KL divergence',
  'formula.section.§4': 'Cross-entropy',
  'formula.section.§5': 'Jensen–Shannon divergence',
  'formula.section.§6.2': "The discriminator's loss J(D)",
  'formula.section.§6.3': 'The optimal discriminator D*',
  'formula.section.§6.4': 'The theorem: J(D*) = log 2 − JS',
  'formula.section.§6.5': "The generator's loss J(G)",
  'formula.section.§6.7': 'Does training converge? Stabilisers',
  'formula.section.§6.9': 'Other objectives',
  'formula.section.§6.10': 'Optimal-D mode',
  'formula.section.§7.4': 'p_model: the exact pushforward',
  'formula.section.§7.9': 'Per-mode mass',
  'formula.p-data.title': 'The target p_data',
  'formula.p-data.plain':
    'The density you shape: up to three Gaussian bumps, each with a mean, a spread and a weight (the weights are divided by their sum), or a uniform density.',
  'formula.p-data.source': 'A definition: the app’s target',
  'formula.units.title': 'Nats and bits',
  'formula.units.plain':
    'Every logarithm is natural, so information comes in nats; one bit is ln 2 ≈ 0.693 nats. Press U to switch the divergences between the two.',
  'formula.units.source': 'A definition: 1 bit = ln 2 nats',
  'formula.mle.title': 'Maximum likelihood',
  'formula.mle.plain':
    'Choose the parameters under which the observed data were most probable. A GAN’s G is not trained this way: you can sample from it but not evaluate its density.',
  'formula.mle.source': `${PAPERS.GOODFELLOW_2016}, maximum likelihood estimation`,
  'formula.mle-forward-kl.title': 'Maximum likelihood is forward KL',
  'formula.mle-forward-kl.plain':
    'With unlimited data the average log-likelihood is minus the data’s entropy minus the forward KL. The entropy does not depend on θ, so maximum likelihood minimises KL(p_data‖p_model): it covers every mode.',
  'formula.mle-forward-kl.source': `${PAPERS.GOODFELLOW_2016}, maximum likelihood estimation`,
  'formula.kl.title': 'KL divergence',
  'formula.kl.plain':
    'The average extra cost of describing samples of P with a code built for Q. It is ≥ 0, 0 only when P = Q, not symmetric, and ∞ when Q has a hole where P has mass.',
  'formula.kl.source': 'Kullback & Leibler 1951; Goodfellow 2016 (mode covering vs mode seeking)',
  'formula.kl-gaussian.title': 'KL between two Gaussians, in closed form',
  'formula.kl-gaussian.plain':
    'No integral needed when both densities are Gaussian; the unit tests check the app’s quadrature against it. Beside it: the target against the Gaussian with p_model’s mean and σ.',
  'formula.kl-gaussian.source': 'Kullback & Leibler 1951',
  'formula.cross-entropy.title': 'Cross-entropy and KL',
  'formula.cross-entropy.plain':
    'Cross-entropy is the entropy of P plus the KL from P to Q. For a fixed P the entropy is a constant, so minimising the cross-entropy over Q minimises the KL.',
  'formula.cross-entropy.source': `${PAPERS.GOODFELLOW_2016}, the discriminator’s cost`,
  'formula.bce.title': 'Binary cross-entropy',
  'formula.bce.plain':
    'The loss of a yes/no classifier with output H and label Y. The discriminator is exactly this classifier: label 1 for real samples, 0 for generated ones.',
  'formula.bce.source': `${PAPERS.GOODFELLOW_2016}, the discriminator’s cost`,
  'formula.js.title': 'Jensen–Shannon divergence',
  'formula.js.plain':
    'How far each distribution is from their average. Unlike KL it is symmetric and never infinite. It is the divergence a GAN with an optimal discriminator minimises.',
  'formula.js.source': 'Lin 1991; Goodfellow et al. 2014, Theorem 1',
  'formula.js-bounds.title': 'JS is bounded',
  'formula.js-bounds.plain':
    'JS is 0 only when the two distributions are equal and reaches log 2 (1 bit) exactly when they do not overlap at all; then it cannot tell “far” from “very far”.',
  'formula.js-bounds.source': 'Lin 1991',
  'formula.w1.title': 'Wasserstein-1 distance, for comparison',
  'formula.w1.plain':
    'The area between the two cumulative distribution functions: how far, on average, mass has to be moved to turn one distribution into the other. Unlike JS it keeps growing as non-overlapping distributions move apart.',
  'formula.w1.source': 'Arjovsky, Chintala & Bottou 2017, Wasserstein GAN',
  'formula.loss-d.title': 'The discriminator’s loss',
  'formula.loss-d.plain':
    'The binary cross-entropy of §4 on half real samples (label 1) and half generated ones (label 0). D wants it small: say “real” to data and “fake” to G’s samples.',
  'formula.loss-d.source': `${PAPERS.GOODFELLOW_2014}; ${PAPERS.GOODFELLOW_2016}`,
  'formula.d-star.title': 'The optimal discriminator',
  'formula.d-star.plain':
    'For a fixed G, the best D says ½ where the two densities are equal, 1 where only data live and 0 where only G’s samples do. The gap below measures how far the trained D is from it.',
  'formula.d-star.source': `${PAPERS.GOODFELLOW_2014}, Proposition 1`,
  'formula.theorem.title': 'The theorem',
  'formula.theorem.plain':
    'The best discriminator’s loss tells you the JS divergence, and every other D does worse: J(D) ≥ log 2 − JS, with equality when D = D*. At the optimum p_model = p_data, JS = 0 and J(D*) = log 2.',
  'formula.theorem.source': `${PAPERS.GOODFELLOW_2014}, Theorem 1`,
  'formula.value-function.title': 'The same theorem in the paper’s form',
  'formula.value-function.plain':
    'Goodfellow et al. write the game with the value function V, which D maximises and G minimises. It is the identity above multiplied by −2, smallest exactly when p_model = p_data.',
  'formula.value-function.source': `${PAPERS.GOODFELLOW_2014}, Theorem 1`,
  'formula.loss-g-minimax.title': 'Minimax generator loss',
  'formula.loss-g-minimax.plain':
    'The zero-sum game: G minimises what D maximises. When D confidently rejects the fakes, this loss goes flat and G stops learning, exactly when it is worst.',
  'formula.loss-g-minimax.source': `${PAPERS.GOODFELLOW_2014}; ${PAPERS.GOODFELLOW_2016}`,
  'formula.loss-g-non-saturating.title': 'Non-saturating generator loss',
  'formula.loss-g-non-saturating.plain':
    'G maximises the log-probability that D is fooled. It pushes D(G(z)) up like the minimax loss, but hardest when D is winning.',
  'formula.loss-g-non-saturating.source': `${PAPERS.GOODFELLOW_2014}, §3; ${PAPERS.GOODFELLOW_2016}`,
  'formula.loss-g-gradients.title': 'Why the minimax loss saturates',
  'formula.loss-g-gradients.plain':
    'The factor that reaches G through D’s logit l at a fake sample. When D(G(z)) is near 0, the minimax factor vanishes while the non-saturating one is at its largest, ½.',
  'formula.loss-g-gradients.source': `${PAPERS.GOODFELLOW_2016}; Arjovsky & Bottou 2017`,
  'formula.ema.title': 'EMA of G’s weights',
  'formula.ema.plain':
    'A running average of G’s weights after every G update. Training is unchanged; the app then shows the averaged G, which circles less than the G being trained.',
  'formula.ema.source': 'Weight averaging, common practice (docs/theory.md cites no paper for it)',
  'formula.r1.title': 'R1 gradient penalty',
  'formula.r1.plain':
    'D’s loss plus a penalty on the slope of its logit ℓ where the data are, so D cannot be steep there; that damps the circling of the game around the equilibrium.',
  'formula.r1.source': 'Mescheder et al. 2018',
  'formula.instance-noise.title': 'Instance noise',
  'formula.instance-noise.plain':
    'Every input of D, real or generated, is blurred by Gaussian noise, so the two blurred densities always overlap and D’s gradient stays useful. Annealed, σ falls to 0 over 4,000 steps.',
  'formula.instance-noise.source': 'Arjovsky & Bottou 2017; Sønderby et al. 2017',
  'formula.lsgan-loss.title': 'LSGAN: least-squares losses',
  'formula.lsgan-loss.plain':
    'D fits the labels 1 (real) and 0 (generated) by squared error, with no sigmoid; G wants its samples scored 1. A sample D already scores as real but far from the data is still pulled, where the cross-entropy goes flat.',
  'formula.lsgan-loss.source': PAPERS.MAO_2017,
  'formula.lsgan-optimum.title': 'LSGAN’s best D and its value',
  'formula.lsgan-optimum.plain':
    'The same best D as the original GAN’s, found by minimising the squared error at each x. Its loss measures the triangular discrimination Δ, from 0 (equal densities, J(D*) = ¼) to 2 (no overlap, J(D*) = 0).',
  'formula.lsgan-optimum.source': PAPERS.MAO_2017,
  'formula.wgan-loss.title': 'WGAN: a critic, with clipped weights',
  'formula.wgan-loss.plain':
    'D becomes a critic f, an unbounded score. Clipping every weight to [−c, c] bounds its slope by some K, not by 1, so −J(D) estimates at best K·W1: the scale is lost, the direction kept.',
  'formula.wgan-loss.source': PAPERS.WGAN_2017,
  'formula.kantorovich-rubinstein.title': 'Kantorovich–Rubinstein duality',
  'formula.kantorovich-rubinstein.plain':
    'Over critics whose slope is at most 1 (1-Lipschitz), the largest gap between the data’s mean score and the model’s is the Wasserstein-1 distance of §5. So the best critic reaches J(f*) = −W1.',
  'formula.kantorovich-rubinstein.source': PAPERS.WGAN_2017,
  'formula.optimal-critic.title': 'The best critic in 1-D',
  'formula.optimal-critic.plain':
    'Integrating by parts, J(D) weighs the critic’s slope by the gap between the two distribution functions. The best slope is ±1 with the sign of that gap, which scores −∫|F_model − F_data| dx = −W1.',
  'formula.optimal-critic.source': PAPERS.WGAN_2017,
  'formula.wgan-gp.title': 'WGAN-GP: the gradient penalty',
  'formula.wgan-gp.plain':
    'Instead of clipping, a penalty keeps the critic’s slope near 1 between data and model. In 1-D the two-sided form walls the slope in: to turn from −1 to +1 it must pass 0, where it costs λ. The one-sided form has no wall.',
  'formula.wgan-gp.source': `${PAPERS.GULRAJANI_2017}; ${PAPERS.PETZKA_2018} (one-sided)`,
  'formula.hinge-loss.title': 'Hinge loss',
  'formula.hinge-loss.plain':
    'A margin loss, as in support vector machines: D is pushed only until real samples score above 1 and generated ones below −1. G raises the score of its samples.',
  'formula.hinge-loss.source': PAPERS.HINGE,
  'formula.hinge-optimum.title': 'The hinge loss’s best D and its value',
  'formula.hinge-optimum.plain':
    'The best hinge D is a step: +1 where the data outweigh the model, −1 where the model does. Its loss measures the total variation distance TV; being flat, it gives G no gradient.',
  'formula.hinge-optimum.source': PAPERS.HINGE,
  'formula.optimal-d-update.title': 'G trained against the exact best D',
  'formula.optimal-d-update.plain':
    'In optimal-D mode the network D rests. At each G update the app computes p_model exactly, the best D a* for it, and backpropagates the slope of G’s cost against a* at each generated sample through G.',
  'formula.optimal-d-update.source': `${PAPERS.GOODFELLOW_2014}, §4; Arjovsky & Bottou 2017`,
  'formula.optimal-d-push.title': 'Where the best D pushes G’s samples',
  'formula.optimal-d-push.plain':
    'Against the best D the minimax loss saturates where D* ≈ 0 and the non-saturating one pushes hardest there; under WGAN every sample moves at unit speed towards the data’s matching quantile (the gradient flow of W1).',
  'formula.optimal-d-push.source': `${PAPERS.GOODFELLOW_2016}; Arjovsky & Bottou 2017; ${PAPERS.WGAN_2017}`,
  'formula.pushforward.title': 'The density of G’s output',
  'formula.pushforward.plain':
    'Change of variables: noise is squeezed where G is steep and piled up where G is flat. The app pushes 4,000 equal-probability noise cells through G, so p_model is exact, with no sampling noise.',
  'formula.pushforward.source': 'The change-of-variables formula of probability theory',
  'formula.mode-mass.title': 'Mass each mode captures',
  'formula.mode-mass.plain':
    'Each point is shared among the target’s bumps by their responsibilities r_i; m_i is the share of G’s samples that belong to bump i. It should equal the weight w_i; much less means mode collapse.',
  'formula.mode-mass.source': `The app’s measure of mode collapse (${PAPERS.GOODFELLOW_2016}, on mode collapse)`,

  // ---------- the view ----------
  'formula.view.intro.before': 'Every formula the app computes with, as written in ',
  'formula.view.intro.after':
    ', with the numbers of the GAN training now beside it (press Play: they follow the run). Divergences in the units you chose (U), losses in nats.',
  'formula.view.sections': 'Sections',
  'formula.view.waiting': 'Waiting for the first snapshot…',
  'formula.tex.scrolls': 'Formula, scrolls sideways',

  // ---------- names in the readouts ----------
  'formula.unit.x': 'units of x',
  'formula.genLoss.minimax': 'minimax',
  'formula.genLoss.non-saturating': 'non-saturating',
  'formula.schedule.fixed': 'fixed',
  'formula.schedule.annealed': 'annealed',
  'formula.gp.oneSided': 'one-sided',
  'formula.gp.twoSided': 'two-sided',

  // ---------- whether a switchable formula is in use ----------
  'formula.status.active': 'active',
  'formula.status.notActive': 'not active',
  'formula.status.activeWith': ({ form }: { form: S }) => `active, ${form}`,
  'formula.status.notForHinge': 'not for hinge',
  'formula.status.on': 'on',
  'formula.status.off': 'off',
  'formula.status.onWith': ({ schedule }: { schedule: S }) => `on, ${schedule}`,

  // ---------- the theorem at the top ----------
  'formula.summary.live': 'The theorem, live:',
  'formula.summary.liveOf': ({ objective }: { objective: S }) => `The theorem, live (${objective}):`,
  'formula.summary.gan': ({ jd, rel, best, step }: { jd: S; rel: S; best: S; step: number }) =>
    `J(D) of the current D = ${jd} ${rel} log 2 − JS = ${best} nats at step ${step}; they meet when D = D*`,
  'formula.summary.objective': ({
    d,
    jd,
    rel,
    closedForm,
    value,
    unit,
    step,
  }: {
    d: S;
    jd: S;
    rel: S;
    closedForm: S;
    value: S;
    unit: S;
    step: number;
  }) => `J(D) of ${d} = ${jd} ${rel} J(D*) = ${closedForm} = ${value}${unit ? ` ${unit}` : ''} at step ${step}`,
  'formula.summary.open': ' (',
  'formula.summary.close': ').',

  // ---------- the live readouts ----------
  'formula.live.d.optimalCritic': 'the optimal critic in play',
  'formula.live.d.optimalD': 'the optimal D in play',
  'formula.live.d.critic': 'the current critic',
  'formula.live.d.current': 'the current D',
  'formula.live.drawnTarget': 'your drawn density',
  'formula.live.notInPlay': ({ now, objective }: { now: S; objective: S }) =>
    `Not in play: the objective now is ${now}. Choose ${objective} under The game to train with it.`,
  'formula.live.jdExactFor': ({ d }: { d: S }) => `J(D) exact, for ${d}`,
  'formula.live.jdBatch': 'J(D) on the latest batch',
  'formula.live.jgBatch': 'J(G) on the latest batch',
  'formula.live.jdStarQuadD': 'J(D*) by quadrature of the best D',
  'formula.live.jdStarQuadCritic': 'J(D*) by quadrature of the best critic f*',
  'formula.live.byFormula': ({ name }: { name: S }) => `${name}, by its formula`,
  'formula.live.jdOf': ({ d }: { d: S }) => `J(D) of ${d}`,
  'formula.live.optimum.noCritic':
    'For the current G; no critic (WGAN or WGAN-GP) is training now, so no D of its own is measured.',
  'formula.live.optimum.notTraining': ({ objective }: { objective: S }) =>
    `For the current G; ${objective} is not training now, so no D of its own is measured.`,
  'formula.live.optimum.critic': ({ rel }: { rel: S }) =>
    `J(D) ${rel} J(f*): a critic of slope ≤ 1 cannot score below −W₁, a steeper one can.`,
  'formula.live.optimum.d': ({ rel }: { rel: S }) => `J(D) ${rel} J(D*): they meet when D = D*.`,
  'formula.live.optimum.independent':
    'The first two are computed independently and agree unless mass lies off the grid.',
  'formula.live.pDataNow': 'p_data now',
  'formula.live.jsIn': ({ unit }: { unit: S }) => `JS in ${unit}`,
  'formula.live.unitsNow': ({ unit }: { unit: S }) =>
    `The divergences are shown in ${unit} now; losses are always in nats.`,
  'formula.live.mleCriterion': 'What MLE would minimise: KL(p_data‖p_model)',
  'formula.live.mleNote': 'The app does not fit G by likelihood; it shows the criterion an MLE fit would use.',
  'formula.live.entropyNote':
    'H(p_data) is the differential entropy of the target (it can be negative for a narrow one).',
  'formula.live.klForward': 'KL(p_data‖p_model), forward',
  'formula.live.klReverse': 'KL(p_model‖p_data), reverse',
  'formula.live.klGaussian.needsSingle': ({ target, value, unit }: { target: S; value: S; unit: S }) =>
    `Needs a single-Gaussian target; p_data is now ${target}. The quadrature KL still works: ${value} ${unit}.`,
  'formula.live.klGaussian.closed': ({ target, fit }: { target: S; fit: S }) => `Closed form, ${target} vs ${fit}`,
  'formula.live.klGaussian.quadrature': 'Quadrature KL(p_data‖p_model)',
  'formula.live.klGaussian.note':
    'μ₂, σ₂ are p_model’s mean and σ. The two agree when p_model is Gaussian (G affine in z).',
  'formula.live.crossEntropyNote': 'For densities the sums become integrals; H(p_data) does not depend on G.',
  'formula.live.bce.notClassifier': ({ objective }: { objective: S }) =>
    `Under ${objective} D is not a classifier, so its batch loss is not this cross-entropy (§6.9).`,
  'formula.live.bce.note': ({ m }: { m: number }) =>
    `m = 2B = ${m} samples: B real (Y = 1) and B generated (Y = 0); H = D(x).`,
  'formula.live.jsMeter': 'JS as a share of its maximum log 2',
  'formula.live.jsShare': ({ percent }: { percent: S }) => `JS is ${percent}% of its maximum.`,
  'formula.live.w1Note': ({ unit, js }: { unit: S; js: S }) =>
    `A distance on the number line, not in ${unit}: with JS = ${js} ${unit} beside it.`,
  'formula.live.onLatestBatch': 'On the latest batch',
  'formula.live.exactCurrentD': 'Exact, for the current D (§7.7)',
  'formula.live.dStar.other': ({ objective }: { objective: S }) =>
    `The best D of ${objective} is not this one (§6.9); the Discriminator panel measures the gap to it.`,
  'formula.live.dStar.gap': 'Mean gap |D − D*|',
  'formula.live.dStar.note': '∫|D − D*|·(p_data + p_model)/2 dx (§7.5): 0 when D = D*, at most 1.',
  'formula.live.dStar.noteLsgan':
    '∫|D − D*|·(p_data + p_model)/2 dx (§7.5): 0 when D = D*; LSGAN’s D is a score, not a probability, so it can exceed 1.',
  'formula.live.theorem.other': ({ objective, closedForm }: { objective: S; closedForm: S }) =>
    `Under ${objective} the theorem reads J(D*) = ${closedForm} (§6.9, live below).`,
  'formula.live.theorem.jdCurrentD': 'J(D) of the current D',
  'formula.live.theorem.diff': 'Difference J(D) − (log 2 − JS)',
  'formula.live.theorem.quadrature': 'J(D*) by quadrature of D* itself (§6.9)',
  'formula.live.theorem.meet': 'They meet when D = D*: watch the difference shrink as the gap |D − D*| falls.',
  'formula.live.theorem.below': 'Below: mass off the grid lowers J(D*) by ½ log 2 per unit of missing mass (§7.7).',
  'formula.live.value.v': 'V(D, G) of the current D',
  'formula.live.value.note': 'V(D, G) ≤ C(G): the current D reaches the maximum only when D = D*.',
  'formula.live.genLoss.exact': 'Exact, for the current D and G',
  'formula.live.genLoss.batch': 'On the latest batch (Losses panel)',
  'formula.live.genLoss.unused': 'Not in use: switch Generator loss under Training settings to try it.',
  'formula.live.meanDFake': 'Mean D(G(z)) now',
  'formula.live.factorMinimax': 'Minimax factor −½·D(G(z))',
  'formula.live.factorNonSaturating': 'Non-saturating factor −½·(1 − D(G(z)))',
  'formula.live.gUsesLoss': ({ loss }: { loss: S }) =>
    `G uses the ${loss} loss now (Training settings, Generator loss).`,
  'formula.live.emaDecay': 'Decay β',
  'formula.live.emaNote': 'p_model, D*, the divergences and the theorem here are the averaged G’s.',
  'formula.live.noiseSet': 'σ set',
  'formula.live.noiseNow': ({ schedule, step }: { schedule: S; step: number }) => `σ_t now (${schedule}, step ${step})`,
  'formula.live.noiseFixed': ({ steps }: { steps: number }) =>
    `Fixed: σ_t = σ at every step (annealed would reach 0 at step ${steps}).`,
  'formula.live.lsganDelta': 'Δ, the triangular discrimination (0 to 2)',
  'formula.live.wgan.clip': 'Clip c',
  'formula.live.wgan.allowed': ({ bound }: { bound: S }) => `Largest slope the clip allows, ${bound}`,
  'formula.live.wgan.slope': 'The critic’s slope K now',
  'formula.live.wgan.scoreGap': '−J(D): the critic’s score gap',
  'formula.live.wgan.optimal': 'Optimal D: the critic in play is f* itself (slope 1), not the clipped network.',
  'formula.live.wgan.clipNote': 'A critic of slope K scores at best K·W₁: the clip keeps the direction, not the scale.',
  'formula.live.kr.gap': ({ d }: { d: S }) => `E_data f − E_model f, ${d}`,
  'formula.live.kr.slope': 'Its slope K',
  'formula.live.kr.critic': 'With K ≤ 1 the score gap cannot exceed W₁; a clipped critic’s is at most K·W₁.',
  'formula.live.kr.noCritic':
    'No critic is training now (choose WGAN or WGAN-GP under The game); W₁ is the distance all the same.',
  'formula.live.slopeOf': ({ d }: { d: S }) => `Slope K of ${d}`,
  'formula.live.gp.form': 'Form',
  'formula.live.gp.jd': 'J(D) without the penalty',
  'formula.live.gp.oneSidedNote': 'One-sided: slopes up to 1 cost nothing, so the critic can turn over freely.',
  'formula.live.gp.twoSidedNote':
    'Two-sided: a slope of 0 costs λ per point, a wall the 1-D critic must cross to turn over.',
  'formula.live.hingeTv': 'TV, the total variation (0 to 1)',
  'formula.live.optD.hinge': 'Not offered for the hinge loss: its best D is a step and gives G no gradient.',
  'formula.live.optD.off':
    'Off: G trains against the network D. Tick Optimal D on the Discriminator panel (key O) to try it.',
  'formula.live.optD.jd': 'J(D) of the optimal D in play',
  'formula.live.optD.jg': 'J(G) against it, latest batch',
  'formula.live.optD.note': 'The network D rests; k, Step D, R1 and instance noise do nothing in this mode.',
  'formula.live.push.hinge': 'The best hinge D is a step: it pushes no sample, so there is nothing to follow.',
  'formula.live.push.withLoss': ({ objective, loss }: { objective: S; loss: S }) => `${objective}, ${loss} loss`,
  'formula.live.push.speed': ({ which }: { which: S }) => `Mean push |∂J(G)/∂x| on G’s samples (${which})`,
  'formula.live.push.still': 'Share of p_model the best D does not push',
  'formula.live.push.noteOn': ({ floor }: { floor: number }) =>
    `For the current G, as G trains now. Not pushed: below ${floor}, where D* is saturated (or clamped at 10⁻⁷, §6.10) or the model already matches the data.`,
  'formula.live.push.noteOff': ({ floor }: { floor: number }) =>
    `For the current G, whether or not the mode is on. Not pushed: below ${floor}, where D* is saturated (or clamped at 10⁻⁷, §6.10) or the model already matches the data.`,
  'formula.live.escaped': 'Escaped mass (off [−6, 6], or G not finite)',
  'formula.live.moments': 'Mean and σ of p_model',
  'formula.live.pushforwardNote': '∫p_model dx on the chart = 1 − escaped mass; the divergences see only that part.',
  'formula.live.modes.single': ({ target }: { target: S }) =>
    `Only for a target of 2 or 3 Gaussians; p_data is now ${target}, so every sample belongs to one mode.`,
  'formula.live.modes.target': 'target',
  'formula.live.modes.collapsed': 'collapsed',
} as const satisfies Record<string, Message> & Record<FormulaTextKey, string>;
