// Every formula the app uses, as data: its TeX (the notation of docs/theory.md), one sentence in plain
// language and its sources, grouped by the doc's sections. The Formulas view renders them with KaTeX
// and puts the live numbers beside them; the few numbers the analysis does not carry are computed
// here from its densities (pure functions, on CHART_GRID).
import { D_CLAMP } from './density';
import { binCenters, binWidth, type XGrid } from './grid';

/** A section of docs/theory.md; `title` is how its heading there begins (checked by the unit test). */
export interface FormulaSection {
  /** "§3", "§6.4": the heading's number in docs/theory.md. */
  id: string;
  title: string;
}

export interface FormulaEntry {
  id: string;
  /** The docs/theory.md section it comes from (an id of FORMULA_SECTIONS). */
  section: string;
  title: string;
  /** KaTeX input, display mode. */
  tex: string;
  /** What it says, in one or two plain sentences. */
  plain: string;
  /** The paper(s) behind it (docs/theory.md §9). */
  source: string;
}

export const FORMULA_SECTIONS = [
  { id: '§1', title: 'Notation and units' },
  { id: '§2', title: 'Maximum likelihood' },
  { id: '§3', title: 'KL divergence' },
  { id: '§4', title: 'Cross-entropy' },
  { id: '§5', title: 'Jensen–Shannon divergence' },
  { id: '§6.2', title: "The discriminator's loss J(D)" },
  { id: '§6.3', title: 'The optimal discriminator D*' },
  { id: '§6.4', title: 'The theorem: J(D*) = log 2 − JS' },
  { id: '§6.5', title: "The generator's loss J(G)" },
  { id: '§6.7', title: 'Does training converge? Stabilisers' },
  { id: '§6.9', title: 'Other objectives' },
  { id: '§6.10', title: 'Optimal-D mode' },
  { id: '§7.4', title: 'p_model: the exact pushforward' },
  { id: '§7.9', title: 'Per-mode mass' },
] as const satisfies readonly FormulaSection[];

export type FormulaSectionId = (typeof FORMULA_SECTIONS)[number]['id'];

// The doc's symbols, once.
const PD = String.raw`p_{\text{data}}`;
const PM = String.raw`p_{\text{model}}`;
const JD = String.raw`J^{(D)}`;
const JG = String.raw`J^{(G)}`;
const KL = String.raw`\mathrm{KL}`;
const JS = String.raw`\mathrm{JS}`;
const E = String.raw`\mathbb{E}`;
const DM = `(${PD}\\,\\|\\,${PM})`;
const FD = String.raw`F_{\text{data}}`;
const FM = String.raw`F_{\text{model}}`;

const GOODFELLOW_2014 = 'Goodfellow et al. 2014, Generative Adversarial Nets';
const GOODFELLOW_2016 = 'Goodfellow 2016, NIPS tutorial';
const MAO_2017 = 'Mao et al. 2017, Least Squares GAN';
const WGAN_2017 = 'Arjovsky, Chintala & Bottou 2017, Wasserstein GAN';
const GULRAJANI_2017 = 'Gulrajani et al. 2017, Improved Training of Wasserstein GANs';
const PETZKA_2018 = 'Petzka, Fischer & Lukovnikov 2018, On the regularization of Wasserstein GANs';
const HINGE = 'Lim & Ye 2017, Geometric GAN; Miyato et al. 2018, Spectral Normalization';

export const FORMULAS = [
  {
    id: 'p-data',
    section: '§1',
    title: 'The target p_data',
    tex: String.raw`${PD}(x) = \sum_i w_i\,\mathcal{N}(x;\,\mu_i,\,\sigma_i^2)`,
    plain:
      'The density you shape: up to three Gaussian bumps, each with a mean, a spread and a weight (the weights are divided by their sum), or a uniform density.',
    source: 'A definition: the app’s target',
  },
  {
    id: 'units',
    section: '§1',
    title: 'Nats and bits',
    tex: String.raw`\text{value in bits} = \frac{\text{value in nats}}{\ln 2}`,
    plain:
      'Every logarithm is natural, so information comes in nats; one bit is ln 2 ≈ 0.693 nats. Press U to switch the divergences between the two.',
    source: 'A definition: 1 bit = ln 2 nats',
  },
  {
    id: 'mle',
    section: '§2',
    title: 'Maximum likelihood',
    tex: String.raw`\theta^* = \operatorname*{arg\,max}_\theta \prod_i ${PM}(x_i;\theta) = \operatorname*{arg\,max}_\theta \sum_i \log ${PM}(x_i;\theta)`,
    plain:
      'Choose the parameters under which the observed data were most probable. A GAN’s G is not trained this way: you can sample from it but not evaluate its density.',
    source: `${GOODFELLOW_2016}, maximum likelihood estimation`,
  },
  {
    id: 'mle-forward-kl',
    section: '§2',
    title: 'Maximum likelihood is forward KL',
    tex: String.raw`\begin{aligned}\frac{1}{m}\sum_i \log ${PM}(x_i;\theta) &\;\longrightarrow\; ${E}_{x\sim ${PD}}[\log ${PM}(x;\theta)] \\ &\;=\; -H(${PD}) - ${KL}${DM}\end{aligned}`,
    plain:
      'With unlimited data the average log-likelihood is minus the data’s entropy minus the forward KL. The entropy does not depend on θ, so maximum likelihood minimises KL(p_data‖p_model): it covers every mode.',
    source: `${GOODFELLOW_2016}, maximum likelihood estimation`,
  },
  {
    id: 'kl',
    section: '§3',
    title: 'KL divergence',
    tex: String.raw`${KL}(P\,\|\,Q) = \int p(x)\,\log\frac{p(x)}{q(x)}\,dx`,
    plain:
      'The average extra cost of describing samples of P with a code built for Q. It is ≥ 0, 0 only when P = Q, not symmetric, and ∞ when Q has a hole where P has mass.',
    source: 'Kullback & Leibler 1951; Goodfellow 2016 (mode covering vs mode seeking)',
  },
  {
    id: 'kl-gaussian',
    section: '§3',
    title: 'KL between two Gaussians, in closed form',
    tex: String.raw`${KL}\big(\mathcal{N}(\mu_1,\sigma_1^2)\,\|\,\mathcal{N}(\mu_2,\sigma_2^2)\big) = \log\frac{\sigma_2}{\sigma_1} + \frac{\sigma_1^2 + (\mu_1-\mu_2)^2}{2\sigma_2^2} - \frac{1}{2}`,
    plain:
      'No integral needed when both densities are Gaussian; the unit tests check the app’s quadrature against it. Beside it: the target against the Gaussian with p_model’s mean and σ.',
    source: 'Kullback & Leibler 1951',
  },
  {
    id: 'cross-entropy',
    section: '§4',
    title: 'Cross-entropy and KL',
    tex: String.raw`H(P, Q) = -\sum_i P(i)\log Q(i) = H(P) + ${KL}(P\,\|\,Q)`,
    plain:
      'Cross-entropy is the entropy of P plus the KL from P to Q. For a fixed P the entropy is a constant, so minimising the cross-entropy over Q minimises the KL.',
    source: `${GOODFELLOW_2016}, the discriminator’s cost`,
  },
  {
    id: 'bce',
    section: '§4',
    title: 'Binary cross-entropy',
    tex: String.raw`J = \frac{1}{m}\sum_i \big[-Y_i\log H_i - (1-Y_i)\log(1-H_i)\big]`,
    plain:
      'The loss of a yes/no classifier with output H and label Y. The discriminator is exactly this classifier: label 1 for real samples, 0 for generated ones.',
    source: `${GOODFELLOW_2016}, the discriminator’s cost`,
  },
  {
    id: 'js',
    section: '§5',
    title: 'Jensen–Shannon divergence',
    tex: String.raw`${JS}(P\,\|\,Q) = \tfrac{1}{2}\,${KL}(P\,\|\,M) + \tfrac{1}{2}\,${KL}(Q\,\|\,M), \qquad M = \frac{P + Q}{2}`,
    plain:
      'How far each distribution is from their average. Unlike KL it is symmetric and never infinite. It is the divergence a GAN with an optimal discriminator minimises.',
    source: 'Lin 1991; Goodfellow et al. 2014, Theorem 1',
  },
  {
    id: 'js-bounds',
    section: '§5',
    title: 'JS is bounded',
    tex: String.raw`0 \;\le\; ${JS}(P\,\|\,Q) \;\le\; \log 2`,
    plain:
      'JS is 0 only when the two distributions are equal and reaches log 2 (1 bit) exactly when they do not overlap at all; then it cannot tell “far” from “very far”.',
    source: 'Lin 1991',
  },
  {
    id: 'w1',
    section: '§5',
    title: 'Wasserstein-1 distance, for comparison',
    tex: String.raw`W_1(P, Q) = \int \big|F_P(x) - F_Q(x)\big|\,dx`,
    plain:
      'The area between the two cumulative distribution functions: how far, on average, mass has to be moved to turn one distribution into the other. Unlike JS it keeps growing as non-overlapping distributions move apart.',
    source: 'Arjovsky, Chintala & Bottou 2017, Wasserstein GAN',
  },
  {
    id: 'loss-d',
    section: '§6.2',
    title: 'The discriminator’s loss',
    tex: String.raw`${JD} = -\tfrac{1}{2}\,${E}_{x\sim ${PD}}[\log D(x)] - \tfrac{1}{2}\,${E}_{z\sim p_z}[\log(1 - D(G(z)))]`,
    plain:
      'The binary cross-entropy of §4 on half real samples (label 1) and half generated ones (label 0). D wants it small: say “real” to data and “fake” to G’s samples.',
    source: `${GOODFELLOW_2014}; ${GOODFELLOW_2016}`,
  },
  {
    id: 'd-star',
    section: '§6.3',
    title: 'The optimal discriminator',
    tex: String.raw`D^*(x) = \frac{${PD}(x)}{${PD}(x) + ${PM}(x)}`,
    plain:
      'For a fixed G, the best D says ½ where the two densities are equal, 1 where only data live and 0 where only G’s samples do. The gap below measures how far the trained D is from it.',
    source: `${GOODFELLOW_2014}, Proposition 1`,
  },
  {
    id: 'theorem',
    section: '§6.4',
    title: 'The theorem',
    tex: String.raw`${JD}(D^*) = \log 2 - ${JS}${DM}`,
    plain:
      'The best discriminator’s loss tells you the JS divergence, and every other D does worse: J(D) ≥ log 2 − JS, with equality when D = D*. At the optimum p_model = p_data, JS = 0 and J(D*) = log 2.',
    source: `${GOODFELLOW_2014}, Theorem 1`,
  },
  {
    id: 'value-function',
    section: '§6.4',
    title: 'The same theorem in the paper’s form',
    tex: String.raw`\begin{gathered}C(G) = \max_D V(D, G) = -\log 4 + 2\,${JS}${DM} \\ \text{with } V(D, G) = -2\,${JD}\end{gathered}`,
    plain:
      'Goodfellow et al. write the game with the value function V, which D maximises and G minimises. It is the identity above multiplied by −2, smallest exactly when p_model = p_data.',
    source: `${GOODFELLOW_2014}, Theorem 1`,
  },
  {
    id: 'loss-g-minimax',
    section: '§6.5',
    title: 'Minimax generator loss',
    tex: String.raw`\begin{aligned}${JG} &= \tfrac{1}{2}\,${E}_{z\sim p_z}[\log(1 - D(G(z)))] \\ &= -${JD} + \text{a term independent of } G\end{aligned}`,
    plain:
      'The zero-sum game: G minimises what D maximises. When D confidently rejects the fakes, this loss goes flat and G stops learning, exactly when it is worst.',
    source: `${GOODFELLOW_2014}; ${GOODFELLOW_2016}`,
  },
  {
    id: 'loss-g-non-saturating',
    section: '§6.5',
    title: 'Non-saturating generator loss',
    tex: String.raw`${JG} = -\tfrac{1}{2}\,${E}_{z\sim p_z}[\log D(G(z))]`,
    plain:
      'G maximises the log-probability that D is fooled. It pushes D(G(z)) up like the minimax loss, but hardest when D is winning.',
    source: `${GOODFELLOW_2014}, §3; ${GOODFELLOW_2016}`,
  },
  {
    id: 'loss-g-gradients',
    section: '§6.5',
    title: 'Why the minimax loss saturates',
    tex: String.raw`\begin{aligned}\text{minimax:}&\quad \frac{d}{dl}\,\tfrac{1}{2}\log(1-\sigma(l)) = -\tfrac{1}{2}\,D(G(z)) \\ \text{non-saturating:}&\quad \frac{d}{dl}\,\big(-\tfrac{1}{2}\log\sigma(l)\big) = -\tfrac{1}{2}\,\big(1 - D(G(z))\big)\end{aligned}`,
    plain:
      'The factor that reaches G through D’s logit l at a fake sample. When D(G(z)) is near 0, the minimax factor vanishes while the non-saturating one is at its largest, ½.',
    source: `${GOODFELLOW_2016}; Arjovsky & Bottou 2017`,
  },
  {
    id: 'ema',
    section: '§6.7',
    title: 'EMA of G’s weights',
    tex: String.raw`\bar\theta \;\leftarrow\; \beta\,\bar\theta + (1-\beta)\,\theta`,
    plain:
      'A running average of G’s weights after every G update. Training is unchanged; the app then shows the averaged G, which circles less than the G being trained.',
    source: 'Weight averaging, common practice (docs/theory.md cites no paper for it)',
  },
  {
    id: 'r1',
    section: '§6.7',
    title: 'R1 gradient penalty',
    tex: String.raw`${JD} + \frac{\gamma}{2}\,${E}_{x\sim ${PD}}\!\left[\left(\frac{\partial \ell(x)}{\partial x}\right)^{2}\right]`,
    plain:
      'D’s loss plus a penalty on the slope of its logit ℓ where the data are, so D cannot be steep there; that damps the circling of the game around the equilibrium.',
    source: 'Mescheder et al. 2018',
  },
  {
    id: 'instance-noise',
    section: '§6.7',
    title: 'Instance noise',
    tex: String.raw`\begin{gathered}\tilde x = x + n, \qquad n \sim \mathcal{N}(0, \sigma_t^2) \\ \sigma_t = \sigma \cdot \max(0,\, 1 - t/4000)\ \text{(annealed)}, \quad \sigma_t = \sigma\ \text{(fixed)}\end{gathered}`,
    plain:
      'Every input of D, real or generated, is blurred by Gaussian noise, so the two blurred densities always overlap and D’s gradient stays useful. Annealed, σ falls to 0 over 4,000 steps.',
    source: 'Arjovsky & Bottou 2017; Sønderby et al. 2017',
  },
  {
    id: 'lsgan-loss',
    section: '§6.9',
    title: 'LSGAN: least-squares losses',
    tex: String.raw`\begin{aligned}${JD} &= \tfrac{1}{2}\,${E}_{x\sim ${PD}}\big[(D(x) - 1)^2\big] + \tfrac{1}{2}\,${E}_{z\sim p_z}\big[D(G(z))^2\big] \\ ${JG} &= \tfrac{1}{2}\,${E}_{z\sim p_z}\big[(D(G(z)) - 1)^2\big]\end{aligned}`,
    plain:
      'D fits the labels 1 (real) and 0 (generated) by squared error, with no sigmoid; G wants its samples scored 1. A sample D already scores as real but far from the data is still pulled, where the cross-entropy goes flat.',
    source: MAO_2017,
  },
  {
    id: 'lsgan-optimum',
    section: '§6.9',
    title: 'LSGAN’s best D and its value',
    tex: String.raw`\begin{gathered}D^*(x) = \frac{${PD}(x)}{${PD}(x) + ${PM}(x)}, \qquad ${JD}(D^*) = \tfrac{1}{4} - \tfrac{\Delta}{8} \\ \Delta = \int \frac{\big(${PD}(x) - ${PM}(x)\big)^2}{${PD}(x) + ${PM}(x)}\,dx\end{gathered}`,
    plain:
      'The same best D as the original GAN’s, found by minimising the squared error at each x. Its loss measures the triangular discrimination Δ, from 0 (equal densities, J(D*) = ¼) to 2 (no overlap, J(D*) = 0).',
    source: MAO_2017,
  },
  {
    id: 'wgan-loss',
    section: '§6.9',
    title: 'WGAN: a critic, with clipped weights',
    tex: String.raw`\begin{aligned}${JD} &= ${E}_{z\sim p_z}[f(G(z))] - ${E}_{x\sim ${PD}}[f(x)] \\ ${JG} &= -${E}_{z\sim p_z}[f(G(z))] \\ w &\leftarrow \operatorname{clip}(w,\, -c,\, c)\ \text{ after every critic update}\end{aligned}`,
    plain:
      'D becomes a critic f, an unbounded score. Clipping every weight to [−c, c] bounds its slope by some K, not by 1, so −J(D) estimates at best K·W1: the scale is lost, the direction kept.',
    source: WGAN_2017,
  },
  {
    id: 'kantorovich-rubinstein',
    section: '§6.9',
    title: 'Kantorovich–Rubinstein duality',
    tex: String.raw`W_1(${PD}, ${PM}) = \sup_{\|f\|_L \le 1} \Big( ${E}_{x\sim ${PD}}[f(x)] - ${E}_{x\sim ${PM}}[f(x)] \Big)`,
    plain:
      'Over critics whose slope is at most 1 (1-Lipschitz), the largest gap between the data’s mean score and the model’s is the Wasserstein-1 distance of §5. So the best critic reaches J(f*) = −W1.',
    source: WGAN_2017,
  },
  {
    id: 'optimal-critic',
    section: '§6.9',
    title: 'The best critic in 1-D',
    tex: String.raw`\begin{gathered}${JD}(f) = \int (${PM} - ${PD})\,f\,dx = -\int \big(${FM}(x) - ${FD}(x)\big)\,f'(x)\,dx \\ f^{*\prime}(x) = \operatorname{sign}\big(${FM}(x) - ${FD}(x)\big), \qquad ${JD}(f^*) = -W_1\end{gathered}`,
    plain:
      'Integrating by parts, J(D) weighs the critic’s slope by the gap between the two distribution functions. The best slope is ±1 with the sign of that gap, which scores −∫|F_model − F_data| dx = −W1.',
    source: WGAN_2017,
  },
  {
    id: 'wgan-gp',
    section: '§6.9',
    title: 'WGAN-GP: the gradient penalty',
    tex: String.raw`\begin{gathered}${JD} + \lambda\,${E}_{\hat x}\big[(|f'(\hat x)| - 1)^2\big] \qquad \text{one-sided: } ${JD} + \lambda\,${E}_{\hat x}\big[\max(0,\, |f'(\hat x)| - 1)^2\big] \\ \hat x = \epsilon\,x + (1 - \epsilon)\,G(z), \quad x \sim ${PD},\ z \sim p_z,\ \epsilon \sim U(0, 1)\end{gathered}`,
    plain:
      'Instead of clipping, a penalty keeps the critic’s slope near 1 between data and model. In 1-D the two-sided form walls the slope in: to turn from −1 to +1 it must pass 0, where it costs λ. The one-sided form has no wall.',
    source: `${GULRAJANI_2017}; ${PETZKA_2018} (one-sided)`,
  },
  {
    id: 'hinge-loss',
    section: '§6.9',
    title: 'Hinge loss',
    tex: String.raw`\begin{aligned}${JD} &= ${E}_{x\sim ${PD}}\big[\max(0,\, 1 - D(x))\big] + ${E}_{z\sim p_z}\big[\max(0,\, 1 + D(G(z)))\big] \\ ${JG} &= -${E}_{z\sim p_z}[D(G(z))]\end{aligned}`,
    plain:
      'A margin loss, as in support vector machines: D is pushed only until real samples score above 1 and generated ones below −1. G raises the score of its samples.',
    source: HINGE,
  },
  {
    id: 'hinge-optimum',
    section: '§6.9',
    title: 'The hinge loss’s best D and its value',
    tex: String.raw`\begin{gathered}D^*(x) = \operatorname{sign}\big(${PD}(x) - ${PM}(x)\big) \\ ${JD}(D^*) = 2 - 2\,\mathrm{TV}, \qquad \mathrm{TV} = \tfrac{1}{2}\int \big|${PD}(x) - ${PM}(x)\big|\,dx\end{gathered}`,
    plain:
      'The best hinge D is a step: +1 where the data outweigh the model, −1 where the model does. Its loss measures the total variation distance TV; being flat, it gives G no gradient.',
    source: HINGE,
  },
  {
    id: 'optimal-d-update',
    section: '§6.10',
    title: 'G trained against the exact best D',
    tex: String.raw`\frac{\partial ${JG}}{\partial \theta} = \frac{c}{B} \sum_{i=1}^{B} \frac{\partial\, \ell_G\big(a^*(x)\big)}{\partial x}\bigg|_{x = G(z_i)} \frac{\partial G(z_i)}{\partial \theta}`,
    plain:
      'In optimal-D mode the network D rests. At each G update the app computes p_model exactly, the best D a* for it, and backpropagates the slope of G’s cost against a* at each generated sample through G.',
    source: `${GOODFELLOW_2014}, §4; Arjovsky & Bottou 2017`,
  },
  {
    id: 'optimal-d-push',
    section: '§6.10',
    title: 'Where the best D pushes G’s samples',
    tex: String.raw`\begin{aligned}\text{non-saturating:}&\quad -\frac{\partial}{\partial x}\Big(-\tfrac{1}{2}\log D^*(x)\Big) = \tfrac{1}{2}\,\big(1 - D^*(x)\big)\,l^{*\prime}(x) \\ \text{minimax:}&\quad -\frac{\partial}{\partial x}\,\tfrac{1}{2}\log\big(1 - D^*(x)\big) = \tfrac{1}{2}\,D^*(x)\,l^{*\prime}(x) \\ \text{LSGAN:}&\quad -\frac{\partial}{\partial x}\,\tfrac{1}{2}\big(D^*(x) - 1\big)^2 = D^*(x)\,\big(1 - D^*(x)\big)^2\,l^{*\prime}(x) \\ \text{WGAN:}&\quad -\frac{\partial}{\partial x}\big(-f^*(x)\big) = \operatorname{sign}\big(${FM}(x) - ${FD}(x)\big) \\ &\quad l^*(x) = \log ${PD}(x) - \log ${PM}(x)\end{aligned}`,
    plain:
      'Against the best D the minimax loss saturates where D* ≈ 0 and the non-saturating one pushes hardest there; under WGAN every sample moves at unit speed towards the data’s matching quantile (the gradient flow of W1).',
    source: `${GOODFELLOW_2016}; Arjovsky & Bottou 2017; ${WGAN_2017}`,
  },
  {
    id: 'pushforward',
    section: '§7.4',
    title: 'The density of G’s output',
    tex: String.raw`${PM}(x) = \sum_{z:\,G(z) = x} \frac{p_z(z)}{|G'(z)|}`,
    plain:
      'Change of variables: noise is squeezed where G is steep and piled up where G is flat. The app pushes 4,000 equal-probability noise cells through G, so p_model is exact, with no sampling noise.',
    source: 'The change-of-variables formula of probability theory',
  },
  {
    id: 'mode-mass',
    section: '§7.9',
    title: 'Mass each mode captures',
    tex: String.raw`r_i(x) = \frac{w_i N_i(x)}{\sum_j w_j N_j(x)}, \qquad m_i = \int r_i(x)\,${PM}(x)\,dx`,
    plain:
      'Each point is shared among the target’s bumps by their responsibilities r_i; m_i is the share of G’s samples that belong to bump i. It should equal the weight w_i; much less means mode collapse.',
    source: `The app’s measure of mode collapse (${GOODFELLOW_2016}, on mode collapse)`,
  },
] as const satisfies readonly (FormulaEntry & { section: FormulaSectionId })[];

export type FormulaId = (typeof FORMULAS)[number]['id'];

/** The formulas of one section, in the list's order. */
export const formulasIn = (section: string): readonly FormulaEntry[] => FORMULAS.filter((f) => f.section === section);

// ---------- numbers the analysis does not carry, from its densities (bin averages on a grid) ----------
// (W1 and the entropy come from wasserstein.ts and divergences.ts.)

/** E_p[f] = ∫ f p dx on the grid (bins where f is not a number are skipped). */
export function expectation(f: ArrayLike<number>, p: ArrayLike<number>, dx: number): number {
  let s = 0;
  for (let k = 0; k < p.length; k++) if (p[k] > 0 && Number.isFinite(f[k])) s += f[k] * p[k] * dx;
  return s;
}

/** Mean and σ of the density's part on the grid (normalised by that part's mass); NaN with no mass. */
export function gridMoments(p: ArrayLike<number>, grid: XGrid): { mass: number; mean: number; std: number } {
  const dx = binWidth(grid);
  const x = binCenters(grid);
  let m0 = 0,
    m1 = 0;
  for (let k = 0; k < grid.bins; k++) {
    m0 += p[k] * dx;
    m1 += x[k] * p[k] * dx;
  }
  if (!(m0 > 0)) return { mass: 0, mean: NaN, std: NaN };
  const mean = m1 / m0;
  let m2 = 0;
  for (let k = 0; k < grid.bins; k++) m2 += (x[k] - mean) ** 2 * p[k] * dx;
  return { mass: m0, mean, std: Math.sqrt(m2 / m0) };
}

/**
 * The two generator losses of §6.5 for the current D, by quadrature over p_model instead of a batch
 * (D clamped as in expectedDiscriminatorLoss), and the mean of D(G(z)), the factor of their gradients:
 * minimax ½ ∫ p_model log(1 − D) dx, non-saturating −½ ∫ p_model log D dx, mean ∫ p_model D dx.
 * Like J(D) of §7.7, p_model's escaped mass is not counted.
 */
export function generatorLosses(
  d: ArrayLike<number>,
  pModel: ArrayLike<number>,
  dx: number,
): { minimax: number; nonSaturating: number; meanDFake: number } {
  let minimax = 0,
    nonSaturating = 0,
    meanDFake = 0;
  for (let k = 0; k < pModel.length; k++) {
    if (!(pModel[k] > 0)) continue;
    const dk = Math.min(1 - D_CLAMP, Math.max(D_CLAMP, d[k]));
    minimax += 0.5 * pModel[k] * Math.log1p(-dk) * dx;
    nonSaturating -= 0.5 * pModel[k] * Math.log(dk) * dx;
    meanDFake += pModel[k] * d[k] * dx;
  }
  return { minimax, nonSaturating, meanDFake };
}
