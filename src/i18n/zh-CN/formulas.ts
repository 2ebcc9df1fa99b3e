// 简体中文: the formulas area's messages.
import type { TranslationOf } from '../catalogue';
import type { formulas as en } from '../en/formulas';

export const formulas: TranslationOf<typeof en> = {};
