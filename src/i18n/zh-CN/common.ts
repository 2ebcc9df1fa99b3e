// 简体中文: the interface's frame.
import type { TranslationOf } from '../catalogue';
import type { common as en } from '../en/common';

export const common: TranslationOf<typeof en> = {
  'language.label': '语言',
  'language.auto': '跟随浏览器',
  'language.en': 'English（英语）',
  'language.zh-CN': '简体中文',
};
