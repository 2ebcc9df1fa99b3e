// Every formula the app uses, as data: its TeX (the notation of docs/theory.md), grouped by the doc's
// sections; its title, one sentence in plain language and its sources are in the catalogue
// (src/i18n/<language>/formulas.ts), which must have them for every id here. The Formulas view renders them with KaTeX
// and puts the live numbers beside them; the few numbers the analysis does not carry are computed
// here from its densities (pure functions, on CHART_GRID).
import { D_CLAMP } from './density';
import { binCenters, binWidth, type XGrid } from './grid';

/**
 * A section of docs/theory.md. Its title is in the catalogue (`formula.section.<id>`, src/i18n/en/formulas.ts):
 * in English, how its heading there begins (checked by the unit test).
 */
export interface FormulaSection {
  /** "§3", "§6.4": the heading's number in docs/theory.md. */
  id: string;
}

/**
 * A formula: its TeX and where it comes from. Its words are in the catalogue (src/i18n/en/formulas.ts,
 * typed by these ids): `formula.<id>.title`, `.plain` (what it says, in one or two plain sentences) and
 * `.source` (the paper(s) behind it, docs/theory.md §9).
 */
export interface FormulaEntry {
  id: string;
  /** The docs/theory.md section it comes from (an id of FORMULA_SECTIONS). */
  section: string;
  /** KaTeX input, display mode. */
  tex: string;
}

export const FORMULA_SECTIONS = [
  { id: '§1' },
  { id: '§2' },
  { id: '§3' },
  { id: '§4' },
  { id: '§5' },
  { id: '§6.2' },
  { id: '§6.3' },
  { id: '§6.4' },
  { id: '§6.5' },
  { id: '§6.7' },
  { id: '§6.9' },
  { id: '§6.10' },
  { id: '§7.4' },
  { id: '§7.9' },
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

export const FORMULAS = [
  {
    id: 'p-data',
    section: '§1',
    tex: String.raw`${PD}(x) = \sum_i w_i\,\mathcal{N}(x;\,\mu_i,\,\sigma_i^2)`,
  },
  {
    id: 'units',
    section: '§1',
    tex: String.raw`\text{value in bits} = \frac{\text{value in nats}}{\ln 2}`,
  },
  {
    id: 'mle',
    section: '§2',
    tex: String.raw`\theta^* = \operatorname*{arg\,max}_\theta \prod_i ${PM}(x_i;\theta) = \operatorname*{arg\,max}_\theta \sum_i \log ${PM}(x_i;\theta)`,
  },
  {
    id: 'mle-forward-kl',
    section: '§2',
    tex: String.raw`\begin{aligned}\frac{1}{m}\sum_i \log ${PM}(x_i;\theta) &\;\longrightarrow\; ${E}_{x\sim ${PD}}[\log ${PM}(x;\theta)] \\ &\;=\; -H(${PD}) - ${KL}${DM}\end{aligned}`,
  },
  {
    id: 'kl',
    section: '§3',
    tex: String.raw`${KL}(P\,\|\,Q) = \int p(x)\,\log\frac{p(x)}{q(x)}\,dx`,
  },
  {
    id: 'kl-gaussian',
    section: '§3',
    tex: String.raw`${KL}\big(\mathcal{N}(\mu_1,\sigma_1^2)\,\|\,\mathcal{N}(\mu_2,\sigma_2^2)\big) = \log\frac{\sigma_2}{\sigma_1} + \frac{\sigma_1^2 + (\mu_1-\mu_2)^2}{2\sigma_2^2} - \frac{1}{2}`,
  },
  {
    id: 'cross-entropy',
    section: '§4',
    tex: String.raw`H(P, Q) = -\sum_i P(i)\log Q(i) = H(P) + ${KL}(P\,\|\,Q)`,
  },
  {
    id: 'bce',
    section: '§4',
    tex: String.raw`J = \frac{1}{m}\sum_i \big[-Y_i\log H_i - (1-Y_i)\log(1-H_i)\big]`,
  },
  {
    id: 'js',
    section: '§5',
    tex: String.raw`${JS}(P\,\|\,Q) = \tfrac{1}{2}\,${KL}(P\,\|\,M) + \tfrac{1}{2}\,${KL}(Q\,\|\,M), \qquad M = \frac{P + Q}{2}`,
  },
  {
    id: 'js-bounds',
    section: '§5',
    tex: String.raw`0 \;\le\; ${JS}(P\,\|\,Q) \;\le\; \log 2`,
  },
  {
    id: 'w1',
    section: '§5',
    tex: String.raw`W_1(P, Q) = \int \big|F_P(x) - F_Q(x)\big|\,dx`,
  },
  {
    id: 'loss-d',
    section: '§6.2',
    tex: String.raw`${JD} = -\tfrac{1}{2}\,${E}_{x\sim ${PD}}[\log D(x)] - \tfrac{1}{2}\,${E}_{z\sim p_z}[\log(1 - D(G(z)))]`,
  },
  {
    id: 'd-star',
    section: '§6.3',
    tex: String.raw`D^*(x) = \frac{${PD}(x)}{${PD}(x) + ${PM}(x)}`,
  },
  {
    id: 'theorem',
    section: '§6.4',
    tex: String.raw`${JD}(D^*) = \log 2 - ${JS}${DM}`,
  },
  {
    id: 'value-function',
    section: '§6.4',
    tex: String.raw`\begin{gathered}C(G) = \max_D V(D, G) = -\log 4 + 2\,${JS}${DM} \\ \text{with } V(D, G) = -2\,${JD}\end{gathered}`,
  },
  {
    id: 'loss-g-minimax',
    section: '§6.5',
    tex: String.raw`\begin{aligned}${JG} &= \tfrac{1}{2}\,${E}_{z\sim p_z}[\log(1 - D(G(z)))] \\ &= -${JD} + \text{a term independent of } G\end{aligned}`,
  },
  {
    id: 'loss-g-non-saturating',
    section: '§6.5',
    tex: String.raw`${JG} = -\tfrac{1}{2}\,${E}_{z\sim p_z}[\log D(G(z))]`,
  },
  {
    id: 'loss-g-gradients',
    section: '§6.5',
    tex: String.raw`\begin{aligned}\text{minimax:}&\quad \frac{d}{dl}\,\tfrac{1}{2}\log(1-\sigma(l)) = -\tfrac{1}{2}\,D(G(z)) \\ \text{non-saturating:}&\quad \frac{d}{dl}\,\big(-\tfrac{1}{2}\log\sigma(l)\big) = -\tfrac{1}{2}\,\big(1 - D(G(z))\big)\end{aligned}`,
  },
  {
    id: 'ema',
    section: '§6.7',
    tex: String.raw`\bar\theta \;\leftarrow\; \beta\,\bar\theta + (1-\beta)\,\theta`,
  },
  {
    id: 'r1',
    section: '§6.7',
    tex: String.raw`${JD} + \frac{\gamma}{2}\,${E}_{x\sim ${PD}}\!\left[\left(\frac{\partial \ell(x)}{\partial x}\right)^{2}\right]`,
  },
  {
    id: 'instance-noise',
    section: '§6.7',
    tex: String.raw`\begin{gathered}\tilde x = x + n, \qquad n \sim \mathcal{N}(0, \sigma_t^2) \\ \sigma_t = \sigma \cdot \max(0,\, 1 - t/4000)\ \text{(annealed)}, \quad \sigma_t = \sigma\ \text{(fixed)}\end{gathered}`,
  },
  {
    id: 'lsgan-loss',
    section: '§6.9',
    tex: String.raw`\begin{aligned}${JD} &= \tfrac{1}{2}\,${E}_{x\sim ${PD}}\big[(D(x) - 1)^2\big] + \tfrac{1}{2}\,${E}_{z\sim p_z}\big[D(G(z))^2\big] \\ ${JG} &= \tfrac{1}{2}\,${E}_{z\sim p_z}\big[(D(G(z)) - 1)^2\big]\end{aligned}`,
  },
  {
    id: 'lsgan-optimum',
    section: '§6.9',
    tex: String.raw`\begin{gathered}D^*(x) = \frac{${PD}(x)}{${PD}(x) + ${PM}(x)}, \qquad ${JD}(D^*) = \tfrac{1}{4} - \tfrac{\Delta}{8} \\ \Delta = \int \frac{\big(${PD}(x) - ${PM}(x)\big)^2}{${PD}(x) + ${PM}(x)}\,dx\end{gathered}`,
  },
  {
    id: 'wgan-loss',
    section: '§6.9',
    tex: String.raw`\begin{aligned}${JD} &= ${E}_{z\sim p_z}[f(G(z))] - ${E}_{x\sim ${PD}}[f(x)] \\ ${JG} &= -${E}_{z\sim p_z}[f(G(z))] \\ w &\leftarrow \operatorname{clip}(w,\, -c,\, c)\ \text{ after every critic update}\end{aligned}`,
  },
  {
    id: 'kantorovich-rubinstein',
    section: '§6.9',
    tex: String.raw`W_1(${PD}, ${PM}) = \sup_{\|f\|_L \le 1} \Big( ${E}_{x\sim ${PD}}[f(x)] - ${E}_{x\sim ${PM}}[f(x)] \Big)`,
  },
  {
    id: 'optimal-critic',
    section: '§6.9',
    tex: String.raw`\begin{gathered}${JD}(f) = \int (${PM} - ${PD})\,f\,dx = -\int \big(${FM}(x) - ${FD}(x)\big)\,f'(x)\,dx \\ f^{*\prime}(x) = \operatorname{sign}\big(${FM}(x) - ${FD}(x)\big), \qquad ${JD}(f^*) = -W_1\end{gathered}`,
  },
  {
    id: 'wgan-gp',
    section: '§6.9',
    tex: String.raw`\begin{gathered}${JD} + \lambda\,${E}_{\hat x}\big[(|f'(\hat x)| - 1)^2\big] \qquad \text{one-sided: } ${JD} + \lambda\,${E}_{\hat x}\big[\max(0,\, |f'(\hat x)| - 1)^2\big] \\ \hat x = \epsilon\,x + (1 - \epsilon)\,G(z), \quad x \sim ${PD},\ z \sim p_z,\ \epsilon \sim U(0, 1)\end{gathered}`,
  },
  {
    id: 'hinge-loss',
    section: '§6.9',
    tex: String.raw`\begin{aligned}${JD} &= ${E}_{x\sim ${PD}}\big[\max(0,\, 1 - D(x))\big] + ${E}_{z\sim p_z}\big[\max(0,\, 1 + D(G(z)))\big] \\ ${JG} &= -${E}_{z\sim p_z}[D(G(z))]\end{aligned}`,
  },
  {
    id: 'hinge-optimum',
    section: '§6.9',
    tex: String.raw`\begin{gathered}D^*(x) = \operatorname{sign}\big(${PD}(x) - ${PM}(x)\big) \\ ${JD}(D^*) = 2 - 2\,\mathrm{TV}, \qquad \mathrm{TV} = \tfrac{1}{2}\int \big|${PD}(x) - ${PM}(x)\big|\,dx\end{gathered}`,
  },
  {
    id: 'optimal-d-update',
    section: '§6.10',
    tex: String.raw`\frac{\partial ${JG}}{\partial \theta} = \frac{c}{B} \sum_{i=1}^{B} \frac{\partial\, \ell_G\big(a^*(x)\big)}{\partial x}\bigg|_{x = G(z_i)} \frac{\partial G(z_i)}{\partial \theta}`,
  },
  {
    id: 'optimal-d-push',
    section: '§6.10',
    tex: String.raw`\begin{aligned}\text{non-saturating:}&\quad -\frac{\partial}{\partial x}\Big(-\tfrac{1}{2}\log D^*(x)\Big) = \tfrac{1}{2}\,\big(1 - D^*(x)\big)\,l^{*\prime}(x) \\ \text{minimax:}&\quad -\frac{\partial}{\partial x}\,\tfrac{1}{2}\log\big(1 - D^*(x)\big) = \tfrac{1}{2}\,D^*(x)\,l^{*\prime}(x) \\ \text{LSGAN:}&\quad -\frac{\partial}{\partial x}\,\tfrac{1}{2}\big(D^*(x) - 1\big)^2 = D^*(x)\,\big(1 - D^*(x)\big)^2\,l^{*\prime}(x) \\ \text{WGAN:}&\quad -\frac{\partial}{\partial x}\big(-f^*(x)\big) = \operatorname{sign}\big(${FM}(x) - ${FD}(x)\big) \\ &\quad l^*(x) = \log ${PD}(x) - \log ${PM}(x)\end{aligned}`,
  },
  {
    id: 'pushforward',
    section: '§7.4',
    tex: String.raw`${PM}(x) = \sum_{z:\,G(z) = x} \frac{p_z(z)}{|G'(z)|}`,
  },
  {
    id: 'mode-mass',
    section: '§7.9',
    tex: String.raw`r_i(x) = \frac{w_i N_i(x)}{\sum_j w_j N_j(x)}, \qquad m_i = \int r_i(x)\,${PM}(x)\,dx`,
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
