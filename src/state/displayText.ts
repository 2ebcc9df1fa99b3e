// Every sentence of the display tools in one place (theme, presentation mode, the spoken progress, the
// help button), for the translation pass: components and src/state take their text from here.
import type { Theme } from '../core/settings';

export const DISPLAY_TEXT = {
  theme: {
    label: 'Theme',
    title: 'Colours: follow the system’s light or dark setting, or always light, or always dark',
    options: { system: 'System', light: 'Light', dark: 'Dark' } satisfies Record<Theme, string>,
  },
  presentation: {
    /** The button and the command (P). */
    label: 'Present',
    description: 'Presentation mode: full screen, large type, only the essential controls (Esc leaves it)',
  },
  help: {
    /** The help button's visible text, and so its accessible name (WCAG 2.5.3: the name holds the label). */
    label: 'Help',
    title: 'Help and keyboard shortcuts (?)',
  },
  /** A formula wider than its card: focusable so that the keyboard can scroll it. */
  scrollingFormula: 'Formula, scrolls sideways',
  announcer: {
    /** The polite live region's name. */
    region: 'Training progress',
    started: 'Training.',
    progress: (step: number, js: string, unit: string) => `Step ${step}, JS ${js} ${unit}.`,
    paused: (step: number, js: string, unit: string) => `Paused at step ${step}, JS ${js} ${unit}.`,
  },
} as const;
