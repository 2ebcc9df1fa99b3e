// English: the charts area's messages (see ../messages.ts): the playground's charts (src/components/charts),
// their legends, captions, readouts, axes, tooltips, hover readouts and screen-reader summaries.
// Symbols and formulas (p_data, D*(x), J(D), W1, log 2) stay as they are in every language.
import type { Message } from '../catalogue';

export const charts = {
  // Shared by every chart.
  'chart.legend': 'Legend',
  'chart.legendAndValues': 'Legend and current values',
  'chart.axis.density': 'density',
  'chart.axis.trainingStep': 'training step',
  'chart.cursor.step': ({ step }: { step: string }) => `step ${step}`,
  // The hover readout's short name of each objective's best D.
  'chart.cursor.gan.best': 'D*(x)',
  'chart.cursor.lsgan.best': 'D*(x)',
  'chart.cursor.wgan.best': 'f*(x)',
  'chart.cursor.wgan-gp.best': 'f*(x)',
  'chart.cursor.hinge.best': 'best D',
  'chart.history.empty': 'Press Play or Step to start the history',
  'chart.unit.nats': 'nats',
  'chart.unit.bits': 'bits',
  'chart.sentences': ({ first, second }: { first: string; second: string }) => `${first}. ${second}`,

  // The target's handles on the Densities chart (keyboard and screen readers).
  'chart.handle.group': 'Handles of p_data',
  'chart.handle.component': ({ n }: { n: number }) => `Component ${n}`,
  'chart.handle.componentMean': ({ name }: { name: string }) => `${name} mean`,
  'chart.handle.titled': ({ name, help }: { name: string; help: string }) => `${name}: ${help}`,
  'chart.handle.help':
    'Drag sideways to move its mean, up or down to change its σ. Keys: ←/→ move the mean, ↑/↓ make it taller or flatter (σ); Shift: 10 steps.',
  'chart.handle.meanAndSigma': ({ mean, sigma }: { mean: string; sigma: string }) => `mean ${mean}, σ ${sigma}`,
  'chart.handle.uniformLow': 'Uniform, lower end',
  'chart.handle.uniformHigh': 'Uniform, upper end',
  'chart.handle.uniformLowHelp': 'Drag, or press ←/→ (Shift: 10 steps), to move the uniform’s lower end',
  'chart.handle.uniformHighHelp': 'Drag, or press ←/→ (Shift: 10 steps), to move the uniform’s upper end',

  // Drawing p_data.
  'chart.draw.draw': 'Draw',
  'chart.draw.title':
    'Draw p_data with the mouse or a finger: each stroke redraws the stretch it covers; it is smoothed and scaled to area 1',
  'chart.draw.drawing': 'Drawing',
  'chart.draw.clear': 'Clear',
  'chart.draw.clearTitle': 'Start on an empty chart: the next stroke is the whole of p_data',
  'chart.draw.hint': 'Draw across the chart: each stroke redraws the stretch it covers.',
  'chart.draw.clearedHint': 'Cleared: your next stroke is the whole of p_data (until then it stays as it was).',
  'chart.draw.tooShort': 'Nothing drawn: drag across the chart, above the axis, to draw p_data.',

  // Panel 1: Densities.
  'chart.densities.title': 'Densities',
  'chart.densities.legend.pModelAveraged': 'p_model of the averaged G',
  'chart.densities.legend.batch': ({ n }: { n: number }) => `last ${n} G(z)`,
  'chart.densities.caption': 'Training moves orange (x = G(z)) onto blue; drag the handles.',
  'chart.densities.caption.ema': ({ beta }: { beta: number }) =>
    `Orange: the averaged G (EMA, β = ${beta}); bars: the training G’s last batch.`,
  'chart.densities.mass': '∫p_model on [−6, 6] = 1 − escaped mass =',
  'chart.densities.offChart': ({ percent }: { percent: string }) =>
    `${percent}% of p_model is off the chart; the divergences see only the part on it`,
  'chart.densities.waiting': 'Waiting for the first snapshot from the training worker…',
  'chart.densities.gMoved': 'G just moved',
  'chart.densities.mappingTitle':
    "Show how G maps the noise z to x (Goodfellow et al. 2014, Fig. 1), in the Discriminator panel's place",
  'chart.densities.summary': ({ step }: { step: number | null }) =>
    `Densities p_data and p_model at sample points${step === null ? '' : `, step ${step}`}`,
  'chart.densities.aria': 'Densities: p_data and p_model',
  'chart.densities.peak': ({ value }: { value: string }) => `▲ p_model peaks at ${value}, off the chart`,

  // Per-mode mass of a mixture target.
  'chart.modes.explain': ({
    n,
    mass,
    weight,
    collapse,
  }: {
    n: number;
    mass: string;
    weight: string;
    collapse: number;
  }) =>
    `Mode ${n}: ∫ r_${n}(x) p_model(x) dx = ${mass}% of p_model's mass is assigned to ` +
    `target component ${n} (by its responsibility r_${n}), against its target weight ` +
    `${weight}%. Collapsed when below ${collapse}% of the weight ` +
    `(docs/theory.md §7.9).`,
  'chart.modes.mode': ({ n }: { n: number }) => `Mode ${n}`,
  'chart.modes.unit': ({ first, weight }: { first: boolean; weight: string }) =>
    `%${first ? ' of p_model' : ''} · target ${weight}%`,
  'chart.modes.collapsed': 'collapsed',

  // The generator's arrows on the Densities chart.
  'chart.arrows.cost.non-saturating.short': 'NS',
  'chart.arrows.cost.non-saturating.name': 'non-saturating',
  'chart.arrows.cost.minimax.short': 'minimax',
  'chart.arrows.cost.minimax.name': 'minimax',
  'chart.arrows.cost.maximum-likelihood.short': 'ML (display only)',
  'chart.arrows.cost.maximum-likelihood.name': 'maximum likelihood (display only, not a training option)',
  'chart.arrows.saturation': 'Where D confidently rejects fakes (D ≈ 0) the minimax arrows vanish: the loss saturates.',
  'chart.arrows.title': ({ costs, saturation }: { costs: string; saturation: string }) =>
    `Arrows: −∂J/∂x per generated sample at x, the way one gradient step on G moves it (ℓ = logit D). ${costs}. ${saturation}`,
  'chart.arrows.saturated': '→ 0 where D ≈ 0: saturated',
  'chart.arrows.scale': ({ value }: { value: string }) => `−∂J/∂x = ${value} per sample`,
  'chart.arrows.off': 'off',
  'chart.arrows.offTitle': 'No arrows',
  'chart.arrows.activeTitle': 'Arrows for the generator loss G trains with now (Training settings)',
  'chart.arrows.all': 'all 3',
  'chart.arrows.allTitle':
    'Non-saturating, minimax and maximum-likelihood arrows in three rows on one scale (ML: display only)',
  'chart.arrows.group': "Arrows: how each generator loss moves G's samples",
  'chart.arrows.switchTitle': ({ saturation }: { saturation: string }) =>
    `Arrows: −∂J/∂x, how a gradient step on G moves a generated sample at x. ${saturation}`,
  'chart.arrows.label': 'arrows',

  // Panel 2: the Discriminator (or the Critic).
  'chart.disc.title.discriminator': 'Discriminator',
  'chart.disc.title.critic': 'Critic',
  // Per objective: D (the network, or in optimal-D mode the optimum in play), its best (a critic's at
  // the critic's own scale), the y axis and the caption.
  'chart.disc.gan.d': 'D(x): “how real is x?”',
  'chart.disc.gan.optimal': 'D = D*: the optimal D',
  'chart.disc.gan.best': (_: { scale: string }) => 'D*(x)',
  'chart.disc.gan.axis': 'probability “real”',
  'chart.disc.gan.caption': 'Best D for this G: D*(x) = p_data(x) / (p_data(x) + p_model(x))',
  'chart.disc.lsgan.d': 'D(x): score, 1 = real',
  'chart.disc.lsgan.optimal': 'D = D*: the optimal D',
  'chart.disc.lsgan.best': (_: { scale: string }) => 'D*(x)',
  'chart.disc.lsgan.axis': 'score (1 = real)',
  'chart.disc.lsgan.caption': 'Best D for this G: D*(x) = p_data(x) / (p_data(x) + p_model(x))',
  'chart.disc.wgan.d': 'critic f(x), centred',
  'chart.disc.wgan.optimal': 'f = f*: the optimal critic',
  'chart.disc.wgan.best': ({ scale }: { scale: string }) => `best critic ${scale}f*(x)`,
  'chart.disc.wgan.axis': 'score (centred)',
  'chart.disc.wgan.caption': 'f*′(x) = sign(F_model(x) − F_data(x)): the 1-Lipschitz critic that attains W1',
  'chart.disc.wgan-gp.d': 'critic f(x), centred',
  'chart.disc.wgan-gp.optimal': 'f = f*: the optimal critic',
  'chart.disc.wgan-gp.best': ({ scale }: { scale: string }) => `best critic ${scale}f*(x)`,
  'chart.disc.wgan-gp.axis': 'score (centred)',
  'chart.disc.wgan-gp.caption': 'f*′(x) = sign(F_model(x) − F_data(x)): the 1-Lipschitz critic that attains W1',
  'chart.disc.hinge.d': 'D(x): margin score',
  'chart.disc.hinge.optimal': 'D = D*: the optimal D',
  'chart.disc.hinge.best': (_: { scale: string }) => 'best D: sign(p_data − p_model)',
  'chart.disc.hinge.axis': 'score',
  'chart.disc.hinge.caption': 'The hinge loss’s best D is a step: +1 where p_data > p_model, −1 where p_data < p_model',
  'chart.disc.optimalD': 'Optimal D',
  'chart.disc.optimalD.title':
    'Replace D by the best discriminator for the current G, computed exactly from the two densities; G trains against it and the network D rests',
  'chart.disc.optimalD.hingeTitle':
    'The best hinge discriminator is a step, sign(p_data − p_model): flat almost everywhere, it gives G no gradient',
  'chart.disc.moved': 'D just moved',
  'chart.disc.gap.critic': 'Mean gap |f − best|',
  'chart.disc.gap.d': 'Mean gap |D − D*|',
  'chart.disc.gap.criticTitle':
    '∫ |f(x) − best(x)| · (p_data(x) + p_model(x))/2 dx, best = the optimal critic f* at the critic’s own scale: the average distance, weighted where the data and the model have mass',
  'chart.disc.gap.dTitle':
    '∫ |D(x) − D*(x)| · (p_data(x) + p_model(x))/2 dx: the average distance, weighted where the data and the model have mass',
  'chart.disc.slope': 'Critic’s slope K',
  'chart.disc.slopeTitle':
    'The critic’s largest slope |f′(x)| on the grid where there is mass: its Lipschitz constant as far as we can see. W1 needs K ≤ 1.',
  'chart.disc.summary': ({ d, best, step }: { d: string; best: string; step: number | null }) =>
    `${d} and ${best} at sample points${step === null ? '' : `, step ${step}`}`,
  'chart.disc.undefined': 'undefined',
  'chart.disc.aria': ({ title, d, best }: { title: string; d: string; best: string }) => `${title}: ${d} and ${best}`,

  // Panel 3: Divergences.
  'chart.div.title': 'Divergences',
  'chart.div.caption':
    '0 only when p_model = p_data. JS ≤ log 2, KL can be ∞; W1 (in x) keeps growing when JS is stuck at log 2: why WGAN.',
  'chart.div.units.title': 'Switch units (U): 1 bit = ln 2 nats',
  'chart.div.units.aria': ({ now, other }: { now: string; other: string }) =>
    `${now} ⇄ ${other}: units now ${now}, switch to ${other}`,
  'chart.div.kl.infinite': ({ ref, other, percent }: { ref: string; other: string; percent: string }) =>
    `${ref} is 0 where ${other} has ${percent}% of its mass: the KL is ∞.`,
  'chart.div.kl.floored': ({
    ref,
    other,
    percent,
    floor,
    from,
  }: {
    ref: string;
    other: string;
    percent: string;
    floor: number;
    from: number;
  }) =>
    `${ref} is 0 where ${other} has ${percent}% of its mass: the exact KL is ∞; shown is the lower bound with ${ref} floored at ε = ${floor} per bin (∞ is shown from ${from}% on).`,
  'chart.div.kl.sum': ({ ref, other }: { ref: string; other: string }) =>
    `Σ ${other} log(${other}/${ref}) Δx over 400 bins on [−6, 6].`,
  'chart.div.kl.atLeast': 'at least',
  'chart.div.kl.atMost': 'at most',
  'chart.div.kl.forwardHint': 'forward KL: mode covering, punishes p_model missing data',
  'chart.div.kl.reverseHint': 'reverse KL: mode seeking, punishes p_model putting mass where there is no data',
  'chart.div.js.title':
    'JS(p_data‖p_model) = ½ KL(p_data‖M) + ½ KL(p_model‖M), M = (p_data + p_model)/2; 0 ≤ JS ≤ log 2 = 1 bit',
  'chart.div.w1.unit': 'units of x',
  'chart.div.w1.axis': 'W1 (units of x)',
  'chart.div.w1.hint':
    'W1(p_data, p_model) = ∫ |F_data − F_model| dx, the Wasserstein-1 (earth mover’s) distance: how far, on average, p_model’s mass must move to become p_data; in units of x, not nats (right axis of the chart). JS saturates at log 2 once the supports no longer overlap, while W1 keeps measuring the distance between them: that is why Wasserstein GANs (WGAN) use it.',
  'chart.div.series.klForward': 'KL forward',
  'chart.div.series.klReverse': 'KL reverse',
  'chart.div.summary': ({
    n,
    step,
    js,
    klForward,
    klReverse,
    w1,
    unit,
    ceiling,
  }: {
    n: number;
    step: number;
    js: string;
    klForward: string;
    klReverse: string;
    w1: string;
    unit: string;
    ceiling: string;
  }) =>
    `Divergence history over ${n} recorded points up to step ${step}: JS ${js} ${unit}, forward KL ${klForward} ${unit}, reverse KL ${klReverse} ${unit}; W1 ${w1} in units of x (right axis). JS never exceeds log 2 = ${ceiling} ${unit}.`,
  'chart.div.empty': 'No training steps yet: the history is empty.',
  'chart.div.axis': ({ unit }: { unit: string }) => `${unit} (log scale)`,
  'chart.div.jsMax.bits': 'JS max = 1 bit',
  'chart.div.jsMax.nats': 'JS max = log 2 ≈ 0.693',
  'chart.div.aria':
    'Divergences over training steps: JS, forward KL and reverse KL in nats or bits (left axis), and W1 in units of x (right axis)',

  // Panel 4: Losses.
  'chart.loss.title': 'Losses',
  'chart.loss.titleNats': 'Losses (nats)',
  // Per objective: what D minimises (the caption), what G minimises (under the generator loss, where the
  // objective has that setting), J(D) at equilibrium (the reference line's label, and in a sentence).
  'chart.loss.gan.d':
    'D minimises J(D) = −½ E[log D(x)] − ½ E[log(1 − D(G(z)))], its cross-entropy against the labels: KL(labels ‖ D) + const.',
  'chart.loss.gan.g': ({ minimax }: { minimax: boolean }) =>
    minimax ? 'G minimises J(G) = ½ E[log(1 − D(G(z)))]' : 'G minimises J(G) = −½ E[log D(G(z))]',
  'chart.loss.gan.equilibrium': 'J(D) at equilibrium = log 2 ≈ 0.693',
  'chart.loss.gan.equilibriumSentence': 'J(D) at equilibrium is log 2 ≈ 0.693 nats',
  'chart.loss.lsgan.d':
    'D minimises J(D) = ½ E[(D(x) − 1)²] + ½ E[D(G(z))²]: squared error against the labels 1 and 0.',
  'chart.loss.lsgan.g': (_: { minimax: boolean }) => 'G minimises J(G) = ½ E[(D(G(z)) − 1)²]',
  'chart.loss.lsgan.equilibrium': 'J(D) at equilibrium = ¼ (D = ½ everywhere)',
  'chart.loss.lsgan.equilibriumSentence': 'J(D) at equilibrium = ¼ (D = ½ everywhere)',
  'chart.loss.wgan.d': 'The critic minimises J(D) = E[f(G(z))] − E[f(x)]: −J(D) estimates K·W1, K its slope.',
  'chart.loss.wgan.g': (_: { minimax: boolean }) => 'G minimises J(G) = −E[f(G(z))]',
  'chart.loss.wgan.equilibrium': 'J(D) at equilibrium = 0',
  'chart.loss.wgan.equilibriumSentence': 'J(D) at equilibrium = 0',
  'chart.loss.wgan-gp.d':
    'The critic minimises J(D) = E[f(G(z))] − E[f(x)] (+ the penalty, not shown): −J(D) estimates W1.',
  'chart.loss.wgan-gp.g': (_: { minimax: boolean }) => 'G minimises J(G) = −E[f(G(z))]',
  'chart.loss.wgan-gp.equilibrium': 'J(D) at equilibrium = 0',
  'chart.loss.wgan-gp.equilibriumSentence': 'J(D) at equilibrium = 0',
  'chart.loss.hinge.d': 'D minimises J(D) = E[max(0, 1 − D(x))] + E[max(0, 1 + D(G(z)))]: a margin of 1 on each side.',
  'chart.loss.hinge.g': (_: { minimax: boolean }) => 'G minimises J(G) = −E[D(G(z))]',
  'chart.loss.hinge.equilibrium': 'J(D) at equilibrium = 2 (= 2 − 2·TV)',
  'chart.loss.hinge.equilibriumSentence': 'J(D) at equilibrium = 2 (= 2 − 2·TV)',
  'chart.loss.formula.minimax': 'minimax: J(G) = −J(D) without its data term, which does not depend on G',
  'chart.loss.formula.nonSaturating': 'non-saturating: J(G) = −½ E[log D(G(z))]',
  'chart.loss.dTitle': ({ nats }: { nats: boolean }) =>
    `Batch loss of the latest discriminator update${nats ? ', in nats' : ''}`,
  'chart.loss.gTitle': ({ formula }: { formula: string | null }) =>
    `Batch loss of the latest generator update${formula ? `, in nats: ${formula}` : ''}`,
  'chart.loss.summary': ({
    n,
    step,
    lossD,
    lossG,
    nats,
    equilibrium,
  }: {
    n: number;
    step: number;
    lossD: string;
    lossG: string;
    nats: boolean;
    equilibrium: string;
  }) =>
    `Loss history over ${n} recorded points up to step ${step}: J(D) ${lossD}${nats ? ' nats' : ''}, J(G) ${lossG}${nats ? ' nats' : ''}. ${equilibrium}.`,
  'chart.loss.empty': 'No training steps yet: the loss history is empty.',
  'chart.loss.split': ({ lossD, real, fake }: { lossD: string; real: string; fake: string }) =>
    `J(D) of the latest batch, ${lossD} nats, is one half of the mean −log D(x) over the real samples (label y = 1), ${real}, plus one half of the mean −log(1 − D(G(z))) over the generated ones (label y = 0), ${fake}.`,
  'chart.loss.axis': 'loss',
  'chart.loss.axisNats': 'loss (nats)',
  'chart.loss.aria': ({ nats }: { nats: boolean }) =>
    `Losses over training steps: J(D) and J(G)${nats ? ', in nats' : ''}`,
  // J(D) split into its real and generated halves.
  'chart.ce.klSentence':
    'Cross-entropy = KL + constant: minimising J(D), D’s cross-entropy against the labels, minimises KL(labels ‖ D’s outputs) (the labels’ entropy is the constant, 0 for hard labels; docs/theory.md §4).',
  'chart.ce.title': 'J(D) = ½·(mean over the real half + mean over the generated half).',
  'chart.ce.real': 'real, label y = 1: −log D(x)',
  'chart.ce.fake': 'generated, y = 0: −log(1 − D(G(z)))',

  // The z → x mapping view.
  'chart.mapping.title': 'z → x: how G moves p_z',
  'chart.mapping.caption':
    'Lines join quantiles of p_z (every 2.5%) to G(z): bunched above = mass squeezed, fanned = stretched, crossing = G folds.',
  'chart.mapping.closeTitle': 'Show the Discriminator panel again',
  'chart.mapping.close': 'Discriminator',
  'chart.mapping.gIs': 'G is',
  'chart.mapping.mono.increasing': 'increasing (no lines cross)',
  'chart.mapping.mono.decreasing': 'decreasing (all lines cross: a mirror image)',
  'chart.mapping.mono.flat': 'constant (all z land on one x)',
  'chart.mapping.mono.folded': ({ folds }: { folds: number }) => `not monotone (${folds} fold${folds > 1 ? 's' : ''})`,
  'chart.mapping.summary': ({ step }: { step: number | null }) =>
    `G at quantiles of p_z${step === null ? '' : `, step ${step}`}`,
  'chart.mapping.noise': ({ dist }: { dist: string }) => `${dist} (noise)`,
  'chart.mapping.aria': 'z to x mapping: G at quantiles of p_z',
  'chart.mapping.waiting': 'Waiting for the first snapshot…',

  // The Likelihood view's fit on the density chart (its setting showMleFit).
  'chart.mleOverlay.legend': ({ K, m }: { K: number; m: number }) => `MLE fit (K = ${K}, m = ${m})`,
  'chart.mleOverlay.title': 'The maximum-likelihood fit of the Likelihood view',
} as const satisfies Record<string, Message>;
