// 简体中文: the page's frame.
import type { TranslationOf } from '../catalogue';
import type { frame as en } from '../en/frame';

export const frame: TranslationOf<typeof en> = {
  'views.label': '视图',
  'views.loading': '加载中…',
  'views.loadingFormulas': '正在加载公式…',
  'view.playground.label': '训练场',
  'view.playground.description': 'GAN 实时训练：p_model 追赶 p_data，D 追赶 D*',
  'view.likelihood.label': '似然',
  'view.likelihood.description': '极大似然作为基准：用一个高斯或 EM 拟合 p_data 的 m 个样本，观察 KL(p_data‖拟合)',
  'view.explorer.label': '散度',
  'view.explorer.description': '两个密度 P 与 Q：双向 KL、JS、交叉熵与 W1，KL 从何而来，以及用 Q 拟合 P',
  'view.formulas.label': '公式',
  'view.formulas.description': '应用用到的每个公式，排版呈现，旁边是正在训练的 GAN 的数值',
  'view.dirac.label': 'GAN 为何绕圈',
  'view.dirac.description': '两参数的 Dirac GAN：梯度步围绕平衡点打转；R1 与实例噪声把它们拉回来',
  'view.experiment.label': '实验',
  'view.experiment.description': '一个种子只是个案：设置 A 对比变体 B，同时在许多种子上训练',
};
