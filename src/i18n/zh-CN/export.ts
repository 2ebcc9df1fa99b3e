// 简体中文: exporting and loading.
import type { TranslationOf } from '../catalogue';
import type { exportArea as en } from '../en/export';

export const exportArea: TranslationOf<typeof en> = {
  'pg.export.itemsLabel': '可下载或载入的文件',
  'pg.export.history': '历史（CSV）',
  'pg.export.historyLabel': '以 CSV 下载训练历史',
  'pg.export.historyTitle': '图中保存的每个点的步数、J(D)、J(G)、双向 KL、JS（奈特）与 W1',
  'pg.export.settings': '设置（JSON）',
  'pg.export.settingsLabel': '以 JSON 下载设置',
  'pg.export.loadSettings': '载入设置…',
  'pg.export.loadSettingsLabel': '从 JSON 文件载入设置',
  'pg.export.weights': '权重（TensorFlow.js）',
  'pg.export.weightsLabel': (p) => `下载训练好的权重（TensorFlow.js）：${p.json} 与 ${p.bin}`,
  'pg.export.loadWeights': '载入权重…',
  'pg.export.loadWeightsLabel': (p) => `载入权重：同时选择 ${p.json} 与 ${p.bin}`,
  'pg.export.weightsNote': '当 G 与 D 的结构相同时，权重会载入当前运行；优化器随后重新开始。',
  'pg.export.sectionData': '下载',
  'pg.export.sectionLoad': '载入',
  'pg.export.chartFormats': (p) => `“${p.title}”图：文件格式`,
  'pg.export.chartAs': (p) => `将“${p.title}”图导出为 ${p.format}`,
  'pg.export.chartHeading': (p) => `${p.title} · 第 ${p.step} 步`,
  'pg.export.chartFailed': (p) => `无法导出“${p.title}”图：${p.detail}`,
  'pg.export.noChart': (p) => `“${p.title}”图尚未绘制：没有可导出的内容。`,
  'pg.export.noWeights': '还没有可导出的权重：训练线程尚未开始运行。',
  'pg.export.weightsFailed': (p) => `无法导出权重：${p.detail}`,
  'pg.export.fileNoVersion': '文件没有版本号',
  'pg.export.fileUnknownVersion': (p) => `未知版本 ${p.raw}`,
  'pg.export.settingsLoaded': (p) => `已从“${p.file}”载入设置。`,
  'pg.export.settingsLoadedProblems': (p) =>
    `已从“${p.file}”载入设置，但有问题：${p.problems}。这些项保留了当前值（或最接近的有效值）。`,
  'pg.export.notJson': (p) => `它不是有效的 JSON（${p.detail}）`,
  'pg.export.notAnObject': '它不是一个设置对象',
  'pg.export.noSettings': '它不含本应用的任何设置',
  'pg.export.weightsFile': (p) => `它是一个权重文件：请用“${p.button}”载入`,
  'pg.export.newerVersion': (p) => `它来自更新版本的应用（版本 ${p.version}）`,
  'pg.export.settingsNotLoaded': (p) => `未从“${p.file}”载入设置：${p.why}。没有任何改动。`,
  'pg.export.readFailed': (p) => `无法读取“${p.file}”：${p.detail}。没有任何改动。`,
  'pg.export.loadedAll': 'G、D 以及 G 的滑动平均（EMA）',
  'pg.export.loadedFromG': 'G 与 D（G 的滑动平均从载入的 G 重新开始）',
  'pg.export.loadedGD': 'G 与 D',
  'pg.export.weightsLoaded': (p) =>
    `已从“${p.file}”载入${p.what}；训练从它们继续，当前为第 ${p.step} 步。优化器的矩已重置（Adam 的平均值从零开始）。`,
  'pg.export.w.notJson': (p) => `“${p.json}”不是有效的 JSON（${p.detail}）`,
  'pg.export.w.notWeights': (p) => `“${p.json}”不是 GAN Playground 的权重文件（${p.name}）`,
  'pg.export.w.badFile': (p) => `“${p.json}”已损坏或不完整：${p.detail}`,
  'pg.export.w.network': (p) =>
    `文件中的 ${p.network} 是 ${p.file}，而当前的 ${p.network} 是 ${p.current}。请设置相同的网络（或载入与权重一起保存的设置）后再载入`,
  'pg.export.w.noise': (p) =>
    `文件中的 G 是用 ${p.file} 噪声训练的，而当前的 p_z 是 ${p.current}。请设置相同的噪声后再载入`,
  'pg.export.w.wrongSize': (p) =>
    `“${p.bin}”有 ${p.actual} 字节，而“${p.json}”描述的是 ${p.expected} 字节：两个文件不配套，或其中一个已损坏`,
  'pg.export.w.notFinite': (p) => `“${p.bin}”的 ${p.name} 中含有 NaN 或 ∞`,
  'pg.export.w.unstableOutputs': (p) =>
    `“${p.bin}”中的权重使 G 的样本超出 ±${p.bound.toLocaleString('zh-CN')}，或使 D 的输出超出范围：无法从它们开始训练（当前运行保持不变）`,
  'pg.export.w.unstableStep': (p) =>
    `从“${p.bin}”中的权重出发，仅一步训练就已崩溃（NaN、∞ 或样本超出 ±${p.bound.toLocaleString('zh-CN')}）：当前运行保持不变`,
  'pg.export.w.noRun': '还没有可载入的运行（训练线程正在启动）',
  'pg.export.weightsNotLoaded': (p) => `未载入权重：${p.why}。运行没有改变。`,
  'pg.export.needBoth': (p) =>
    `未载入权重：请同时选择两个文件，${p.json} 与 ${p.bin}${p.chosen ? `（已选：${p.chosen}）` : ''}。运行没有改变。`,
};
