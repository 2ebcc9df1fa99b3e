// English: the theory lab's views — the divergence explorer, maximum likelihood and the Dirac GAN (see
// ../messages.ts). Symbols and formulas (P, Q, KL(P‖Q), H(P, Q), W1, θ, ψ) stay in the components.
import type { Message } from '../catalogue';

export const theory = {
  // The divergence explorer: the frame and the sidebar.
  'theory.explorer.label': 'Divergence explorer',
  'theory.explorer.densities': 'Densities P and Q',
  'theory.explorer.density': ({ density }: { density: string }) => `Density ${density}`,
  'theory.explorer.components': 'Gaussian components',
  'theory.explorer.componentsOf': ({ density }: { density: string }) => ` of ${density}`,
  'theory.explorer.component': ({ n }: { n: number }) => `Component ${n}`,
  'theory.explorer.componentOf': ({ density, n }: { density: string; n: number }) => ` of ${density}, component ${n}`,
  'theory.explorer.share': ({ density }: { density: string }) =>
    `This component's share of ${density}: its weight divided by the sum of the weights`,
  'theory.explorer.mean': 'Mean μ',
  'theory.explorer.spread': 'Spread σ',
  'theory.explorer.weight': 'Weight',
  'theory.explorer.display': 'Display',
  'theory.explorer.units': 'Units (U)',
  'theory.explorer.sidebarHint': 'Or drag the handles on the chart: sideways moves a mean, up and down changes its σ.',

  // Chart (a): P and Q, and their handles.
  'theory.explorer.densitiesTitle': 'P and Q',
  'theory.explorer.densitiesCaption': 'Drag a handle: sideways moves a mean, up or down its σ.',
  'theory.explorer.densitiesTable': 'Densities P and Q at sample points',
  'theory.explorer.handles': 'Handles of P and Q',
  'theory.explorer.handle.name': ({ density, n }: { density: string; n: number }) => `${density}, component ${n}`,
  'theory.explorer.handle.mean': ({ name }: { name: string }) => `${name} mean`,
  'theory.explorer.handle.title': ({ name }: { name: string }) =>
    `${name}: Drag sideways to move its mean, up or down to change its σ. Keys: ←/→ move the mean, ↑/↓ make it taller or flatter (σ); Shift: 10 steps.`,
  'theory.explorer.handle.value': ({ mean, sigma }: { mean: string; sigma: string }) => `mean ${mean}, σ ${sigma}`,

  // The measures above the charts.
  'theory.explorer.measuresHeading': 'P against Q',
  'theory.explorer.measuresLabel': 'Divergences between P and Q',
  'theory.explorer.klForwardHint': "forward KL: mode covering, punishes Q missing P's mass",
  'theory.explorer.klReverseHint': 'reverse KL: mode seeking, punishes Q putting mass where P has none',
  'theory.explorer.jsTitle': 'JS(P‖Q) = ½ KL(P‖M) + ½ KL(Q‖M), M = (P + Q)/2; 0 ≤ JS ≤ log 2 = 1 bit',
  'theory.explorer.crossEntropyTitle': ({ why }: { why: string }) => `Cross-entropy −∫ p log q dx. ${why}`,
  'theory.explorer.entropyTitle': 'Entropy of P, −∫ p log p dx (differential entropy: negative for a narrow P)',
  'theory.explorer.w1Title': "Wasserstein-1 (earth mover's) distance ∫|F_P − F_Q| dx, in units of x (not nats)",
  'theory.explorer.closedForm': 'Closed form:',
  'theory.explorer.closedFormTitle':
    'KL(P‖Q) and KL(Q‖P) of two Gaussians in closed form: KL(N(μ₁, σ₁²) ‖ N(μ₂, σ₂²)) = log(σ₂/σ₁) + (σ₁² + (μ₁ − μ₂)²)/(2σ₂²) − ½ (docs/theory.md §3)',

  // Chart (b): where KL comes from.
  'theory.explorer.integrand.title': 'Where KL comes from',
  'theory.explorer.integrand.of': 'Integrand of',
  'theory.explorer.integrand.area': 'area',
  'theory.explorer.integrand.adds': ({ where, kl }: { where: string; kl: string }) => `where ${where}: adds to ${kl}`,
  'theory.explorer.integrand.subtracts': ({ where, kl }: { where: string; kl: string }) =>
    `where ${where}: subtracts from ${kl}`,
  'theory.explorer.integrand.table': ({ f, unit }: { f: string; unit: string }) =>
    `${f} at sample points, in ${unit} per unit of x`,
  'theory.explorer.integrand.aria': ({ f, kl }: { f: string; kl: string }) => `The integrand ${f} of ${kl} over x`,

  // Chart (c): pull apart.
  'theory.explorer.pull.title': 'Pull apart',
  'theory.explorer.pull.now': 'now',
  'theory.explorer.pull.caption':
    'JS stops at log 2 (no gradient once P and Q stop overlapping), KL grows without bound, W1 grows linearly: the case for the Wasserstein GAN.',
  'theory.explorer.pull.summary': (p: {
    max: number;
    js0: string;
    js1: string;
    unit: string;
    ceiling: string;
    kl0: string;
    kl1: string;
    w0: string;
    w1: string;
    now: string;
  }) =>
    `As Q slides from distance 0 to ${p.max}: JS from ${p.js0} to ${p.js1} ${p.unit} (at most log 2 = ${p.ceiling} ${p.unit}), ` +
    `KL(P‖Q) from ${p.kl0} to ${p.kl1} ${p.unit}, W1 from ${p.w0} to ${p.w1}. Now: distance ${p.now}.`,
  'theory.explorer.pull.aria': 'JS, KL(P‖Q) and W1 as functions of the distance between the means of P and Q',
  'theory.explorer.pull.yAxis': ({ unit }: { unit: string }) => `${unit}; W1 in x`,
  'theory.explorer.pull.xAxis': '|μ_Q − μ_P|: Q slides away from P, its shape kept',
  'theory.explorer.pull.jsMaxBits': 'JS max = 1 bit',
  'theory.explorer.pull.jsMaxNats': 'JS max = log 2 ≈ 0.693',
  'theory.explorer.pull.klOff': ({ d }: { d: string }) => `KL ↑ off the chart from ${d}`,
  'theory.explorer.pull.nowAt': ({ d }: { d: string }) => `now ${d}`,

  // Fit Q to P.
  'theory.explorer.fit.title': 'Fit one Gaussian Q to P',
  'theory.explorer.fit.button': 'Fit Q to P',
  'theory.explorer.fit.buttonTitle':
    'Fit one Gaussian Q to P by each direction of KL; Q moves from its current mean and σ to each fit.',
  'theory.explorer.fit.againTitle': ({ mean, std }: { mean: string; std: string }) =>
    `Fit again. Q started from its current mean and σ (${mean}, ${std}).`,
  'theory.explorer.fit.forward.title': 'Forward: min KL(P‖Q)',
  'theory.explorer.fit.forward.note': 'mode covering: P’s mean and σ',
  'theory.explorer.fit.forward.hint': 'forward KL of the fitted Q (on the grid)',
  'theory.explorer.fit.forward.use': 'Use as Q: the forward KL fit',
  'theory.explorer.fit.reverse.title': 'Reverse: min KL(Q‖P)',
  'theory.explorer.fit.reverse.note': 'mode seeking: one mode',
  'theory.explorer.fit.reverse.hint': 'reverse KL of the fitted Q (on the grid)',
  'theory.explorer.fit.reverse.use': 'Use as Q: the reverse KL fit',
  'theory.explorer.fit.meanTitle': 'Mean of the fitted Q',
  'theory.explorer.fit.stdTitle': 'σ of the fitted Q',
  'theory.explorer.fit.use': 'Use as Q',
  'theory.explorer.fit.clampedTitle': (p: {
    meanMin: number;
    meanMax: number;
    stdMin: number;
    stdMax: number;
    mean: string;
    std: string;
  }) =>
    `Q's sliders reach μ in [${p.meanMin}, ${p.meanMax}] and σ in [${p.stdMin}, ${p.stdMax}]: Q gets μ = ${p.mean}, σ = ${p.std}`,
  'theory.explorer.fit.stdStops': ({ v }: { v: number }) => `σ stops at ${v}`,
  'theory.explorer.fit.meanStops': ({ v }: { v: number }) => `μ stops at ${v}`,
  'theory.explorer.fit.plotAria': ({ title }: { title: string }) => `${title}: P and the fitted Q`,
  'theory.explorer.fit.empty': 'Press “Fit Q to P”',

  // Maximum likelihood: the frame and the sidebar.
  'theory.likelihood.title': 'Maximum likelihood',
  'theory.likelihood.settings': 'Maximum likelihood settings',
  'theory.likelihood.intro':
    'The baseline a GAN is compared with: fit a density by choosing the parameters under which the samples are most probable (docs/theory.md §2).',
  'theory.likelihood.samplesAndModel': 'Samples and model',
  'theory.likelihood.samplesM': 'Samples m',
  'theory.likelihood.samplesValue': ({ m }: { m: number }) => `${m} samples`,
  'theory.likelihood.samplesExact': 'Samples m (exact value)',
  'theory.likelihood.componentsK': 'Gaussians in the model, K',
  'theory.likelihood.resample': 'Resample',
  'theory.likelihood.seed': 'sample seed',
  'theory.likelihood.methodHint': ({ floor }: { floor: number }) =>
    `K = 1: the closed form. K = 2, 3: EM from a k-means start, until a step gains less than 1e-7 nats or after 200 steps. Every σ is kept ≥ ${floor}: otherwise a component can sit on one sample and its likelihood grows without bound as σ → 0.`,
  'theory.likelihood.overlayHint':
    'A thin dashed line on the playground’s density chart: this fit, for these m, K and seed.',
  'theory.likelihood.target': 'Target p_data',
  'theory.likelihood.drawnTarget': 'your drawn density',
  'theory.likelihood.targetHint': 'The playground’s target: shape it there, or pick one here (it changes there too).',
  'theory.likelihood.twoBumps': 'Two bumps (§2)',
  'theory.likelihood.oneBump': 'One bump',
  'theory.likelihood.editInPlayground': 'Edit in the playground',

  // The KL readout.
  'theory.likelihood.kl': 'KL(p_data‖fit)',
  'theory.likelihood.klFloored': ({ pct, floor, from }: { pct: string; floor: number; from: number }) =>
    `The fit is 0 (below double precision) where p_data has ${pct}% of its mass: the exact KL is ∞; shown is the lower bound with the fit floored at ε = ${floor} per bin (∞ from ${from}% on).`,
  'theory.likelihood.klSum':
    'Σ P_k log(P_k/Q_k) over the 400 bins on [−6, 6], with P = p_data and Q = the fit (docs/theory.md §7.6)',

  // The samples and the fit.
  'theory.likelihood.samples.title': ({ m }: { m: number }) => `${m} samples and the maximum-likelihood fit`,
  'theory.likelihood.samples.samples': 'samples',
  'theory.likelihood.samples.mleGaussian': 'MLE Gaussian',
  'theory.likelihood.samples.mleMixture': ({ K }: { K: number }) => `MLE mixture, K = ${K} (EM)`,
  'theory.likelihood.samples.itsComponents': 'its components',
  'theory.likelihood.samples.fitClosed': ({ formula }: { formula: string }) =>
    `fit = ${formula}: sample mean, biased σ`,
  'theory.likelihood.samples.fitEm': ({ formula }: { formula: string }) => `fit = ${formula}, by EM`,
  'theory.likelihood.samples.avgLogLik': 'avg. log-likelihood',
  'theory.likelihood.samples.avgLogLikTitle':
    '(1/m) Σ log q(x_i): the mean of log q over the m samples, q the fitted density; what maximum likelihood maximises',
  'theory.likelihood.samples.covering': ({
    x,
    ratio,
    tryK,
  }: {
    x: string;
    /** p_data's height at the fit's peak, in % of the fit's; null when almost 0. */
    ratio: number | null;
    /** A K that would fit, or null. */
    tryK: number | null;
  }) =>
    `Mode covering: the fit peaks at x = ${x}, where p_data is ${ratio === null ? 'almost 0' : `only ${ratio}% as high`}. ` +
    `Forward KL punishes missing data, so a model too simple for p_data spreads over the gap${tryK === null ? '' : ` (try K = ${tryK})`}.`,
  'theory.likelihood.samples.offChart': ({ off, m }: { off: number; m: number }) =>
    `${off} of the ${m} samples lie off the chart (beyond ±6).`,
  'theory.likelihood.samples.table': 'p_data and the fitted density at sample points',
  'theory.likelihood.samples.fitColumn': 'fit(x)',
  'theory.likelihood.samples.aria': 'Samples, p_data and the maximum-likelihood fit',
  'theory.likelihood.samples.peakInGap': 'the fit’s peak, in a gap of p_data',
  'theory.likelihood.samples.peakOff': ({ v }: { v: string }) => `▲ the fit peaks at ${v}, off the chart`,

  // EM's iterations.
  'theory.likelihood.em.title': 'EM: likelihood up, KL down',
  'theory.likelihood.em.legendLogLik': 'avg. log-likelihood of the samples',
  'theory.likelihood.em.caption':
    'Each EM step raises the samples’ average log-likelihood (it never falls), and KL(p_data‖fit) falls with it.',
  'theory.likelihood.em.converged': ({ n }: { n: number }) =>
    `Converged after ${n} iteration${n === 1 ? '' : 's'} (gain < 1e-7 nats).`,
  'theory.likelihood.em.stopped': ({ max }: { max: number }) =>
    `Stopped at ${max} iterations (still gaining: components overlap).`,
  'theory.likelihood.em.footnote': (p: { negEntropy: string; kl: string; expected: string; avg: string }) =>
    'Why together: as m → ∞, (1/m) Σ log q(x_i) → E_p_data[log q] = −H(p_data) − KL(p_data‖fit), and H(p_data) does ' +
    'not depend on the fit, so the argmax of the likelihood is the argmin of the forward KL (§2). ' +
    `Here: ${p.negEntropy} − ${p.kl} = ${p.expected} nats on p_data, ${p.avg} on the m samples. ` +
    'The difference is sampling error: with few samples the likelihood sees only them, and KL can creep up at the end while the likelihood still climbs.',
  'theory.likelihood.em.table': 'EM iterations',
  'theory.likelihood.em.iteration': 'iteration',
  'theory.likelihood.em.avgLogLik': 'average log-likelihood',
  'theory.likelihood.em.none':
    'One Gaussian needs no iterations: the sample mean and the biased σ are the maximum. Choose K = 2 or 3 to watch EM climb.',
  'theory.likelihood.em.aria': 'EM iterations: average log-likelihood and KL(p_data‖fit)',
  'theory.likelihood.em.axisLogLik': 'avg. log-lik.',
  'theory.likelihood.em.axisKl': 'KL (nats)',
  'theory.likelihood.em.axisIteration': 'EM iteration (0 = the k-means start)',

  // KL against m.
  'theory.likelihood.sweep.title': 'How many samples?',
  'theory.likelihood.sweep.median': ({ n }: { n: number }) => `median of ${n} resamples`,
  'theory.likelihood.sweep.range': 'their range',
  'theory.likelihood.sweep.thisSample': 'this sample',
  'theory.likelihood.sweep.reference': ({ d }: { d: number }) => `d/2m, d = ${d} parameters`,
  'theory.likelihood.sweep.caption': ({ K }: { K: number }) =>
    `KL(p_data‖fit) of K = ${K} fits to m fresh samples: few samples, a poor, erratic fit.`,
  'theory.likelihood.sweep.computing': ({ done, total }: { done: number; total: number }) =>
    `Computing… ${done} of ${total} sample sizes.`,
  'theory.likelihood.sweep.plateau': ({ kl }: { kl: string }) =>
    `KL levels off at ${kl} nats: more data cannot make this model fit p_data (approximation error, not sampling error).`,
  'theory.likelihood.sweep.falls': 'The median falls about like 1/m: sampling error.',
  'theory.likelihood.sweep.table': 'KL(p_data‖fit) against the number of samples m',
  'theory.likelihood.sweep.medianKl': 'median KL',
  'theory.likelihood.sweep.smallest': 'smallest',
  'theory.likelihood.sweep.largest': 'largest',
  'theory.likelihood.sweep.aria': 'KL(p_data‖fit) against the number of samples',
  'theory.likelihood.sweep.axisKl': 'KL (nats)',
  'theory.likelihood.sweep.axisM': 'samples m (log scale)',

  // The Dirac GAN: the controls.
  'theory.dirac.settings': 'Dirac GAN settings',
  'theory.dirac.heading': 'The Dirac GAN',
  'theory.dirac.intro': ({ exp }: { exp: string }) =>
    `The data are one point at 0. G puts its one point at θ; D is a line, D(x) = ψ·x (a logit). G descends L(θ, ψ) = f(ψθ) + f(0) with f(t) = −log(1 + e${exp}), D ascends it. The only equilibrium is (0, 0).`,
  'theory.dirac.updates': 'Updates',
  'theory.dirac.optimizerName.simultaneous': 'simultaneous',
  'theory.dirac.optimizerName.alternating': 'alternating',
  'theory.dirac.optimizerHint.simultaneous': 'G and D step at once from the same point: (θ, ψ) ← (θ, ψ) + h·v(θ, ψ).',
  'theory.dirac.optimizerHint.alternating': 'D steps first, then G against the new D (as the playground does).',
  'theory.dirac.optimizerHint.adam':
    'Simultaneous Adam steps (β1 = 0.5, β2 = 0.999, as in the playground): each step has length ≈ h.',
  'theory.dirac.rate': 'Rate h',
  'theory.dirac.steps': 'Steps',
  'theory.dirac.stabiliser': 'Stabiliser',
  'theory.dirac.stabiliserHint.none': 'The plain game: the field is tangential to every circle around (0, 0).',
  'theory.dirac.stabiliserHint.r1':
    'D also pays γ/2·(∂D/∂x)² at the data = γ/2·ψ²: its update gains −h·γψ, a friction on ψ.',
  'theory.dirac.stabiliserHint.noise':
    'D sees the data and G’s point blurred by N(0, σ²): averaged over the noise, the field turns inwards.',
  'theory.dirac.noiseSigma': 'Noise σ',
  'theory.dirac.showEma': ({ beta }: { beta: number }) => `Show an EMA of G (β = ${beta})`,
  'theory.dirac.start': 'Start',
  'theory.dirac.startHint': 'Click or drag in the plane, or focus the start dot and use the arrow keys.',
  'theory.dirac.startAt': 'Start at (1, 1)',
  'theory.dirac.restart': 'Restart',
  'theory.dirac.replay': 'Replay',

  // The verdict on a trajectory.
  'theory.dirac.verdict.runsAway': 'runs away',
  'theory.dirac.verdict.stays': 'stays at (0, 0)',
  'theory.dirac.verdict.spiralsOut': 'spirals out',
  'theory.dirac.verdict.converges': 'converges',
  'theory.dirac.verdict.endsCloser': 'ends closer',
  'theory.dirac.verdict.circles': 'circles',

  // The field.
  'theory.dirac.main': 'Why GANs circle',
  'theory.dirac.field.title': 'Why GANs circle: the Dirac GAN',
  'theory.dirac.field.caption': ({
    stabiliser,
    steps,
    optimizer,
    lr,
  }: {
    stabiliser: 'none' | 'r1' | 'noise';
    steps: number;
    optimizer: string;
    lr: number;
  }) =>
    `Arrows: v(θ, ψ) = (−∂L/∂θ, ∂L/∂ψ), where a gradient step moves G and D${stabiliser === 'r1' ? ' (with R1)' : stabiliser === 'noise' ? ' (with instance noise)' : ''}. ` +
    `The line: ${steps} ${optimizer} steps of rate ${lr}.`,
  'theory.dirac.field.legendField': 'field v',
  'theory.dirac.field.legendTrajectory': 'trajectory',
  'theory.dirac.field.noStabiliser': 'no stabiliser',
  'theory.dirac.field.withR1': ({ gamma }: { gamma: number }) => `R1, γ = ${gamma}`,
  'theory.dirac.field.withNoise': ({ sigma }: { sigma: number }) => `instance noise, σ = ${sigma}`,
  'theory.dirac.field.summary': (p: {
    theta: string;
    psi: string;
    d0: string;
    steps: number;
    optimizer: string;
    lr: number;
    stabiliser: string;
    dEnd: string;
    verdict: string;
  }) =>
    `From θ = ${p.theta}, ψ = ${p.psi} (distance ${p.d0}), ${p.steps} ${p.optimizer} steps of rate ${p.lr} with ${p.stabiliser} ` +
    `end at distance ${p.dEnd} from the equilibrium: the trajectory ${p.verdict}.`,
  'theory.dirac.field.aria': ({ theta, psi }: { theta: string; psi: string }) =>
    `Gradient vector field of the Dirac GAN over θ and ψ from −2 to 2, with the trajectory from θ = ${theta}, ψ = ${psi}`,
  'theory.dirac.field.thetaAxis': 'θ: where G puts its point (the data sit at 0)',
  'theory.dirac.field.psiAxis': 'ψ: D’s slope, D(x) = ψ·x',
  'theory.dirac.field.equilibrium': 'equilibrium (0, 0)',
  'theory.dirac.field.startAria': ({ theta, psi }: { theta: string; psi: string }) =>
    `Start point θ = ${theta}, ψ = ${psi}. Arrow keys move it (Shift: faster); or click anywhere in the plane.`,
  'theory.dirac.field.start': 'start',
  'theory.dirac.field.leaves': 'the path leaves the square',

  // The distance.
  'theory.dirac.distance.title': 'Distance to the equilibrium',
  'theory.dirac.distance.caption': '√(θ² + ψ²) after each step; dashed: at the start.',
  'theory.dirac.distance.legend': 'distance',
  'theory.dirac.distance.legendEma': '|θ̄|, EMA of G',
  'theory.dirac.distance.now': 'now',
  'theory.dirac.distance.after': ({ n }: { n: number }) => `after ${n} steps`,
  'theory.dirac.distance.afterTitle': 'Distance √(θ² + ψ²) to the equilibrium after the last step',
  'theory.dirac.distance.growth': 'per step near (0, 0) ×',
  'theory.dirac.distance.growthTitle':
    "How much one step multiplies a small distance to (0, 0), at worst (the step map's largest |eigenvalue|): above 1 spirals out, 1 circles, below 1 converges. Adam has no fixed step map.",
  'theory.dirac.distance.summary': ({ d0, dEnd, n }: { d0: string; dEnd: string; n: number }) =>
    `Distance to (0, 0): ${d0} at the start, ${dEnd} after ${n} steps.`,
  'theory.dirac.distance.aria': 'Distance to the equilibrium (0, 0) over the steps',
  'theory.dirac.distance.stepAxis': 'step',
  'theory.dirac.distance.distanceAxis': 'distance',
  'theory.dirac.distance.start': 'start',

  // What it means for the playground.
  'theory.dirac.explain.title': 'What this means for the playground',
  'theory.dirac.explain.applyR1': 'Use R1 (γ = 1) in the playground',
  'theory.dirac.explain.r1On': ({ gamma }: { gamma: number }) => `The playground’s R1 is on, γ = ${gamma}.`,
  'theory.dirac.explain.r1Off': 'The playground’s R1 is off.',
  'theory.dirac.explain.text':
    'Near its equilibrium the playground’s GAN is a bigger version of this game: G’s and D’s weights push each other sideways, like θ and ψ here, so gradient steps go round the equilibrium instead of into it. That is why its JS divergence falls and then oscillates while p_model’s width swings; two learning rates or Adam do not remove the rotation. The remedies are the ones shown here: R1 (γ) gives D friction at the data, instance noise (σ) blurs what D sees and damps it too, and an EMA of G averages the circling out (tick “Show an EMA of G”). Derivations: docs/theory.md §6.8.',
} as const satisfies Record<string, Message>;
