// 简体中文: the playground area's messages.
import type { TranslationOf } from '../catalogue';
import type { playground as en } from '../en/playground';

export const playground: TranslationOf<typeof en> = {};
