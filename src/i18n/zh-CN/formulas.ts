// 简体中文: the Formulas view's messages. The papers' names stay as they are (PAPERS); the words around
// them are translated. Symbols and formulas are kept exactly.
import type { TranslationOf } from '../catalogue';
import type { formulas as en } from '../en/formulas';
import { PAPERS } from '../papers';

/** "X 的" after Latin letters and numbers, "X的" after Chinese (the usual spacing between the scripts). */
const of = (x: string) => (/[\w*)]$/.test(x) ? `${x} 的` : `${x}的`);

const { GOODFELLOW_2014, GOODFELLOW_2016, MAO_2017, WGAN_2017, GULRAJANI_2017, PETZKA_2018, HINGE } = PAPERS;

export const formulas: TranslationOf<typeof en> = {
  'formula.section.§1': '记号与单位',
  'formula.section.§2': '极大似然',
  'formula.section.§3': 'KL 散度',
  'formula.section.§4': '交叉熵',
  'formula.section.§5': 'JS 散度（Jensen–Shannon 散度）',
  'formula.section.§6.2': '判别器的损失 J(D)',
  'formula.section.§6.3': '最优判别器 D*',
  'formula.section.§6.4': '定理：J(D*) = log 2 − JS',
  'formula.section.§6.5': '生成器的损失 J(G)',
  'formula.section.§6.7': '训练会收敛吗？稳定化方法',
  'formula.section.§6.9': '其他目标函数',
  'formula.section.§6.10': '最优 D 模式',
  'formula.section.§7.4': 'p_model：精确的前推分布',
  'formula.section.§7.9': '各模式的质量',

  'formula.p-data.title': '目标分布 p_data',
  'formula.p-data.plain':
    '由你塑造的密度：至多三个高斯峰，各有均值、宽度和权重（权重会除以它们的和），或者一个均匀密度。',
  'formula.p-data.source': '定义：应用的目标分布',
  'formula.units.title': '奈特与比特',
  'formula.units.plain':
    '所有对数都是自然对数，因此信息量以奈特（nat）计；1 比特 = ln 2 ≈ 0.693 奈特。按 U 键可让散度在两种单位之间切换。',
  'formula.units.source': '定义：1 比特 = ln 2 奈特',
  'formula.mle.title': '极大似然估计',
  'formula.mle.plain':
    '选取使观测数据出现概率最大的参数。GAN 的生成器 G 不是这样训练的：可以从它采样，却无法计算它的密度。',
  'formula.mle.source': `${GOODFELLOW_2016}，极大似然估计`,
  'formula.mle-forward-kl.title': '极大似然就是前向 KL',
  'formula.mle-forward-kl.plain':
    '数据无限多时，平均对数似然等于数据熵的相反数减去前向 KL。熵与 θ 无关，所以极大似然就是最小化 KL(p_data‖p_model)：它会覆盖每一个模式。',
  'formula.mle-forward-kl.source': `${GOODFELLOW_2016}，极大似然估计`,
  'formula.kl.title': 'KL 散度',
  'formula.kl.plain':
    '用为 Q 设计的编码去描述 P 的样本时平均多付出的代价。它 ≥ 0，仅当 P = Q 时为 0，不对称；若 P 有质量的地方 Q 为零，则为 ∞。',
  'formula.kl.source': 'Kullback & Leibler 1951；Goodfellow 2016（模式覆盖与模式寻求）',
  'formula.kl-gaussian.title': '两个高斯之间的 KL 的闭式解',
  'formula.kl-gaussian.plain':
    '两个密度都是高斯时无需积分；单元测试用它检验应用的数值积分。旁边的数值：目标分布与均值、σ 同 p_model 相同的高斯之间的 KL。',
  'formula.kl-gaussian.source': 'Kullback & Leibler 1951',
  'formula.cross-entropy.title': '交叉熵与 KL',
  'formula.cross-entropy.plain':
    '交叉熵等于 P 的熵加上从 P 到 Q 的 KL。P 固定时熵是常数，因此对 Q 最小化交叉熵就是最小化 KL。',
  'formula.cross-entropy.source': `${GOODFELLOW_2016}，判别器的代价`,
  'formula.bce.title': '二元交叉熵',
  'formula.bce.plain':
    '输出为 H、标签为 Y 的“是/否”分类器的损失。判别器正是这样的分类器：真实样本标签为 1，生成样本标签为 0。',
  'formula.bce.source': `${GOODFELLOW_2016}，判别器的代价`,
  'formula.js.title': 'JS 散度（Jensen–Shannon 散度）',
  'formula.js.plain':
    '衡量每个分布离两者平均有多远。与 KL 不同，它是对称的，而且永远不会是无穷。具有最优判别器的 GAN 最小化的正是这个散度。',
  'formula.js.source': 'Lin 1991；Goodfellow et al. 2014，定理 1',
  'formula.js-bounds.title': 'JS 有界',
  'formula.js-bounds.plain':
    '仅当两个分布相等时 JS 为 0；恰在两者完全不重叠时达到 log 2（1 比特）。此时它分不清“远”与“非常远”。',
  'formula.js-bounds.source': 'Lin 1991',
  'formula.w1.title': 'Wasserstein-1 距离（作对比）',
  'formula.w1.plain':
    '两条累积分布函数之间的面积：要把一个分布变成另一个，平均需要把质量搬运多远。与 JS 不同，不重叠的分布相互远离时，它会继续增大。',
  'formula.w1.source': 'Arjovsky, Chintala & Bottou 2017, Wasserstein GAN',
  'formula.loss-d.title': '判别器的损失',
  'formula.loss-d.plain':
    '§4 的二元交叉熵，一半是真实样本（标签 1），一半是生成样本（标签 0）。D 希望它小：对数据说“真”，对 G 的样本说“假”。',
  'formula.loss-d.source': `${GOODFELLOW_2014}；${GOODFELLOW_2016}`,
  'formula.d-star.title': '最优判别器',
  'formula.d-star.plain':
    '对固定的 G，最优的 D 在两个密度相等处输出 ½，在只有数据的地方输出 1，在只有 G 的样本的地方输出 0。下方的差距衡量训练出的 D 离它有多远。',
  'formula.d-star.source': `${GOODFELLOW_2014}，命题 1`,
  'formula.theorem.title': '定理',
  'formula.theorem.plain':
    '最优判别器的损失给出 JS 散度，其他任何 D 都更差：J(D) ≥ log 2 − JS，当 D = D* 时取等号。在最优点 p_model = p_data，JS = 0，J(D*) = log 2。',
  'formula.theorem.source': `${GOODFELLOW_2014}，定理 1`,
  'formula.value-function.title': '同一定理的论文形式',
  'formula.value-function.plain':
    'Goodfellow 等人用价值函数 V 表述这个博弈：D 最大化它，G 最小化它。它就是上面的恒等式乘以 −2，恰在 p_model = p_data 时最小。',
  'formula.value-function.source': `${GOODFELLOW_2014}，定理 1`,
  'formula.loss-g-minimax.title': '极小极大生成器损失',
  'formula.loss-g-minimax.plain':
    '零和博弈：G 最小化 D 所最大化的量。当 D 很有把握地拒绝假样本时，这个损失变得平坦，G 停止学习，而这恰恰是它最差的时候。',
  'formula.loss-g-minimax.source': `${GOODFELLOW_2014}；${GOODFELLOW_2016}`,
  'formula.loss-g-non-saturating.title': '非饱和生成器损失',
  'formula.loss-g-non-saturating.plain':
    'G 最大化 D 被骗过的对数概率。它与极小极大损失一样把 D(G(z)) 往上推，但在 D 占上风时推得最用力。',
  'formula.loss-g-non-saturating.source': `${GOODFELLOW_2014}，§3；${GOODFELLOW_2016}`,
  'formula.loss-g-gradients.title': '极小极大损失为何饱和',
  'formula.loss-g-gradients.plain':
    '经由 D 在假样本处的 logit l 传到 G 的因子。当 D(G(z)) 接近 0 时，极小极大的因子趋于零，而非饱和的因子达到最大值 ½。',
  'formula.loss-g-gradients.source': `${GOODFELLOW_2016}；Arjovsky & Bottou 2017`,
  'formula.ema.title': 'G 权重的 EMA',
  'formula.ema.plain':
    '每次更新 G 之后，对 G 的权重做滑动平均。训练本身不变；应用显示的是平均后的 G，它比正在训练的 G 绕圈更少。',
  'formula.ema.source': '权重平均，常见做法（docs/theory.md 没有为它引用论文）',
  'formula.r1.title': 'R1 梯度惩罚',
  'formula.r1.plain':
    'D 的损失加上对其 logit ℓ 在数据所在处斜率的惩罚，使 D 在那里不能太陡；这会抑制博弈围绕平衡点的绕圈。',
  'formula.r1.source': 'Mescheder et al. 2018',
  'formula.instance-noise.title': '实例噪声',
  'formula.instance-noise.plain':
    'D 的每个输入，无论真实还是生成，都被高斯噪声模糊，因此两个模糊后的密度总会重叠，D 的梯度始终有用。退火时，σ 在 4,000 步内降到 0。',
  'formula.instance-noise.source': 'Arjovsky & Bottou 2017；Sønderby et al. 2017',
  'formula.lsgan-loss.title': 'LSGAN：最小二乘损失',
  'formula.lsgan-loss.plain':
    'D 以平方误差拟合标签 1（真实）和 0（生成），不经过 sigmoid；G 希望自己的样本得分为 1。一个 D 已判为真实、却离数据很远的样本仍会被拉动，而交叉熵在那里已经平坦。',
  'formula.lsgan-loss.source': MAO_2017,
  'formula.lsgan-optimum.title': 'LSGAN 的最优 D 及其值',
  'formula.lsgan-optimum.plain':
    '与原始 GAN 相同的最优 D，由在每个 x 处最小化平方误差得到。它的损失衡量三角判别 Δ：从 0（密度相等，J(D*) = ¼）到 2（不重叠，J(D*) = 0）。',
  'formula.lsgan-optimum.source': MAO_2017,
  'formula.wgan-loss.title': 'WGAN：权重裁剪的评论家',
  'formula.wgan-loss.plain':
    'D 变成评论家（critic）f，一个无界的分数。把每个权重裁剪到 [−c, c]，只能把它的斜率限制在某个 K 以内，而不是 1，所以 −J(D) 至多估计出 K·W1：尺度丢了，方向还在。',
  'formula.wgan-loss.source': WGAN_2017,
  'formula.kantorovich-rubinstein.title': 'Kantorovich–Rubinstein 对偶',
  'formula.kantorovich-rubinstein.plain':
    '在斜率至多为 1（1-Lipschitz）的评论家中，数据平均得分与模型平均得分之差的最大值，就是 §5 的 Wasserstein-1 距离。因此最优评论家达到 J(f*) = −W1。',
  'formula.kantorovich-rubinstein.source': WGAN_2017,
  'formula.optimal-critic.title': '一维中的最优评论家',
  'formula.optimal-critic.plain':
    '分部积分后，J(D) 以两条分布函数之差为权重来衡量评论家的斜率。最优斜率为 ±1，符号与该差相同，得分为 −∫|F_model − F_data| dx = −W1。',
  'formula.optimal-critic.source': WGAN_2017,
  'formula.wgan-gp.title': 'WGAN-GP：梯度惩罚',
  'formula.wgan-gp.plain':
    '不做裁剪，而是用一个惩罚让评论家在数据与模型之间的斜率接近 1。在一维中，双侧形式把斜率围了起来：要从 −1 转到 +1 必须经过 0，在那里代价为 λ。单侧形式没有这道墙。',
  'formula.wgan-gp.source': `${GULRAJANI_2017}；${PETZKA_2018}（单侧）`,
  'formula.hinge-loss.title': '铰链损失（hinge）',
  'formula.hinge-loss.plain':
    '一种间隔损失，与支持向量机中的一样：只推动 D，直到真实样本得分高于 1、生成样本得分低于 −1。G 提高自己样本的得分。',
  'formula.hinge-loss.source': HINGE,
  'formula.hinge-optimum.title': '铰链损失的最优 D 及其值',
  'formula.hinge-optimum.plain':
    '最优的铰链 D 是一个阶跃：数据多于模型处为 +1，模型多于数据处为 −1。它的损失衡量总变差距离 TV；由于它是平的，不给 G 任何梯度。',
  'formula.hinge-optimum.source': HINGE,
  'formula.optimal-d-update.title': '用精确的最优 D 训练 G',
  'formula.optimal-d-update.plain':
    '在最优 D 模式下，网络 D 停止训练。每次更新 G 时，应用精确计算 p_model 及其最优 D a*，并在每个生成样本处，把 G 的代价关于 a* 的斜率经 G 反向传播。',
  'formula.optimal-d-update.source': `${GOODFELLOW_2014}，§4；Arjovsky & Bottou 2017`,
  'formula.optimal-d-push.title': '最优 D 把 G 的样本推向何处',
  'formula.optimal-d-push.plain':
    '面对最优 D，极小极大损失在 D* ≈ 0 处饱和，而非饱和损失恰在那里推得最用力；在 WGAN 下，每个样本都以单位速度移向数据的对应分位数（W1 的梯度流）。',
  'formula.optimal-d-push.source': `${GOODFELLOW_2016}；Arjovsky & Bottou 2017；${WGAN_2017}`,
  'formula.pushforward.title': 'G 的输出的密度',
  'formula.pushforward.plain':
    '变量替换：G 陡峭处噪声被摊薄，G 平坦处噪声堆积起来。应用把 4,000 个等概率的噪声单元推过 G，因此 p_model 是精确的，没有采样噪声。',
  'formula.pushforward.source': '概率论中的变量替换公式',
  'formula.mode-mass.title': '每个模式捕获的质量',
  'formula.mode-mass.plain':
    '每个点按责任度 r_i 分给目标分布的各个峰；m_i 是 G 的样本中属于第 i 个峰的比例。它应当等于权重 w_i；远小于 w_i 就意味着模式崩溃。',
  'formula.mode-mass.source': `应用对模式崩溃的度量（${GOODFELLOW_2016}，关于模式崩溃）`,

  // ---------- the view ----------
  'formula.view.intro.before': '应用计算所用的每个公式，写法与 ',
  'formula.view.intro.after':
    ' 一致，旁边是正在训练的 GAN 的当前数值（按播放：数值随训练变化）。散度采用你选择的单位（U），损失以奈特计。',
  'formula.view.sections': '章节',
  'formula.view.waiting': '等待第一个快照…',
  'formula.tex.scrolls': '公式，可横向滚动',

  // ---------- names in the readouts ----------
  'formula.unit.x': 'x 单位',
  'formula.genLoss.minimax': '极小极大',
  'formula.genLoss.non-saturating': '非饱和',
  'formula.schedule.fixed': '固定',
  'formula.schedule.annealed': '退火',
  'formula.gp.oneSided': '单侧',
  'formula.gp.twoSided': '双侧',

  // ---------- whether a switchable formula is in use ----------
  'formula.status.active': '使用中',
  'formula.status.notActive': '未使用',
  'formula.status.activeWith': ({ form }) => `使用中，${form}`,
  'formula.status.notForHinge': '不适用于铰链损失',
  'formula.status.on': '开',
  'formula.status.off': '关',
  'formula.status.onWith': ({ schedule }) => `开，${schedule}`,

  // ---------- the theorem at the top ----------
  'formula.summary.live': '定理，实时：',
  'formula.summary.liveOf': ({ objective }) => `定理，实时 · ${objective}：`,
  'formula.summary.gan': ({ jd, rel, best, step }) =>
    `第 ${step} 步，当前 D 的 J(D) = ${jd} ${rel} log 2 − JS = ${best} 奈特；当 D = D* 时两者相等`,
  'formula.summary.objective': ({ d, jd, rel, closedForm, value, unit, step }) =>
    `第 ${step} 步，${of(d)} J(D) = ${jd} ${rel} J(D*) = ${closedForm} = ${value}${unit ? ` ${unit}` : ''}`,
  'formula.summary.open': '（',
  'formula.summary.close': '）。',

  // ---------- the live readouts ----------
  'formula.live.d.optimalCritic': '所用的最优评论家',
  'formula.live.d.optimalD': '所用的最优 D',
  'formula.live.d.critic': '当前评论家',
  'formula.live.d.current': '当前 D',
  'formula.live.drawnTarget': '你画的密度',
  'formula.live.notInPlay': ({ now, objective }) =>
    `未使用：当前的目标函数是${now}。在“博弈”下选择${objective}，即可用它训练。`,
  'formula.live.jdExactFor': ({ d }) => `${of(d)}精确 J(D)`,
  'formula.live.jdBatch': '最近一批的 J(D)',
  'formula.live.jgBatch': '最近一批的 J(G)',
  'formula.live.jdStarQuadD': '对最优 D 数值积分得到的 J(D*)',
  'formula.live.jdStarQuadCritic': '对最优评论家 f* 数值积分得到的 J(D*)',
  'formula.live.byFormula': ({ name }) => `${name}，按其公式`,
  'formula.live.jdOf': ({ d }) => `${of(d)} J(D)`,
  'formula.live.optimum.noCritic': '针对当前的 G；现在没有评论家（WGAN 或 WGAN-GP）在训练，因此没有测量它自己的 D。',
  'formula.live.optimum.notTraining': ({ objective }) =>
    `针对当前的 G；${objective}现在没有在训练，因此没有测量它自己的 D。`,
  'formula.live.optimum.critic': ({ rel }) => `J(D) ${rel} J(f*)：斜率 ≤ 1 的评论家得分不会低于 −W₁，更陡的则可以。`,
  'formula.live.optimum.d': ({ rel }) => `J(D) ${rel} J(D*)：当 D = D* 时两者相等。`,
  'formula.live.optimum.independent': '前两个数值是独立计算的，除非有质量落在网格之外，否则两者一致。',
  'formula.live.pDataNow': '当前的 p_data',
  'formula.live.jsIn': ({ unit }) => `以${unit}计的 JS`,
  'formula.live.unitsNow': ({ unit }) => `散度现在以${unit}显示；损失始终以奈特计。`,
  'formula.live.mleCriterion': 'MLE 会最小化的量：KL(p_data‖p_model)',
  'formula.live.mleNote': '应用并不用似然来拟合 G；这里显示的是 MLE 拟合会使用的准则。',
  'formula.live.entropyNote': 'H(p_data) 是目标分布的微分熵（目标很窄时它可以是负数）。',
  'formula.live.klForward': 'KL(p_data‖p_model)，前向',
  'formula.live.klReverse': 'KL(p_model‖p_data)，反向',
  'formula.live.klGaussian.needsSingle': ({ target, value, unit }) =>
    `需要单个高斯的目标分布；当前 p_data 为 ${target}。数值积分的 KL 仍然可用：${value} ${unit}。`,
  'formula.live.klGaussian.closed': ({ target, fit }) => `闭式解，${target} 对 ${fit}`,
  'formula.live.klGaussian.quadrature': '数值积分的 KL(p_data‖p_model)',
  'formula.live.klGaussian.note': 'μ₂、σ₂ 是 p_model 的均值和 σ。当 p_model 是高斯（G 对 z 是仿射的）时，两者一致。',
  'formula.live.crossEntropyNote': '对于密度，求和变为积分；H(p_data) 与 G 无关。',
  'formula.live.bce.notClassifier': ({ objective }) =>
    `在${objective}下，D 不是分类器，所以它在一批上的损失不是这个交叉熵（§6.9）。`,
  'formula.live.bce.note': ({ m }) => `m = 2B = ${m} 个样本：B 个真实样本（Y = 1）和 B 个生成样本（Y = 0）；H = D(x)。`,
  'formula.live.jsMeter': 'JS 占其最大值 log 2 的比例',
  'formula.live.jsShare': ({ percent }) => `JS 为其最大值的 ${percent}%。`,
  'formula.live.w1Note': ({ unit, js }) => `这是数轴上的距离，不以${unit}计；旁边的 JS = ${js} ${unit}。`,
  'formula.live.onLatestBatch': '最近一批',
  'formula.live.exactCurrentD': '当前 D 的精确值（§7.7）',
  'formula.live.dStar.other': ({ objective }) =>
    `${objective}的最优 D 不是这一个（§6.9）；“判别器”面板会测量与它的差距。`,
  'formula.live.dStar.gap': '平均差距 |D − D*|',
  'formula.live.dStar.note': '∫|D − D*|·(p_data + p_model)/2 dx（§7.5）：当 D = D* 时为 0，至多为 1。',
  'formula.live.dStar.noteLsgan':
    '∫|D − D*|·(p_data + p_model)/2 dx（§7.5）：当 D = D* 时为 0；LSGAN 的 D 是分数而不是概率，所以它可以超过 1。',
  'formula.live.theorem.other': ({ objective, closedForm }) =>
    `在${objective}下，定理变为 J(D*) = ${closedForm}（§6.9，实时数值见下方）。`,
  'formula.live.theorem.jdCurrentD': '当前 D 的 J(D)',
  'formula.live.theorem.diff': '差值 J(D) − (log 2 − JS)',
  'formula.live.theorem.quadrature': '对 D* 本身数值积分得到的 J(D*)（§6.9）',
  'formula.live.theorem.meet': '当 D = D* 时两者相等：随着差距 |D − D*| 减小，观察差值缩小。',
  'formula.live.theorem.below': '低于：网格外的质量会使 J(D*) 每单位缺失质量降低 ½ log 2（§7.7）。',
  'formula.live.value.v': '当前 D 的 V(D, G)',
  'formula.live.value.note': 'V(D, G) ≤ C(G)：只有当 D = D* 时，当前的 D 才能达到最大值。',
  'formula.live.genLoss.exact': '当前 D 与 G 的精确值',
  'formula.live.genLoss.batch': '最近一批（“损失”面板）',
  'formula.live.genLoss.unused': '未使用：在“训练设置”中切换“生成器损失”即可试用。',
  'formula.live.meanDFake': '当前 D(G(z)) 的平均值',
  'formula.live.factorMinimax': '极小极大因子 −½·D(G(z))',
  'formula.live.factorNonSaturating': '非饱和因子 −½·(1 − D(G(z)))',
  'formula.live.gUsesLoss': ({ loss }) => `G 现在使用${loss}损失（训练设置，生成器损失）。`,
  'formula.live.emaDecay': '衰减系数 β',
  'formula.live.emaNote': '这里的 p_model、D*、各散度和定理都是平均后的 G 的。',
  'formula.live.noiseSet': '设定的 σ',
  'formula.live.noiseNow': ({ schedule, step }) => `当前的 σ_t（${schedule}，第 ${step} 步）`,
  'formula.live.noiseFixed': ({ steps }) => `固定：每一步 σ_t = σ（若退火，会在第 ${steps} 步降到 0）。`,
  'formula.live.lsganDelta': 'Δ，三角判别（0 到 2）',
  'formula.live.wgan.clip': '裁剪值 c',
  'formula.live.wgan.allowed': ({ bound }) => `裁剪所允许的最大斜率，${bound}`,
  'formula.live.wgan.slope': '评论家当前的斜率 K',
  'formula.live.wgan.scoreGap': '−J(D)：评论家的得分差',
  'formula.live.wgan.optimal': '最优 D：当前所用的评论家就是 f* 本身（斜率 1），而不是裁剪后的网络。',
  'formula.live.wgan.clipNote': '斜率为 K 的评论家至多得到 K·W₁：裁剪保留了方向，而不是尺度。',
  'formula.live.kr.gap': ({ d }) => `E_data f − E_model f，${d}`,
  'formula.live.kr.slope': '它的斜率 K',
  'formula.live.kr.critic': 'K ≤ 1 时得分差不会超过 W₁；裁剪后的评论家的得分差至多为 K·W₁。',
  'formula.live.kr.noCritic': '现在没有评论家在训练（在“博弈”下选择 WGAN 或 WGAN-GP）；W₁ 照样是这个距离。',
  'formula.live.slopeOf': ({ d }) => `${of(d)}斜率 K`,
  'formula.live.gp.form': '形式',
  'formula.live.gp.jd': '不含惩罚项的 J(D)',
  'formula.live.gp.oneSidedNote': '单侧：斜率不超过 1 时没有代价，因此评论家可以自由翻转。',
  'formula.live.gp.twoSidedNote': '双侧：斜率为 0 时每个点代价为 λ，这是一维评论家翻转时必须越过的一道墙。',
  'formula.live.hingeTv': 'TV，总变差（0 到 1）',
  'formula.live.optD.hinge': '铰链损失不提供此模式：它的最优 D 是一个阶跃，不给 G 任何梯度。',
  'formula.live.optD.off': '关：G 以网络 D 为对手训练。在“判别器”面板勾选“最优 D”（快捷键 O）即可试用。',
  'formula.live.optD.jd': '当前所用最优 D 的 J(D)',
  'formula.live.optD.jg': '以它为对手的 J(G)，最近一批',
  'formula.live.optD.note': '网络 D 停止训练；在此模式下，k、单步 D、R1 和实例噪声都不起作用。',
  'formula.live.push.hinge': '最优的铰链 D 是一个阶跃：它不推动任何样本，因此没有可追踪的运动。',
  'formula.live.push.withLoss': ({ objective, loss }) => `${objective}，${loss}损失`,
  'formula.live.push.speed': ({ which }) => `G 的样本所受的平均推力 |∂J(G)/∂x|（${which}）`,
  'formula.live.push.still': '最优 D 不推动的 p_model 比例',
  'formula.live.push.noteOn': ({ floor }) =>
    `针对当前的 G，即 G 正在训练的情形。不推动：推力低于 ${floor}，即 D* 饱和（或被截断在 10⁻⁷，§6.10）或模型已经与数据吻合的地方。`,
  'formula.live.push.noteOff': ({ floor }) =>
    `针对当前的 G，无论该模式是否开启。不推动：推力低于 ${floor}，即 D* 饱和（或被截断在 10⁻⁷，§6.10）或模型已经与数据吻合的地方。`,
  'formula.live.escaped': '逸出的质量（超出 [−6, 6]，或 G 不是有限值）',
  'formula.live.moments': 'p_model 的均值和 σ',
  'formula.live.pushforwardNote': '图上的 ∫p_model dx = 1 − 逸出的质量；各散度只看到这一部分。',
  'formula.live.modes.single': ({ target }) =>
    `仅适用于由 2 或 3 个高斯组成的目标分布；当前 p_data 为 ${target}，因此每个样本都属于同一个模式。`,
  'formula.live.modes.target': '目标',
  'formula.live.modes.collapsed': '已崩溃',
};
