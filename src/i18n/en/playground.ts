// English: the playground's chrome (header, sidebar, banners, help, lessons, sharing, export, the user's
// own target) and the state layer's sentences (commands, the worker and backends, links, notices).
// Prefixes: `cmd.` commands, `msg.` worker/backend/link messages, `setting.` and `value.` the settings'
// names and their values, `pg.` everything else. See ../messages.ts.
import type { Message } from '../catalogue';
import type { EnumValue, Settings } from '../../core/settings';

/** Every setting's name as a student reads it: a new setting without one fails the typecheck. */
const settingLabels = {
  'setting.targetKind': 'Target shape',
  'setting.components': 'Gaussian components',
  'setting.mean0': 'Mean 1',
  'setting.std0': 'Spread (σ) 1',
  'setting.weight0': 'Weight 1',
  'setting.mean1': 'Mean 2',
  'setting.std1': 'Spread (σ) 2',
  'setting.weight1': 'Weight 2',
  'setting.mean2': 'Mean 3',
  'setting.std2': 'Spread (σ) 3',
  'setting.weight2': 'Weight 3',
  'setting.uniformLow': 'Uniform from',
  'setting.uniformHigh': 'Uniform to',
  'setting.drawnDensity': 'Drawn density',
  'setting.noise': 'Noise p_z',
  'setting.gHidden': 'G hidden width',
  'setting.gDepth': 'G hidden layers',
  'setting.gActivation': 'G activation',
  'setting.dHidden': 'D hidden width',
  'setting.dDepth': 'D hidden layers',
  'setting.dActivation': 'D activation',
  'setting.optimizer': 'Optimizer',
  'setting.lrD': 'D learning rate',
  'setting.lrG': 'G learning rate',
  'setting.beta1': 'Adam β1',
  'setting.batchSize': 'Batch size',
  'setting.kD': 'D steps per G step (k)',
  'setting.generatorLoss': 'Generator loss',
  'setting.objective': 'Objective',
  'setting.clipValue': 'WGAN weight clip c',
  'setting.gpLambda': 'Gradient penalty λ',
  'setting.gpOneSided': 'One-sided penalty',
  'setting.optimalD': 'Optimal D',
  'setting.slowMotion': 'Slow motion',
  'setting.emaDecay': 'EMA of G (decay)',
  'setting.r1Gamma': 'R1 penalty γ',
  'setting.instanceNoise': 'Instance noise σ',
  'setting.instanceNoiseSchedule': 'Instance noise schedule',
  'setting.seed': 'Seed',
  'setting.backend': 'Backend',
  'setting.units': 'Units',
  'setting.showHistogram': 'Histogram of the latest G(z) batch',
  'setting.view': 'View',
  'setting.explorerPComponents': 'P: Gaussian components',
  'setting.explorerPMean0': 'P: mean 1',
  'setting.explorerPStd0': 'P: spread (σ) 1',
  'setting.explorerPWeight0': 'P: weight 1',
  'setting.explorerPMean1': 'P: mean 2',
  'setting.explorerPStd1': 'P: spread (σ) 2',
  'setting.explorerPWeight1': 'P: weight 2',
  'setting.explorerPMean2': 'P: mean 3',
  'setting.explorerPStd2': 'P: spread (σ) 3',
  'setting.explorerPWeight2': 'P: weight 3',
  'setting.explorerQComponents': 'Q: Gaussian components',
  'setting.explorerQMean0': 'Q: mean 1',
  'setting.explorerQStd0': 'Q: spread (σ) 1',
  'setting.explorerQWeight0': 'Q: weight 1',
  'setting.explorerQMean1': 'Q: mean 2',
  'setting.explorerQStd1': 'Q: spread (σ) 2',
  'setting.explorerQWeight1': 'Q: weight 2',
  'setting.explorerQMean2': 'Q: mean 3',
  'setting.explorerQStd2': 'Q: spread (σ) 3',
  'setting.explorerQWeight2': 'Q: weight 3',
  'setting.likelihoodSamples': 'Samples m',
  'setting.likelihoodComponents': 'Mixture components K',
  'setting.likelihoodSeed': 'Sample seed',
  'setting.showMleFit': 'Show the MLE fit on the playground',
  'setting.lesson': 'Lesson',
  'setting.lessonStep': 'Lesson step',
  'setting.theme': 'Theme',
  'setting.presentation': 'Presentation mode',
  'setting.language': 'Language',
  'setting.diracOptimizer': 'Dirac GAN: updates',
  'setting.diracLr': 'Dirac GAN: rate h',
  'setting.diracSteps': 'Dirac GAN: steps',
  'setting.diracStabiliser': 'Dirac GAN: stabiliser',
  'setting.diracGamma': 'Dirac GAN: R1 γ',
  'setting.diracSigma': 'Dirac GAN: noise σ',
  'setting.diracStartTheta': 'Dirac GAN: start θ₀',
  'setting.diracStartPsi': 'Dirac GAN: start ψ₀',
  'setting.diracShowEma': 'Dirac GAN: EMA of G shown',
  'setting.experimentSeeds': 'Experiment: seeds per arm',
  'setting.experimentSteps': 'Experiment: steps',
  'setting.variantB': 'Experiment: what B changes',
} as const satisfies Record<`setting.${keyof Settings}`, string>;

/** The values of the enum settings: a new value without a name fails the typecheck. */
const valueLabels = {
  'value.mixture': 'Gaussians',
  'value.uniform': 'Uniform',
  'value.drawn': 'Drawn',
  'value.normal': 'Normal',
  'value.tanh': 'tanh',
  'value.relu': 'ReLU',
  'value.leakyRelu': 'leaky ReLU',
  'value.adam': 'Adam',
  'value.sgd': 'SGD',
  'value.non-saturating': 'Non-saturating',
  'value.minimax': 'Minimax',
  'value.gan': 'Original GAN (cross-entropy)',
  'value.lsgan': 'Least squares (LSGAN)',
  'value.wgan': 'WGAN (weight clipping)',
  'value.wgan-gp': 'WGAN-GP (gradient penalty)',
  'value.hinge': 'Hinge loss',
  'value.fixed': 'Fixed',
  'value.annealed': 'Annealed',
  'value.auto': 'Auto',
  'value.webgl': 'WebGL',
  'value.wasm': 'WASM',
  'value.cpu': 'CPU',
  'value.nats': 'nats',
  'value.bits': 'bits',
  'value.playground': 'Playground',
  'value.explorer': 'Divergences',
  'value.likelihood': 'Likelihood',
  'value.formulas': 'Formulas',
  'value.dirac': 'Why GANs circle',
  'value.experiment': 'Experiments',
  'value.system': 'System',
  'value.light': 'Light',
  'value.dark': 'Dark',
  'value.en': 'English',
  'value.zh-CN': 'Simplified Chinese',
  'value.simultaneous': 'Simultaneous',
  'value.alternating': 'Alternating',
  'value.none': 'None',
  'value.r1': 'R1',
  'value.noise': 'Noise',
} as const satisfies Record<`value.${EnumValue}`, string>;

export const playground = {
  ...settingLabels,
  ...valueLabels,

  // ---- commands (buttons, shortcuts, the help dialog) ----
  'cmd.play.label': 'Play',
  'cmd.play.pause': 'Pause',
  'cmd.play.description': 'Start or pause training',
  'cmd.disabledDiverged': (p: { step: number }) =>
    `Training diverged at step ${p.step.toLocaleString('en')} (NaN or ∞): press Reset to start again`,
  'cmd.step.label': 'Step',
  'cmd.step.description': 'Train one step (one generator update, k discriminator updates)',
  'cmd.stepD.label': 'Step D',
  'cmd.stepD.description': 'One discriminator update only: watch D(x) move while G stands still',
  'cmd.stepG.label': 'Step G',
  'cmd.stepG.description': 'One generator update only: watch p_model move while D stands still',
  'cmd.slowMotion.label': 'Slow motion',
  'cmd.slowMotion.description': 'Train a few updates a second, D’s and G’s one at a time, each drawn',
  'cmd.optimalD.label': 'Optimal D',
  'cmd.optimalD.description': 'Train G against the exact best discriminator D* instead of the network D',
  'cmd.reset.label': 'Reset',
  'cmd.reset.description': 'Restart the run from step 0 with the same seed (the same run again)',
  'cmd.newSeed.label': 'New seed',
  'cmd.newSeed.description': 'Restart from step 0 with new random initial weights and noise',
  'cmd.units.label': 'Nats/bits',
  'cmd.units.description': 'Show divergences in nats or in bits (1 bit = ln 2 nats)',
  'cmd.presentation.label': 'Present',
  'cmd.presentation.description':
    'Presentation mode: full screen, large type, only the essential controls (Esc leaves it)',
  'cmd.help.label': 'Help',
  'cmd.help.description': 'Show this list of keyboard shortcuts',
  'cmd.restartWorker.label': 'Restart the worker',
  'cmd.restartWorker.description': 'Start a new training worker after it crashed repeatedly',
  'cmd.copyLink.label': 'Copy link',
  'cmd.copyLink.description':
    'Copy a link to this exact setup (every setting, the seed, the view, the lesson and its step)',
  'cmd.showQr.label': 'QR code',
  'cmd.showQr.description': 'Show the link to this setup as a QR code, large, for a class to scan with their phones',
  'cmd.restoreDefaults.label': 'Restore defaults',
  'cmd.restoreDefaults.description': 'Set every setting back to its default (and leave any lesson); can be undone',
  'cmd.lessonBack.label': 'Back',
  'cmd.lessonBack.description': 'Go back to the previous step of the lesson',
  'cmd.lessonNext.label': 'Next',
  'cmd.lessonNext.description': 'Go on to the next step of the lesson',
  'cmd.leaveLesson.label': 'Leave lesson',
  'cmd.leaveLesson.description': 'Close the lesson and restore your own setup from before it',
  /** A tooltip: the description and its key. */
  'cmd.withKey': (p: { description: string; key: string }) => `${p.description} (${p.key})`,

  // ---- lists in sentences ----
  'pg.list.semicolon': '; ',
  'pg.list.comma': ', ',

  // ---- header ----
  'pg.title': 'GAN Playground',
  'pg.transport.label': 'Training',
  'pg.readout.step': 'Step',
  'pg.readout.stepsPerSecond': 'steps/s',
  'pg.backend.label': 'Backend',
  'pg.backend.probes': 'Backends measured',
  'pg.tools.label': 'Lessons, sharing and display',
  'pg.help.button': 'Help',
  'pg.help.title': 'Help and keyboard shortcuts (?)',

  // ---- help dialog ----
  'pg.help.heading': 'Keyboard shortcuts',
  'pg.help.key': 'Key',
  'pg.help.action': 'Action',
  'pg.help.space': 'Space',
  'pg.help.escape': 'Close this dialog',
  'pg.help.colours': 'Colours',
  'pg.help.pData': 'p_data, the target you shape',
  'pg.help.pModel': 'p_model, the density of G(z), and the generator’s loss',
  'pg.help.d': 'D(x), the discriminator, and its loss; dashed, in the text’s colour: D*(x)',
  'pg.help.js': 'JS divergence;',
  'pg.help.units':
    'Divergences are computed by quadrature on 400 bins over x ∈ [−6, 6], in nats (or bits = nats / ln 2). Losses are batch losses in nats.',
  'pg.close': 'Close',

  // ---- banners and notices ----
  'pg.notice.dismiss': 'Dismiss this notice',

  // ---- the display tools ----
  'pg.theme.label': 'Theme',
  'pg.theme.title': 'Colours: follow the system’s light or dark setting, or always light, or always dark',
  'pg.announce.region': 'Training progress',
  'pg.announce.started': 'Training.',
  'pg.announce.progress': (p: { step: number; js: string; unit: string }) => `Step ${p.step}, JS ${p.js} ${p.unit}.`,
  'pg.announce.paused': (p: { step: number; js: string; unit: string }) =>
    `Paused at step ${p.step}, JS ${p.js} ${p.unit}.`,

  // ---- sidebar: the target ----
  'pg.sidebar.label': 'Settings',
  'pg.charts': 'Charts',
  // phones and tablets: the header's tools in one menu, the sidebar in a drawer
  'pg.menu.button': 'Menu',
  'pg.menu.title': 'Lessons, sharing, export, language, theme, presentation and help',
  'pg.drawer.title': 'The target and the training settings',
  'pg.target.heading': 'Target p_data',
  'pg.target.shape': 'Shape',
  'pg.target.share': "This component's share of p_data's mass: its weight divided by the sum of the weights",
  'pg.target.component': (p: { n: number }) => `Component ${p.n}`,
  'pg.target.mean': 'Mean μ',
  'pg.target.spread': 'Spread σ',
  'pg.target.weight': 'Weight',
  'pg.target.uniform': 'Uniform on [from, to]',
  'pg.target.from': 'From',
  'pg.target.to': 'To',

  // ---- sidebar: training settings ----
  'pg.training.heading': 'Training settings',
  'pg.training.generator': 'Generator G',
  'pg.training.discriminator': 'Discriminator D',
  'pg.training.width': 'Width',
  'pg.training.layers': 'Hidden layers',
  'pg.training.activation': 'Activation',
  'pg.training.optimisation': 'Optimisation',
  'pg.training.run': 'Run',
  'pg.training.display': 'Display',
  'pg.training.units': 'Divergence units',

  // ---- controls ----
  'pg.control.exact': (p: { label: string }) => `${p.label} (exact value)`,
  'pg.control.range': (p: { min: number; max: number }) => `${p.min} to ${p.max}`,

  // ---- stabilisers ----
  'pg.stab.heading': 'Stabilisers',
  'pg.stab.off': 'Off',
  'pg.stab.none': 'none',
  'pg.stab.activeEma': 'EMA',
  'pg.stab.activeR1': 'R1',
  'pg.stab.activeNoise': 'noise',
  'pg.stab.ema': 'Average of G (EMA)',
  'pg.stab.emaHint':
    'Shows a running average of G’s weights (decay β per step): p_model, D*, the divergences and the theorem use the averaged G; the histogram is still the training G’s batch.',
  'pg.stab.r1Hint':
    'Adds γ/2·E[(∂D/∂x)²] on real data to D’s loss: D may not be steep where the data is, which damps the circling (Mescheder et al. 2018). Costs about a quarter more per step.',
  'pg.stab.schedule': 'Noise over time',
  'pg.stab.noiseHint': (p: { steps: string }) =>
    `Adds N(0, σ²) to everything D sees, real and generated, so the two overlap and D’s gradient stays useful; annealed, σ falls to 0 over ${p.steps} steps.`,
  'pg.advice.text': (p: {
    modes: number;
    seeds: number;
    held: number;
    heldByDefaults: number;
    lateJs: string;
    lateJsByDefaults: string;
    gHidden: number;
    gamma: number;
  }) =>
    `${p.modes} modes. The defaults’ smooth tanh G held every mode on ${p.heldByDefaults} of ${p.seeds} seeds in our benchmark (late JS ${p.lateJsByDefaults}). Recommended here: a leaky-ReLU G ${p.gHidden} wide, which can bend sharply between the modes, with the R1 penalty γ = ${p.gamma}: every mode held on ${p.held} of ${p.seeds} seeds, late JS ${p.lateJs}.`,
  'pg.advice.why': (p: { bridge: string; share: number; slope: number }) =>
    `Why JS stays above 0.01: G is continuous, so it leaves a bridge of mass between the modes, ${p.bridge}× p_data’s there at step 8,000 and ${p.share}% of JS; its steepest slope there is ${p.slope}% of what would close it.`,
  'pg.advice.button': (p: { gHidden: number; gamma: number }) =>
    `Use a leaky-ReLU G ${p.gHidden} wide with R1, γ = ${p.gamma}`,

  // ---- the game (objective) ----
  'pg.obj.heading': 'The game',
  'pg.obj.gan.short': 'GAN',
  'pg.obj.lsgan.short': 'LSGAN',
  'pg.obj.wgan.short': 'WGAN',
  'pg.obj.wgan-gp.short': 'WGAN-GP',
  'pg.obj.hinge.short': 'hinge',
  'pg.obj.gan':
    'D is a classifier, D(x) = “probability that x is real”, trained by binary cross-entropy (Goodfellow et al. 2014). Against the best D, G minimises 2·JS − log 4.',
  'pg.obj.lsgan':
    'D regresses labels 1 (real) and 0 (generated) by squared error (Mao et al. 2017). Its best D is the same D* as the original GAN’s, but a trained D keeps pulling a generated sample that sits far on the real side of the boundary: its squared error does not saturate as the log does.',
  'pg.obj.wgan':
    'D becomes a critic f scoring realness, unbounded (Arjovsky et al. 2017). Over 1-Lipschitz critics the best score gap is the Wasserstein-1 distance W1, which keeps a useful gradient even when the two densities do not overlap. Clipping the weights only bounds the slope by some K, so the critic estimates K·W1.',
  'pg.obj.wgan-gp':
    'Instead of clipping, a penalty keeps the critic’s slope near 1 between the data and the model (Gulrajani et al. 2017). In one dimension the two-sided penalty traps the critic: to turn its slope from −1 to +1 it must pass through 0, where it pays λ. The one-sided form max(0, |f′| − 1)² has no such wall.',
  'pg.obj.hinge':
    'A margin loss, as in support vector machines (Lim & Ye 2017, Miyato et al. 2018): D is only pushed until real samples score above 1 and generated ones below −1. Its best D is the step sign(p_data − p_model), and the best value 2 − 2·TV measures the total variation.',
  'pg.obj.clipped': 'weights clipped to [−c, c]',
  'pg.obj.between': 'x̂ between a real and a generated sample',
  'pg.obj.wganNote': 'The WGAN papers train the critic k = 5 times per G step (Training settings, k).',

  // ---- the theorem, live ----
  'pg.check.heading': 'The theorem, live',
  'pg.check.gan': 'For a fixed G the best discriminator D* reaches J(D*) = log 2 − JS(p_data‖p_model).',
  'pg.check.lsgan':
    'For a fixed G the best D* = p_data/(p_data + p_model) reaches J(D*) = ¼ − Δ/8, Δ = ∫ (p_data − p_model)²/(p_data + p_model) dx.',
  'pg.check.wgan': 'Over critics of slope at most 1, the best f* reaches J(f*) = −W1(p_data, p_model).',
  'pg.check.wgan-gp': 'Over critics of slope at most 1, the best f* reaches J(f*) = −W1(p_data, p_model).',
  'pg.check.hinge': 'For a fixed G the best D* = sign(p_data − p_model) reaches J(D*) = 2 − 2·TV(p_data, p_model).',
  'pg.check.unitNats': 'nats',
  'pg.check.unitX': 'x units',
  'pg.check.best': 'J(D*) of the best D',
  'pg.check.optimal': 'J(D) of the optimal D in play',
  'pg.check.critic': 'J(D) of the current critic',
  'pg.check.current': 'J(D) of the current D',
  'pg.check.quadrature':
    'All by quadrature on the exact densities (not a batch): J(D*) from the best D itself, the second line by its own formula.',
  // Per objective: how J(D) of the D in play compares with J(D*).
  'pg.check.gan.note':
    'J(D) ≥ J(D*) always; the two meet when D = D*. At the optimum p_model = p_data, JS = 0 and J(D) = log 2.',
  'pg.check.lsgan.note': 'J(D) ≥ J(D*) always; the two meet when D = D*.',
  'pg.check.wgan.note':
    'A critic steeper than 1 can go below −W1 (its slope K is on the critic chart); at slope ≤ 1 it cannot.',
  'pg.check.wgan-gp.note':
    'A critic steeper than 1 can go below −W1 (its slope K is on the critic chart); at slope ≤ 1 it cannot.',
  'pg.check.hinge.note': 'J(D) ≥ J(D*) always; the two meet when D = D*.',
  'pg.check.offChart': (p: { percent: string }) =>
    `${p.percent}% of the mass lies off the chart (|x| > 6): the quadratures do not see it, so the two lines above can differ.`,

  // ---- lessons ----
  'pg.lessons.menuButton': 'Lessons',
  'pg.lessons.menuTitle': 'Guided lessons: each sets up the app and walks you through it',
  'pg.lessons.menuLabel': 'Lessons',
  'pg.lessons.current': 'open',
  'pg.lessons.kicker': (p: { n: number }) => `Lesson ${p.n}`,
  'pg.lessons.stepOf': (p: { step: number; steps: number }) => `Step ${p.step} of ${p.steps}`,
  'pg.lessons.nav': 'Lesson steps',
  'pg.lessons.more': 'More',
  'pg.lessons.less': 'Less',
  'pg.lessons.moreCaption': 'Show the whole text of the lesson',
  'pg.lessons.lessCaption': 'Show the lesson text in two lines',
  'pg.lessons.unknown': (p: { id: string }) =>
    `The link opens the lesson “${p.id}”, which this version of the app does not have; the rest of the link was loaded.`,

  // ---- sharing ----
  'pg.share.copied': 'Link copied',
  'pg.share.copiedStatus': 'The link to this setup is on the clipboard.',
  'pg.share.manualTitle': 'Copy this link',
  'pg.share.noClipboard': 'This browser gives the page no clipboard here, so the link was not copied.',
  'pg.share.refused': 'The browser did not allow copying the link.',
  'pg.share.manualHint': 'The link is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
  'pg.share.manualField': 'Link to this setup',
  'pg.share.defaultsRestored': 'Every setting is back to its default.',
  'pg.share.undo': 'Undo',
  'pg.share.qrTitle': 'Scan to open this setup',
  'pg.share.qrImage': 'QR code of the link to this setup',

  // ---- export and load ----
  'pg.export.menu': 'Export',
  'pg.export.menuLabel': 'Export or load: training history, settings, weights',
  'pg.export.menuTitle': 'Download the training history, the settings or the trained weights; load settings or weights',
  'pg.export.chartMenu': (p: { title: string }) => `Export ${p.title} chart`,

  // ---- the user's own target: loading samples ----
  'pg.target.loadCsv': 'Load CSV…',
  'pg.target.loadCsvTitle': (p: { min: number; max: string; size: string }) =>
    `A file of samples of x: numbers one per line, or separated by commas or semicolons (one header line allowed; at least ${p.min}, at most ${p.max} numbers, ${p.size}). Their kernel density estimate becomes p_data.`,
  'pg.target.drawnHint':
    'Your own p_data on 64 points from −6 to 6, linear between them: draw it on the Densities chart, or load samples.',
  /** `offChart`: '' or the message pg.target.loadedOffChart. */
  'pg.target.loaded': (p: { n: string; name: string; bandwidth: string; offChart: string }) =>
    `Loaded ${p.n} samples from “${p.name}”: p_data is their kernel density estimate (Gaussian kernels, bandwidth h = ${p.bandwidth}, Silverman’s rule)${p.offChart}.`,
  'pg.target.loadedOffChart': (p: { percent: string }) =>
    `; ${p.percent}% of it lies off the chart [−6, 6] and is left out`,
  'pg.target.notLoaded': (p: { name: string; why: string }) =>
    `“${p.name}” was not loaded, p_data is unchanged: ${p.why}`,
  'pg.target.unreadable': 'the file could not be read.',
  'pg.target.offChart': (p: { mean: string }) =>
    `almost none of the samples lie on the chart’s x range [−6, 6] (their mean is ${p.mean}): rescale them first, e.g. to z-scores.`,
  'pg.target.empty': 'the file is empty.',
  'pg.target.tooLarge': (p: { size: string; max: string }) => `the file is ${p.size}; at most ${p.max} can be loaded.`,
  'pg.target.notNumbers': (p: { line: string; text: string }) =>
    `line ${p.line} has “${p.text}”, which is not a number. The file should hold numbers only (one header line allowed).`,
  'pg.target.tooFew': (p: { count: number; min: number }) =>
    `it has ${p.count} number${p.count === 1 ? '' : 's'}; at least ${p.min} are needed for a density.`,
  'pg.target.tooMany': (p: { max: string }) => `it has more than ${p.max} numbers.`,
  'pg.target.megabytes': (p: { mb: string }) => `${p.mb} MB`,

  // ---- links ----
  'msg.link.notKeyValue': (p: { part: string }) => `“${p.part}” is not key=value`,
  'msg.link.badEncoding': (p: { short: string }) => `${p.short}: bad encoding`,
  'msg.link.unknownSetting': (p: { short: string }) => `unknown setting “${p.short}”`,
  'msg.link.notANumber': (p: { setting: string; raw: string }) => `${p.setting}: “${p.raw}” is not a number`,
  'msg.link.outOfRange': (p: { setting: string; raw: string; min: number; max: number }) =>
    `${p.setting}: ${p.raw} is out of range (${p.min} to ${p.max})`,
  'msg.link.notAFlag': (p: { setting: string; raw: string }) => `${p.setting}: “${p.raw}” is not 0 or 1`,
  'msg.link.notAnOption': (p: { setting: string; raw: string; options: string }) =>
    `${p.setting}: “${p.raw}” is not one of ${p.options}`,
  'msg.link.notValidText': (p: { setting: string; raw: string }) => `${p.setting}: “${p.raw}” is not valid here`,
  'msg.link.variantUnknownSetting': (p: { short: string }) => `variant B: unknown setting “${p.short}”`,
  'msg.link.variantFixedSetting': (p: { setting: string }) =>
    `variant B cannot change ${p.setting} (B changes only how the GANs train: objective, stabilisers, rates, networks)`,
  'msg.link.variantBadValue': (p: { problem: string }) => `variant B: ${p.problem}`,
  'msg.link.noVersion': 'the link has no version (v=…)',
  'msg.link.newerVersion': (p: { version: number }) =>
    `the link is from a newer version (v=${p.version}) of the app; loaded the defaults`,
  'msg.link.unknownVersion': (p: { version: number }) => `unknown version v=${p.version}`,
  'msg.link.notice': (p: { problems: string }) => `The link had problems: ${p.problems}; loaded defaults for those.`,

  // ---- backends ----
  'msg.backend.noOffscreenCanvas': 'no OffscreenCanvas in this context',
  'msg.backend.wasmNotConfigured': 'the WASM binaries were not configured',
  'msg.backend.startFailed': (p: { detail: string }) => `failed to start${p.detail ? `: ${p.detail}` : ''}`,
  'msg.backend.failedInTraining': (p: { detail: string }) => `failed during training: ${p.detail}`,
  'msg.backend.probeSlow': (p: { seconds: number }) => `took over ${p.seconds} s to start (not timed)`,
  'msg.backend.probeCrashed': (p: { detail: string }) => `the measurement stopped (${p.detail})`,
  'msg.backend.unknownError': 'unknown error',
  'msg.backend.theBackend': 'the backend',
  'msg.backend.head': (p: { name: string; rate: string }) => `${p.name}: ${p.rate} steps/s`,
  'msg.backend.pinned': (p: { head: string }) => `pinned → ${p.head}`,
  'msg.backend.auto': (p: { rest: string }) => `auto → ${p.rest}`,
  'msg.backend.fellBack': (p: { name: string; why: string; rest: string }) =>
    `${p.name} was chosen but failed (${p.why}); fell back to ${p.rest}`,
  'msg.backend.otherRate': (p: { name: string; rate: string }) => `${p.name} ${p.rate}`,
  'msg.backend.otherFailed': (p: { name: string; why: string }) => `${p.name} failed: ${p.why}`,
  'msg.backend.otherSlow': (p: { name: string; why: string }) => `${p.name} ${p.why}`,
  'msg.backend.vs': (p: { others: string }) => ` vs ${p.others}`,
  'msg.backend.measuring': (p: { names: string }) => ` (measuring${p.names ? ` ${p.names}` : ''}…)`,
  'msg.backend.measurementPaused': (p: { names: string }) =>
    ` (measurement${p.names ? ` of ${p.names}` : ''} paused while training)`,
  'msg.backend.startedFirst': ' (started first; not measured yet)',
  'msg.backend.remembered': ' (as measured earlier on this device)',
  'msg.backend.next': (p: { name: string; rate: string }) =>
    `${p.name} measured faster${p.rate ? ` (${p.rate} steps/s)` : ''}: training switches to it at the next Reset or New seed`,
  'msg.backend.unavailable': (p: { name: string; why: string }) => `${p.name} unavailable: ${p.why}`,
  'msg.backend.chosenFailed': (p: { name: string }) => `the chosen backend failed; using ${p.name}`,
  'msg.probe.unavailable': (p: { name: string; why: string }) => `${p.name}: unavailable: ${p.why}`,
  'msg.probe.line': (p: { name: string; text: string }) => `${p.name}: ${p.text}`,
  'msg.probe.rate': (p: { rate: number }) => `${p.rate} steps/s`,
  'msg.probe.notTimed': 'started, not timed yet',
  'msg.probe.training': ' (training now)',
  'msg.probe.measuring': ' (measuring…)',
  'msg.probe.pending': (p: { name: string }) => `${p.name}: measuring…`,
  'msg.probe.paused': ' (measurement paused while training)',
  'msg.probe.pendingPaused': (p: { name: string }) => `${p.name}: measurement paused while training`,

  // ---- the training worker ----
  'msg.error.backendFailed': (p: { backend: string; detail: string }) =>
    `Training failed on ${p.backend}: ${p.detail}. Switching to another backend; the run restarts at step 0.`,
  'msg.error.noBackendLeft': (p: { backend: string; detail: string; why: string }) =>
    `Training failed on ${p.backend}: ${p.detail}. No other backend works: ${p.why}`,
  'msg.error.noBackend': (p: { failures: string }) => `No backend works: ${p.failures}`,
  'msg.error.failure': (p: { name: string; why: string }) => `${p.name}: ${p.why}`,
  'msg.error.internal': (p: { detail: string }) => `Something went wrong in the training worker: ${p.detail}`,
  'msg.error.workerCrashing': (p: { detail: string }) =>
    `The training worker keeps crashing (${p.detail}). Restart it, or reload the page.`,
  'msg.status.startingWorker': 'Starting the training worker…',
  'msg.status.starting': (p: { backend: string }) => `Starting ${p.backend}…`,
  'msg.status.training': (p: { backend: string }) => `Training on ${p.backend}`,
  'msg.status.diverged': (p: { step: number; where: 'losses' | 'weights' }) =>
    `Training diverged at step ${p.step} (NaN/Inf in the ${p.where}) and was paused. Try a smaller learning rate.`,
  'msg.status.startingNote':
    '(training starts on the backend quickest to start; the others are timed in the background)',
  'msg.workerCrashed': (p: { detail: string }) =>
    `The training worker crashed: ${p.detail}; restarted it (step count reset).`,
} as const satisfies Record<string, Message>;
