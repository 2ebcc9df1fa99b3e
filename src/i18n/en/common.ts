// English, the source language: the interface's frame (language names and the language control).
import type { Message } from '../catalogue';

export const common = {
  'language.label': 'Language',
  'language.auto': 'Browser’s language',
  'language.en': 'English',
  'language.zh-CN': '简体中文 (Simplified Chinese)',
} as const satisfies Record<string, Message>;
