// English, the source language: the interface's frame (language names and the language control).
import type { Message } from '../catalogue';

export const common = {
  'language.label': 'Language',
  'language.auto': 'Language: auto',
  'language.en': 'English',
  'language.zh-CN': '简体中文',
} as const satisfies Record<string, Message>;
