// 简体中文: the charts area's messages. Symbols and formulas (p_data, D*(x), J(D), W1, log 2) stay as in English.
import type { TranslationOf } from '../catalogue';
import type { charts as en } from '../en/charts';

export const charts: TranslationOf<typeof en> = {
  // Shared by every chart.
  'chart.legend': '图例',
  'chart.legendAndValues': '图例与当前数值',
  'chart.axis.density': '密度',
  'chart.axis.trainingStep': '训练步',
  'chart.cursor.step': ({ step }) => `第 ${step} 步`,
  'chart.cursor.gan.best': 'D*(x)',
  'chart.cursor.lsgan.best': 'D*(x)',
  'chart.cursor.wgan.best': 'f*(x)',
  'chart.cursor.wgan-gp.best': 'f*(x)',
  'chart.cursor.hinge.best': '最优 D',
  'chart.history.empty': '点击“播放”或“单步”以记录历史',
  'chart.unit.nats': '奈特',
  'chart.unit.bits': '比特',
  'chart.sentences': ({ first, second }) => `${first}。${second}`,

  // The target's handles.
  'chart.handle.group': 'p_data 的控制柄',
  'chart.handle.component': ({ n }) => `分量 ${n}`,
  'chart.handle.componentMean': ({ name }) => `${name} 均值`,
  'chart.handle.titled': ({ name, help }) => `${name}：${help}`,
  'chart.handle.help':
    '左右拖动改变其均值，上下拖动改变其 σ。按键：←/→ 移动均值，↑/↓ 使其更高或更平（σ）；Shift：10 步。',
  'chart.handle.meanAndSigma': ({ mean, sigma }) => `均值 ${mean}，σ ${sigma}`,
  'chart.handle.uniformLow': '均匀分布，下端',
  'chart.handle.uniformHigh': '均匀分布，上端',
  'chart.handle.uniformLowHelp': '拖动，或按 ←/→（Shift：10 步），移动均匀分布的下端',
  'chart.handle.uniformHighHelp': '拖动，或按 ←/→（Shift：10 步），移动均匀分布的上端',

  // Drawing p_data.
  'chart.draw.draw': '绘制',
  'chart.draw.title': '用鼠标或手指绘制 p_data：每一笔重绘它覆盖的那一段；结果会被平滑并缩放到面积为 1',
  'chart.draw.drawing': '绘制中',
  'chart.draw.clear': '清空',
  'chart.draw.clearTitle': '从空白图表开始：下一笔就是整个 p_data',
  'chart.draw.hint': '在图表上横向绘制：每一笔重绘它覆盖的那一段。',
  'chart.draw.clearedHint': '已清空：你的下一笔就是整个 p_data（在此之前它保持原样）。',
  'chart.draw.tooShort': '没有画出内容：请在坐标轴上方横向拖过图表来绘制 p_data。',

  // Panel 1: Densities.
  'chart.densities.title': '密度',
  'chart.densities.legend.pModelAveraged': '平均 G 的 p_model',
  'chart.densities.legend.batch': ({ n }) => `最近 ${n} 个 G(z)`,
  'chart.densities.caption': '训练把橙色（x = G(z)）推向蓝色；可拖动控制柄。',
  'chart.densities.caption.ema': ({ beta }) => `橙色：平均后的 G（EMA，β = ${beta}）；柱：训练中的 G 的最新一批。`,
  'chart.densities.mass': '[−6, 6] 上的 ∫p_model = 1 − 逸出质量 =',
  'chart.densities.offChart': ({ percent }) => `p_model 有 ${percent}% 落在图表之外；散度只看到图表上的部分`,
  'chart.densities.waiting': '正在等待训练线程的第一个快照…',
  'chart.densities.gMoved': 'G 刚更新',
  'chart.densities.mappingTitle': '在判别器面板的位置显示 G 如何把噪声 z 映射到 x（Goodfellow 等，2014，图 1）',
  'chart.densities.summary': ({ step }) =>
    `p_data 与 p_model 在采样点上的密度${step === null ? '' : `，第 ${step} 步`}`,
  'chart.densities.aria': '密度：p_data 与 p_model',
  'chart.densities.peak': ({ value }) => `▲ p_model 峰值为 ${value}，超出图表`,

  // Per-mode mass.
  'chart.modes.explain': ({ n, mass, weight, collapse }) =>
    `模态 ${n}：∫ r_${n}(x) p_model(x) dx = p_model 质量中有 ${mass}% 被分配给` +
    `目标分量 ${n}（按其责任度 r_${n}），其目标权重为 ${weight}%。` +
    `低于权重的 ${collapse}% 时视为崩溃（docs/theory.md §7.9）。`,
  'chart.modes.mode': ({ n }) => `模态 ${n}`,
  'chart.modes.unit': ({ first, weight }) => `%${first ? '（占 p_model）' : ''} · 目标 ${weight}%`,
  'chart.modes.collapsed': '已崩溃',

  // The generator's arrows.
  'chart.arrows.cost.non-saturating.short': '非饱和',
  'chart.arrows.cost.non-saturating.name': '非饱和',
  'chart.arrows.cost.minimax.short': '极小极大',
  'chart.arrows.cost.minimax.name': '极小极大',
  'chart.arrows.cost.maximum-likelihood.short': 'ML（仅显示）',
  'chart.arrows.cost.maximum-likelihood.name': '极大似然（仅显示，不是训练选项）',
  'chart.arrows.saturation': '当 D 自信地拒绝假样本（D ≈ 0）时，极小极大的箭头消失：损失饱和了。',
  'chart.arrows.title': ({ costs, saturation }) =>
    `箭头：每个位于 x 的生成样本的 −∂J/∂x，即对 G 的一步梯度更新如何移动它（ℓ = logit D）。${costs}。${saturation}`,
  'chart.arrows.saturated': '→ 0（D ≈ 0 处）：已饱和',
  'chart.arrows.scale': ({ value }) => `−∂J/∂x = 每个样本 ${value}`,
  'chart.arrows.off': '关',
  'chart.arrows.offTitle': '不显示箭头',
  'chart.arrows.activeTitle': '显示 G 当前所用生成器损失的箭头（训练设置）',
  'chart.arrows.all': '全部 3 种',
  'chart.arrows.allTitle': '非饱和、极小极大与极大似然的箭头，分三行、同一比例显示（ML：仅显示）',
  'chart.arrows.group': '箭头：各生成器损失如何移动 G 的样本',
  'chart.arrows.switchTitle': ({ saturation }) =>
    `箭头：−∂J/∂x，即对 G 的一步梯度更新如何移动位于 x 的生成样本。${saturation}`,
  'chart.arrows.label': '箭头',

  // Panel 2: Discriminator / Critic.
  'chart.disc.title.discriminator': '判别器',
  'chart.disc.title.critic': '评判器',
  'chart.disc.gan.d': 'D(x)：“x 有多真？”',
  'chart.disc.gan.optimal': 'D = D*：最优 D',
  'chart.disc.gan.best': () => 'D*(x)',
  'chart.disc.gan.axis': '“真实”的概率',
  'chart.disc.gan.caption': '对当前 G 的最优 D：D*(x) = p_data(x) / (p_data(x) + p_model(x))',
  'chart.disc.lsgan.d': 'D(x)：分数，1 = 真实',
  'chart.disc.lsgan.optimal': 'D = D*：最优 D',
  'chart.disc.lsgan.best': () => 'D*(x)',
  'chart.disc.lsgan.axis': '分数（1 = 真实）',
  'chart.disc.lsgan.caption': '对当前 G 的最优 D：D*(x) = p_data(x) / (p_data(x) + p_model(x))',
  'chart.disc.wgan.d': '评判器 f(x)，已中心化',
  'chart.disc.wgan.optimal': 'f = f*：最优评判器',
  'chart.disc.wgan.best': ({ scale }) => `最优评判器 ${scale}f*(x)`,
  'chart.disc.wgan.axis': '分数（已中心化）',
  'chart.disc.wgan.caption': 'f*′(x) = sign(F_model(x) − F_data(x))：取到 W1 的 1-Lipschitz 评判器',
  'chart.disc.wgan-gp.d': '评判器 f(x)，已中心化',
  'chart.disc.wgan-gp.optimal': 'f = f*：最优评判器',
  'chart.disc.wgan-gp.best': ({ scale }) => `最优评判器 ${scale}f*(x)`,
  'chart.disc.wgan-gp.axis': '分数（已中心化）',
  'chart.disc.wgan-gp.caption': 'f*′(x) = sign(F_model(x) − F_data(x))：取到 W1 的 1-Lipschitz 评判器',
  'chart.disc.hinge.d': 'D(x)：间隔分数',
  'chart.disc.hinge.optimal': 'D = D*：最优 D',
  'chart.disc.hinge.best': () => '最优 D：sign(p_data − p_model)',
  'chart.disc.hinge.axis': '分数',
  'chart.disc.hinge.caption': 'hinge 损失的最优 D 是阶跃函数：p_data > p_model 处为 +1，p_data < p_model 处为 −1',
  'chart.disc.optimalD': '最优 D',
  'chart.disc.optimalD.title': '用当前 G 的最优判别器代替 D，它由两个密度精确算出；G 对着它训练，网络 D 暂停',
  'chart.disc.optimalD.hingeTitle':
    'hinge 的最优判别器是阶跃函数 sign(p_data − p_model)：几乎处处平坦，不给 G 任何梯度',
  'chart.disc.moved': 'D 刚更新',
  'chart.disc.gap.critic': '平均差距 |f − 最优|',
  'chart.disc.gap.d': '平均差距 |D − D*|',
  'chart.disc.gap.criticTitle':
    '∫ |f(x) − best(x)| · (p_data(x) + p_model(x))/2 dx，best = 按评判器自身尺度的最优评判器 f*：平均距离，按数据与模型有质量之处加权',
  'chart.disc.gap.dTitle': '∫ |D(x) − D*(x)| · (p_data(x) + p_model(x))/2 dx：平均距离，按数据与模型有质量之处加权',
  'chart.disc.slope': '评判器斜率 K',
  'chart.disc.slopeTitle':
    '评判器在有质量的网格点上的最大斜率 |f′(x)|：就目前所见，即它的 Lipschitz 常数。W1 要求 K ≤ 1。',
  'chart.disc.summary': ({ d, best, step }) =>
    `${d} 与 ${best} 在采样点上的值${step === null ? '' : `，第 ${step} 步`}`,
  'chart.disc.undefined': '未定义',
  'chart.disc.aria': ({ title, d, best }) => `${title}：${d} 与 ${best}`,

  // Panel 3: Divergences.
  'chart.div.title': '散度',
  'chart.div.caption':
    '仅当 p_model = p_data 时为 0。JS ≤ log 2，KL 可以是 ∞；JS 卡在 log 2 时 W1（以 x 为单位）仍在增长：这就是 WGAN 的由来。',
  'chart.div.units.title': '切换单位（U）：1 比特 = ln 2 奈特',
  'chart.div.units.aria': ({ now, other }) => `${now} ⇄ ${other}：当前单位为${now}，切换为${other}`,
  'chart.div.kl.infinite': ({ ref, other, percent }) => `${ref} 在 ${other} 拥有 ${percent}% 质量的地方为 0：KL 为 ∞。`,
  'chart.div.kl.floored': ({ ref, other, percent, floor, from }) =>
    `${ref} 在 ${other} 拥有 ${percent}% 质量的地方为 0：精确的 KL 为 ∞；此处显示的是下界，${ref} 在每个区间下限取 ε = ${floor}（从 ${from}% 起显示 ∞）。`,
  'chart.div.kl.sum': ({ ref, other }) => `[−6, 6] 上 400 个区间的 Σ ${other} log(${other}/${ref}) Δx。`,
  'chart.div.kl.atLeast': '至少',
  'chart.div.kl.atMost': '至多',
  'chart.div.kl.forwardHint': '正向 KL：覆盖众数，惩罚 p_model 漏掉数据',
  'chart.div.kl.reverseHint': '反向 KL：寻找众数，惩罚 p_model 把质量放在没有数据的地方',
  'chart.div.js.title':
    'JS(p_data‖p_model) = ½ KL(p_data‖M) + ½ KL(p_model‖M)，M = (p_data + p_model)/2；0 ≤ JS ≤ log 2 = 1 比特',
  'chart.div.w1.unit': 'x 单位',
  'chart.div.w1.axis': 'W1（x 单位）',
  'chart.div.w1.hint':
    'W1(p_data, p_model) = ∫ |F_data − F_model| dx，即 Wasserstein-1（推土机）距离：p_model 的质量平均要移动多远才能变成 p_data；单位是 x，不是奈特（图表右轴）。一旦支撑集不再重叠，JS 就饱和在 log 2，而 W1 仍在度量它们之间的距离：这就是 Wasserstein GAN（WGAN）使用它的原因。',
  'chart.div.series.klForward': '正向 KL',
  'chart.div.series.klReverse': '反向 KL',
  'chart.div.summary': ({ n, step, js, klForward, klReverse, w1, unit, ceiling }) =>
    `散度历史，共 ${n} 个记录点，直到第 ${step} 步：JS ${js} ${unit}，正向 KL ${klForward} ${unit}，反向 KL ${klReverse} ${unit}；W1 ${w1}（x 单位，右轴）。JS 从不超过 log 2 = ${ceiling} ${unit}。`,
  'chart.div.empty': '尚无训练步：历史为空。',
  'chart.div.axis': ({ unit }) => `${unit}（对数刻度）`,
  'chart.div.jsMax.bits': 'JS 最大值 = 1 比特',
  'chart.div.jsMax.nats': 'JS 最大值 = log 2 ≈ 0.693',
  'chart.div.aria': '散度随训练步的变化：JS、正向 KL 与反向 KL，单位为奈特或比特（左轴），以及 W1，单位为 x（右轴）',

  // Panel 4: Losses.
  'chart.loss.title': '损失',
  'chart.loss.titleNats': '损失（奈特）',
  'chart.loss.gan.d':
    'D 最小化 J(D) = −½ E[log D(x)] − ½ E[log(1 − D(G(z)))]，即它对标签的交叉熵：KL(标签 ‖ D) + 常数。',
  'chart.loss.gan.g': ({ minimax }) =>
    minimax ? 'G 最小化 J(G) = ½ E[log(1 − D(G(z)))]' : 'G 最小化 J(G) = −½ E[log D(G(z))]',
  'chart.loss.gan.equilibrium': '平衡时 J(D) = log 2 ≈ 0.693',
  'chart.loss.gan.equilibriumSentence': '平衡时 J(D) 为 log 2 ≈ 0.693 奈特',
  'chart.loss.lsgan.d': 'D 最小化 J(D) = ½ E[(D(x) − 1)²] + ½ E[D(G(z))²]：对标签 1 和 0 的平方误差。',
  'chart.loss.lsgan.g': () => 'G 最小化 J(G) = ½ E[(D(G(z)) − 1)²]',
  'chart.loss.lsgan.equilibrium': '平衡时 J(D) = ¼（处处 D = ½）',
  'chart.loss.lsgan.equilibriumSentence': '平衡时 J(D) = ¼（处处 D = ½）',
  'chart.loss.wgan.d': '评判器最小化 J(D) = E[f(G(z))] − E[f(x)]：−J(D) 估计 K·W1，K 为其斜率。',
  'chart.loss.wgan.g': () => 'G 最小化 J(G) = −E[f(G(z))]',
  'chart.loss.wgan.equilibrium': '平衡时 J(D) = 0',
  'chart.loss.wgan.equilibriumSentence': '平衡时 J(D) = 0',
  'chart.loss.wgan-gp.d': '评判器最小化 J(D) = E[f(G(z))] − E[f(x)]（+ 惩罚项，未显示）：−J(D) 估计 W1。',
  'chart.loss.wgan-gp.g': () => 'G 最小化 J(G) = −E[f(G(z))]',
  'chart.loss.wgan-gp.equilibrium': '平衡时 J(D) = 0',
  'chart.loss.wgan-gp.equilibriumSentence': '平衡时 J(D) = 0',
  'chart.loss.hinge.d': 'D 最小化 J(D) = E[max(0, 1 − D(x))] + E[max(0, 1 + D(G(z)))]：两侧各留 1 的间隔。',
  'chart.loss.hinge.g': () => 'G 最小化 J(G) = −E[D(G(z))]',
  'chart.loss.hinge.equilibrium': '平衡时 J(D) = 2（= 2 − 2·TV）',
  'chart.loss.hinge.equilibriumSentence': '平衡时 J(D) = 2（= 2 − 2·TV）',
  'chart.loss.formula.minimax': '极小极大：J(G) = 去掉数据项（与 G 无关）的 −J(D)',
  'chart.loss.formula.nonSaturating': '非饱和：J(G) = −½ E[log D(G(z))]',
  'chart.loss.dTitle': ({ nats }) => `最近一次判别器更新的批次损失${nats ? '，单位为奈特' : ''}`,
  'chart.loss.gTitle': ({ formula }) => `最近一次生成器更新的批次损失${formula ? `，单位为奈特：${formula}` : ''}`,
  'chart.loss.summary': ({ n, step, lossD, lossG, nats, equilibrium }) =>
    `损失历史，共 ${n} 个记录点，直到第 ${step} 步：J(D) ${lossD}${nats ? ' 奈特' : ''}，J(G) ${lossG}${nats ? ' 奈特' : ''}。${equilibrium}。`,
  'chart.loss.empty': '尚无训练步：损失历史为空。',
  'chart.loss.split': ({ lossD, real, fake }) =>
    `最近一批的 J(D) 为 ${lossD} 奈特，等于真实样本（标签 y = 1）上 −log D(x) 均值 ${real} 的一半，加上生成样本（标签 y = 0）上 −log(1 − D(G(z))) 均值 ${fake} 的一半。`,
  'chart.loss.axis': '损失',
  'chart.loss.axisNats': '损失（奈特）',
  'chart.loss.aria': ({ nats }) => `损失随训练步的变化：J(D) 与 J(G)${nats ? '，单位为奈特' : ''}`,
  'chart.ce.klSentence':
    '交叉熵 = KL + 常数：最小化 J(D)（D 对标签的交叉熵）就是最小化 KL(标签 ‖ D 的输出)（常数是标签的熵，硬标签时为 0；docs/theory.md §4）。',
  'chart.ce.title': 'J(D) = ½·（真实半批的均值 + 生成半批的均值）。',
  'chart.ce.real': '真实，标签 y = 1：−log D(x)',
  'chart.ce.fake': '生成，y = 0：−log(1 − D(G(z)))',

  // The z → x mapping view.
  'chart.mapping.title': 'z → x：G 如何搬运 p_z',
  'chart.mapping.caption':
    '连线把 p_z 的分位数（每 2.5%）连到 G(z)：上方聚拢 = 质量被压缩，散开 = 被拉伸，交叉 = G 发生折叠。',
  'chart.mapping.closeTitle': '重新显示判别器面板',
  'chart.mapping.close': '判别器',
  'chart.mapping.gIs': 'G 是',
  'chart.mapping.mono.increasing': '递增的（连线不交叉）',
  'chart.mapping.mono.decreasing': '递减的（所有连线交叉：镜像）',
  'chart.mapping.mono.flat': '常数（所有 z 落在同一个 x 上）',
  'chart.mapping.mono.folded': ({ folds }) => `非单调的（${folds} 处折叠）`,
  'chart.mapping.summary': ({ step }) => `G 在 p_z 分位数上的值${step === null ? '' : `，第 ${step} 步`}`,
  'chart.mapping.noise': ({ dist }) => `${dist}（噪声）`,
  'chart.mapping.aria': 'z 到 x 的映射：G 在 p_z 分位数上的值',
  'chart.mapping.waiting': '正在等待第一个快照…',

  'chart.mleOverlay.legend': ({ K, m }) => `极大似然拟合（K = ${K}，m = ${m}）`,
  'chart.mleOverlay.title': '“似然”视图中的极大似然拟合',
};
