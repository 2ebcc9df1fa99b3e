// 简体中文: the charts area's messages.
import type { TranslationOf } from '../catalogue';
import type { charts as en } from '../en/charts';

export const charts: TranslationOf<typeof en> = {};
