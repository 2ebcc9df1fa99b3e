// Which language the interface speaks: the setting, or with 'auto' the browser's first preference that
// we have (any Chinese → Simplified Chinese), else English.
import type { Language } from '../core/settings';
import type { UiLanguage } from '../core/uiLanguages';

export function resolveLanguage(setting: Language, preferred: readonly string[]): UiLanguage {
  if (setting !== 'auto') return setting;
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}
