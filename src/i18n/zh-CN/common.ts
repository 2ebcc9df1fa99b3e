// 简体中文: the interface's frame.
import type { TranslationOf } from '../catalogue';
import type { common as en } from '../en/common';

export const common: TranslationOf<typeof en> = {
  'language.label': '语言',
  'language.auto': '语言：自动',
  'language.en': 'English',
  'language.zh-CN': '简体中文',
};
