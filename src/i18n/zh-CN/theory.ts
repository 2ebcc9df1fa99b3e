// 简体中文: the theory area's messages.
import type { TranslationOf } from '../catalogue';
import type { theory as en } from '../en/theory';

export const theory: TranslationOf<typeof en> = {};
