// 简体中文: the theory lab's views — the divergence explorer, maximum likelihood and the Dirac GAN.
import type { TranslationOf } from '../catalogue';
import type { theory as en } from '../en/theory';

export const theory: TranslationOf<typeof en> = {
  'theory.explorer.label': '散度探索器',
  'theory.explorer.densities': '密度 P 与 Q',
  'theory.explorer.density': ({ density }) => `密度 ${density}`,
  'theory.explorer.components': '高斯分量',
  'theory.explorer.componentsOf': ({ density }) => `（${density}）`,
  'theory.explorer.component': ({ n }) => `分量 ${n}`,
  'theory.explorer.componentOf': ({ density, n }) => `（${density} 的分量 ${n}）`,
  'theory.explorer.share': ({ density }) => `该分量在 ${density} 中的占比：它的权重除以所有权重之和`,
  'theory.explorer.mean': '均值 μ',
  'theory.explorer.spread': '标准差 σ',
  'theory.explorer.weight': '权重',
  'theory.explorer.display': '显示',
  'theory.explorer.units': '单位 (U)',
  'theory.explorer.sidebarHint': '也可以拖动图上的手柄：左右移动改变均值，上下移动改变 σ。',

  'theory.explorer.densitiesTitle': 'P 与 Q',
  'theory.explorer.densitiesCaption': '拖动手柄：左右移动改变均值，上下移动改变 σ。',
  'theory.explorer.densitiesTable': '密度 P 与 Q 在采样点上的取值',
  'theory.explorer.handles': 'P 与 Q 的手柄',
  'theory.explorer.handle.name': ({ density, n }) => `${density} 的分量 ${n}`,
  'theory.explorer.handle.mean': ({ name }) => `${name} 的均值`,
  'theory.explorer.handle.title': ({ name }) =>
    `${name}：左右拖动改变均值，上下拖动改变 σ。按键：←/→ 移动均值，↑/↓ 让它更高或更平（σ）；Shift：一次 10 步。`,
  'theory.explorer.handle.value': ({ mean, sigma }) => `均值 ${mean}，σ ${sigma}`,

  'theory.explorer.measuresHeading': 'P 与 Q 的比较',
  'theory.explorer.measuresLabel': 'P 与 Q 之间的散度',
  'theory.explorer.klForwardHint': '前向 KL（覆盖众数）：惩罚 Q 漏掉 P 的概率质量',
  'theory.explorer.klReverseHint': '反向 KL（寻找众数）：惩罚 Q 把概率质量放在 P 没有质量的地方',
  'theory.explorer.jsTitle': 'JS 散度：JS(P‖Q) = ½ KL(P‖M) + ½ KL(Q‖M)，M = (P + Q)/2；0 ≤ JS ≤ log 2 = 1 bit',
  'theory.explorer.crossEntropyTitle': ({ why }) => `交叉熵 −∫ p log q dx。${why}`,
  'theory.explorer.entropyTitle': 'P 的熵 −∫ p log p dx（微分熵：P 很窄时为负）',
  'theory.explorer.w1Title': 'Wasserstein-1（推土机）距离 ∫|F_P − F_Q| dx，单位是 x 的单位（不是 nats）',
  'theory.explorer.closedForm': '闭式解：',
  'theory.explorer.closedFormTitle':
    '两个高斯之间 KL(P‖Q) 与 KL(Q‖P) 的闭式解：KL(N(μ₁, σ₁²) ‖ N(μ₂, σ₂²)) = log(σ₂/σ₁) + (σ₁² + (μ₁ − μ₂)²)/(2σ₂²) − ½（docs/theory.md §3）',

  'theory.explorer.integrand.title': 'KL 从何而来',
  'theory.explorer.integrand.of': '被积函数：',
  'theory.explorer.integrand.area': '面积',
  'theory.explorer.integrand.adds': ({ where, kl }) => `${where} 的地方：计入 ${kl}`,
  'theory.explorer.integrand.subtracts': ({ where, kl }) => `${where} 的地方：从 ${kl} 中减去`,
  'theory.explorer.integrand.table': ({ f, unit }) => `${f} 在采样点上的取值，单位：每单位 x 的 ${unit}`,
  'theory.explorer.integrand.aria': ({ f, kl }) => `${kl} 的被积函数 ${f} 随 x 的变化`,

  'theory.explorer.pull.title': '拉开',
  'theory.explorer.pull.now': '当前',
  'theory.explorer.pull.caption':
    'JS 散度停在 log 2（P 与 Q 一旦不再重叠就没有梯度），KL 散度无界增长，W1 线性增长：这正是 Wasserstein GAN 的理由。',
  'theory.explorer.pull.summary': (p) =>
    `Q 从距离 0 滑到 ${p.max}：JS 从 ${p.js0} 变到 ${p.js1} ${p.unit}（最多 log 2 = ${p.ceiling} ${p.unit}），` +
    `KL(P‖Q) 从 ${p.kl0} 变到 ${p.kl1} ${p.unit}，W1 从 ${p.w0} 变到 ${p.w1}。当前距离：${p.now}。`,
  'theory.explorer.pull.aria': 'JS、KL(P‖Q) 与 W1 随 P 与 Q 均值之间距离的变化',
  'theory.explorer.pull.yAxis': ({ unit }) => `${unit}；W1 以 x 计`,
  'theory.explorer.pull.xAxis': '|μ_Q − μ_P|：Q 保持形状，从 P 旁边滑开',
  'theory.explorer.pull.jsMaxBits': 'JS 最大值 = 1 bit',
  'theory.explorer.pull.jsMaxNats': 'JS 最大值 = log 2 ≈ 0.693',
  'theory.explorer.pull.klOff': ({ d }) => `KL ↑ 从 ${d} 起超出图表`,
  'theory.explorer.pull.nowAt': ({ d }) => `当前 ${d}`,

  'theory.explorer.fit.title': '用一个高斯 Q 拟合 P',
  'theory.explorer.fit.button': '用 Q 拟合 P',
  'theory.explorer.fit.buttonTitle':
    '按 KL 的两个方向分别用一个高斯 Q 拟合 P；Q 从当前的均值与 σ 移动到各自的拟合结果。',
  'theory.explorer.fit.againTitle': ({ mean, std }) => `再次拟合。Q 从当前的均值与 σ（${mean}，${std}）出发。`,
  'theory.explorer.fit.forward.title': '前向：min KL(P‖Q)',
  'theory.explorer.fit.forward.note': '覆盖众数：P 的均值与 σ',
  'theory.explorer.fit.forward.hint': '拟合所得 Q 的前向 KL（在网格上计算）',
  'theory.explorer.fit.forward.use': '用作 Q：前向 KL 的拟合结果',
  'theory.explorer.fit.reverse.title': '反向：min KL(Q‖P)',
  'theory.explorer.fit.reverse.note': '寻找众数：只取一个众数',
  'theory.explorer.fit.reverse.hint': '拟合所得 Q 的反向 KL（在网格上计算）',
  'theory.explorer.fit.reverse.use': '用作 Q：反向 KL 的拟合结果',
  'theory.explorer.fit.meanTitle': '拟合所得 Q 的均值',
  'theory.explorer.fit.stdTitle': '拟合所得 Q 的 σ',
  'theory.explorer.fit.use': '用作 Q',
  'theory.explorer.fit.clampedTitle': (p) =>
    `Q 的滑块范围：μ 在 [${p.meanMin}, ${p.meanMax}]，σ 在 [${p.stdMin}, ${p.stdMax}]：Q 取 μ = ${p.mean}，σ = ${p.std}`,
  'theory.explorer.fit.stdStops': ({ v }) => `σ 止于 ${v}`,
  'theory.explorer.fit.meanStops': ({ v }) => `μ 止于 ${v}`,
  'theory.explorer.fit.plotAria': ({ title }) => `${title}：P 与拟合所得的 Q`,
  'theory.explorer.fit.empty': '请按“用 Q 拟合 P”',

  'theory.likelihood.title': '极大似然',
  'theory.likelihood.settings': '极大似然设置',
  'theory.likelihood.intro':
    'GAN 所要比较的基准：选择使样本出现概率最大的参数来拟合密度，即极大似然估计（docs/theory.md §2）。',
  'theory.likelihood.samplesAndModel': '样本与模型',
  'theory.likelihood.samplesM': '样本数 m',
  'theory.likelihood.samplesValue': ({ m }) => `${m} 个样本`,
  'theory.likelihood.samplesExact': '样本数 m（精确值）',
  'theory.likelihood.componentsK': '模型中的高斯个数 K',
  'theory.likelihood.resample': '重新采样',
  'theory.likelihood.seed': '样本种子',
  'theory.likelihood.methodHint': ({ floor }) =>
    `K = 1：闭式解。K = 2、3：从 k-means 初值出发运行 EM 算法，直到一步的增益小于 1e-7 nats 或满 200 步为止。每个 σ 都保持 ≥ ${floor}：否则某个分量可以落在单个样本上，σ → 0 时它的似然无界增长。`,
  'theory.likelihood.overlayHint': '训练场密度图上的一条细虚线：即这里的拟合，对应当前的 m、K 与种子。',
  'theory.likelihood.target': '目标 p_data',
  'theory.likelihood.drawnTarget': '你绘制的密度',
  'theory.likelihood.targetHint': '即训练场的目标：在那里调整形状，或在这里选一个（那里也会随之改变）。',
  'theory.likelihood.twoBumps': '双峰（§2）',
  'theory.likelihood.oneBump': '单峰',
  'theory.likelihood.editInPlayground': '在训练场中编辑',

  'theory.likelihood.kl': 'KL(p_data‖拟合)',
  'theory.likelihood.klFloored': ({ pct, floor, from }) =>
    `拟合在 p_data 占其 ${pct}% 概率质量的地方为 0（低于双精度）：精确的 KL 为 ∞；这里显示的是下界，拟合在每个区间至少取 ε = ${floor}（缺失质量达到 ${from}% 起显示 ∞）。`,
  'theory.likelihood.klSum':
    'Σ P_k log(P_k/Q_k)，对 [−6, 6] 上的 400 个区间求和，其中 P = p_data，Q = 拟合（docs/theory.md §7.6）',

  'theory.likelihood.samples.title': ({ m }) => `${m} 个样本与极大似然拟合`,
  'theory.likelihood.samples.samples': '样本',
  'theory.likelihood.samples.mleGaussian': '极大似然高斯',
  'theory.likelihood.samples.mleMixture': ({ K }) => `极大似然混合，K = ${K}（EM）`,
  'theory.likelihood.samples.itsComponents': '其各分量',
  'theory.likelihood.samples.fitClosed': ({ formula }) => `拟合 = ${formula}：样本均值，有偏 σ`,
  'theory.likelihood.samples.fitEm': ({ formula }) => `拟合 = ${formula}，由 EM 算法得到`,
  'theory.likelihood.samples.avgLogLik': '平均对数似然',
  'theory.likelihood.samples.avgLogLikTitle':
    '(1/m) Σ log q(x_i)：log q 在 m 个样本上的平均，q 为拟合的密度；这正是极大似然所最大化的量',
  'theory.likelihood.samples.covering': ({ x, ratio, tryK }) =>
    `覆盖众数：拟合在 x = ${x} 处达到峰值，而 p_data 在那里${ratio === null ? '几乎为 0' : `只有其 ${ratio}% 高`}。` +
    `前向 KL 惩罚漏掉的数据，所以对 p_data 来说过于简单的模型会铺开盖住空隙${tryK === null ? '' : `（试试 K = ${tryK}）`}。`,
  'theory.likelihood.samples.offChart': ({ off, m }) => `${m} 个样本中有 ${off} 个落在图外（超出 ±6）。`,
  'theory.likelihood.samples.table': 'p_data 与拟合密度在采样点上的取值',
  'theory.likelihood.samples.fitColumn': '拟合(x)',
  'theory.likelihood.samples.aria': '样本、p_data 与极大似然拟合',
  'theory.likelihood.samples.peakInGap': '拟合的峰值，落在 p_data 的空隙里',
  'theory.likelihood.samples.peakOff': ({ v }) => `▲ 拟合的峰值为 ${v}，超出图表`,

  'theory.likelihood.em.title': 'EM：似然上升，KL 下降',
  'theory.likelihood.em.legendLogLik': '样本的平均对数似然',
  'theory.likelihood.em.caption': 'EM 算法的每一步都提高样本的平均对数似然（从不下降），KL(p_data‖拟合) 随之下降。',
  'theory.likelihood.em.converged': ({ n }) => `迭代 ${n} 次后收敛（增益 < 1e-7 nats）。`,
  'theory.likelihood.em.stopped': ({ max }) => `在 ${max} 次迭代处停止（仍在增益：分量相互重叠）。`,
  'theory.likelihood.em.footnote': (p) =>
    '为何同步：当 m → ∞ 时，(1/m) Σ log q(x_i) → E_p_data[log q] = −H(p_data) − KL(p_data‖拟合)，而 H(p_data) 与拟合无关，' +
    '所以似然的 argmax 就是前向 KL 的 argmin（§2）。' +
    `此处：${p.negEntropy} − ${p.kl} = ${p.expected} nats（在 p_data 上），${p.avg}（在 m 个样本上）。` +
    '两者之差是抽样误差：样本很少时似然只看得到这些样本，于是在最后阶段 KL 可能缓慢回升，而似然仍在上升。',
  'theory.likelihood.em.table': 'EM 迭代',
  'theory.likelihood.em.iteration': '迭代',
  'theory.likelihood.em.avgLogLik': '平均对数似然',
  'theory.likelihood.em.none': '单个高斯无需迭代：样本均值与有偏 σ 就是最大值点。选择 K = 2 或 3 来观察 EM 算法爬升。',
  'theory.likelihood.em.aria': 'EM 迭代：平均对数似然与 KL(p_data‖拟合)',
  'theory.likelihood.em.axisLogLik': '平均对数似然',
  'theory.likelihood.em.axisKl': 'KL（nats）',
  'theory.likelihood.em.axisIteration': 'EM 迭代次数（0 = k-means 初值）',

  'theory.likelihood.sweep.title': '需要多少样本？',
  'theory.likelihood.sweep.median': ({ n }) => `${n} 次重新采样的中位数`,
  'theory.likelihood.sweep.range': '其范围',
  'theory.likelihood.sweep.thisSample': '当前样本',
  'theory.likelihood.sweep.reference': ({ d }) => `d/2m，d = ${d} 个参数`,
  'theory.likelihood.sweep.caption': ({ K }) =>
    `K = ${K} 的模型拟合 m 个新样本所得的 KL(p_data‖拟合)：样本少，拟合就差且不稳定。`,
  'theory.likelihood.sweep.computing': ({ done, total }) => `计算中… 已完成 ${total} 个样本量中的 ${done} 个。`,
  'theory.likelihood.sweep.plateau': ({ kl }) =>
    `KL 在 ${kl} nats 处趋于平稳：再多的数据也无法让这个模型拟合 p_data（这是近似误差，而非抽样误差）。`,
  'theory.likelihood.sweep.falls': '中位数大致按 1/m 下降：这是抽样误差。',
  'theory.likelihood.sweep.table': 'KL(p_data‖拟合) 随样本数 m 的变化',
  'theory.likelihood.sweep.medianKl': 'KL 中位数',
  'theory.likelihood.sweep.smallest': '最小',
  'theory.likelihood.sweep.largest': '最大',
  'theory.likelihood.sweep.aria': 'KL(p_data‖拟合) 随样本数的变化',
  'theory.likelihood.sweep.axisKl': 'KL（nats）',
  'theory.likelihood.sweep.axisM': '样本数 m（对数刻度）',

  'theory.dirac.settings': 'Dirac GAN 设置',
  'theory.dirac.heading': 'Dirac GAN',
  'theory.dirac.intro': ({ exp }) =>
    `数据是位于 0 的一个点。G 把它唯一的点放在 θ；D 是一条直线，D(x) = ψ·x（一个 logit）。G 沿 L(θ, ψ) = f(ψθ) + f(0) 做梯度下降，其中 f(t) = −log(1 + e${exp})，D 则对它做梯度上升。唯一的平衡点是 (0, 0)。`,
  'theory.dirac.updates': '更新方式',
  'theory.dirac.optimizerName.simultaneous': '同时更新',
  'theory.dirac.optimizerName.alternating': '交替更新',
  'theory.dirac.optimizerHint.simultaneous': 'G 与 D 从同一点同时迈出一步：(θ, ψ) ← (θ, ψ) + h·v(θ, ψ)。',
  'theory.dirac.optimizerHint.alternating': 'D 先走一步，G 再针对新的 D 走一步（与训练场的做法相同）。',
  'theory.dirac.optimizerHint.adam': '同时进行的 Adam 更新（β1 = 0.5，β2 = 0.999，与训练场相同）：每一步的长度约为 h。',
  'theory.dirac.rate': '学习率 h',
  'theory.dirac.steps': '步数',
  'theory.dirac.stabiliser': '稳定方法',
  'theory.dirac.stabiliserHint.none': '原始的博弈：向量场与以 (0, 0) 为圆心的每个圆都相切。',
  'theory.dirac.stabiliserHint.r1':
    'D 还要在数据处付出 γ/2·(∂D/∂x)² = γ/2·ψ²：它的更新多出 −h·γψ 一项，相当于对 ψ 的摩擦。',
  'theory.dirac.stabiliserHint.noise':
    'D 看到的数据和 G 的点都被 N(0, σ²) 模糊（实例噪声）：对噪声取平均后，向量场向内偏转。',
  'theory.dirac.noiseSigma': '噪声 σ',
  'theory.dirac.showEma': ({ beta }) => `显示 G 的指数滑动平均 EMA（β = ${beta}）`,
  'theory.dirac.start': '起点',
  'theory.dirac.startHint': '在平面上点击或拖动，或者聚焦起点圆点后用方向键移动。',
  'theory.dirac.startAt': '从 (1, 1) 出发',
  'theory.dirac.restart': '重新开始',
  'theory.dirac.replay': '重放',

  'theory.dirac.verdict.runsAway': '发散',
  'theory.dirac.verdict.stays': '停在 (0, 0)',
  'theory.dirac.verdict.spiralsOut': '螺旋向外',
  'theory.dirac.verdict.converges': '收敛',
  'theory.dirac.verdict.endsCloser': '终点更近',
  'theory.dirac.verdict.circles': '绕圈',

  'theory.dirac.main': 'GAN 为何绕圈',
  'theory.dirac.field.title': 'GAN 为何绕圈：Dirac GAN',
  'theory.dirac.field.caption': ({ stabiliser, steps, optimizer, lr }) =>
    `箭头：v(θ, ψ) = (−∂L/∂θ, ∂L/∂ψ)，即一次梯度步推动 G 与 D 的方向${stabiliser === 'r1' ? '（加 R1）' : stabiliser === 'noise' ? '（加实例噪声）' : ''}。` +
    `曲线：${optimizer}，${steps} 步，学习率 ${lr}。`,
  'theory.dirac.field.legendField': '向量场 v',
  'theory.dirac.field.legendTrajectory': '轨迹',
  'theory.dirac.field.noStabiliser': '不加稳定方法',
  'theory.dirac.field.withR1': ({ gamma }) => `加 R1，γ = ${gamma}`,
  'theory.dirac.field.withNoise': ({ sigma }) => `加实例噪声，σ = ${sigma}`,
  'theory.dirac.field.summary': (p) =>
    `从 θ = ${p.theta}，ψ = ${p.psi}（距离 ${p.d0}）出发，${p.stabiliser}，${p.optimizer} ${p.steps} 步（学习率 ${p.lr}）后，` +
    `距平衡点 ${p.dEnd}：轨迹${p.verdict}。`,
  'theory.dirac.field.aria': ({ theta, psi }) =>
    `Dirac GAN 在 θ 与 ψ 取 −2 到 2 上的梯度向量场，以及从 θ = ${theta}，ψ = ${psi} 出发的轨迹`,
  'theory.dirac.field.thetaAxis': 'θ：G 放置它的点的位置（数据在 0）',
  'theory.dirac.field.psiAxis': 'ψ：D 的斜率，D(x) = ψ·x',
  'theory.dirac.field.equilibrium': '平衡点 (0, 0)',
  'theory.dirac.field.startAria': ({ theta, psi }) =>
    `起点 θ = ${theta}，ψ = ${psi}。方向键可移动它（Shift：更快）；也可以在平面上任意位置点击。`,
  'theory.dirac.field.start': '起点',
  'theory.dirac.field.leaves': '轨迹离开了方框',

  'theory.dirac.distance.title': '到平衡点的距离',
  'theory.dirac.distance.caption': '每一步之后的 √(θ² + ψ²)；虚线：起点处的值。',
  'theory.dirac.distance.legend': '距离',
  'theory.dirac.distance.legendEma': '|θ̄|，G 的 EMA',
  'theory.dirac.distance.now': '当前',
  'theory.dirac.distance.after': ({ n }) => `${n} 步之后`,
  'theory.dirac.distance.afterTitle': '最后一步之后到平衡点的距离 √(θ² + ψ²)',
  'theory.dirac.distance.growth': '(0, 0) 附近每步 ×',
  'theory.dirac.distance.growthTitle':
    '一步最多把到 (0, 0) 的小距离放大多少倍（步进映射的最大 |特征值|）：大于 1 则螺旋向外，等于 1 则绕圈，小于 1 则收敛。Adam 没有固定的步进映射。',
  'theory.dirac.distance.summary': ({ d0, dEnd, n }) => `到 (0, 0) 的距离：起点处 ${d0}，${n} 步之后 ${dEnd}。`,
  'theory.dirac.distance.aria': '到平衡点 (0, 0) 的距离随步数的变化',
  'theory.dirac.distance.stepAxis': '步数',
  'theory.dirac.distance.distanceAxis': '距离',
  'theory.dirac.distance.start': '起点',

  'theory.dirac.explain.title': '这对训练场意味着什么',
  'theory.dirac.explain.applyR1': '在训练场中使用 R1（γ = 1）',
  'theory.dirac.explain.r1On': ({ gamma }) => `训练场的 R1 已开启，γ = ${gamma}。`,
  'theory.dirac.explain.r1Off': '训练场的 R1 已关闭。',
  'theory.dirac.explain.text':
    '在平衡点附近，训练场里的 GAN 就是这个博弈的放大版：G 和 D 的权重互相把对方推向侧面，就像这里的 θ 和 ψ，所以梯度步绕着平衡点转，而不是走进去。这就是为什么它的 JS 散度先下降然后振荡，同时 p_model 的宽度来回摆动；两个学习率或 Adam 都消除不了这种旋转。补救办法就是这里展示的几种：R1（γ）给 D 在数据处加上摩擦，实例噪声（σ）模糊 D 所看到的东西，同样起到阻尼作用，而 G 的 EMA 则把绕圈平均掉（勾选“显示 G 的指数滑动平均 EMA”）。推导见 docs/theory.md §6.8。',
};
