// 简体中文: the whole catalogue, one chunk loaded when the language is chosen (see ../messages.ts).
import type { Catalogue } from '../messages';
import { charts } from './charts';
import { common } from './common';
import { experiment } from './experiment';
import { exportArea } from './export';
import { formulas } from './formulas';
import { frame } from './frame';
import { playground } from './playground';
import { theory } from './theory';

export const zhCN: Catalogue = {
  ...common,
  ...frame,
  ...playground,
  ...charts,
  ...theory,
  ...formulas,
  ...exportArea,
  ...experiment,
};
