// Every sentence of the lessons, sharing and saving parts of the page, in one place (the lessons' own
// titles and texts are in src/lessons/*.json). A second language later replaces these strings, not the
// callers'.

export const LESSON_TEXTS = {
  menuButton: 'Lessons',
  menuTitle: 'Guided lessons: each sets up the app and walks you through it',
  menuLabel: 'Lessons',
  /** Marks the lesson that is open in the menu. */
  menuCurrent: 'open',
  barLabel: (title: string) => `Lesson: ${title}`,
  barKicker: 'Lesson',
  stepOf: (step: number, steps: number) => `Step ${step} of ${steps}`,
  navLabel: 'Lesson steps',
  more: 'More',
  less: 'Less',
  moreCaption: 'Show the whole text of the lesson',
  lessCaption: 'Show the lesson text in two lines',
  back: 'Back',
  backDescription: 'Go back to the previous step of the lesson',
  next: 'Next',
  nextDescription: 'Go on to the next step of the lesson',
  leave: 'Leave lesson',
  leaveDescription: 'Close the lesson and restore your own setup from before it',
  /** The lesson in a link does not exist in this version of the app. */
  unknownLesson: (id: string) =>
    `The link opens the lesson “${id}”, which this version of the app does not have; the rest of the link was loaded.`,
} as const;

export const SHARE_TEXTS = {
  copyLink: 'Copy link',
  copyLinkDescription: 'Copy a link to this exact setup (every setting, the seed, the view, the lesson and its step)',
  copied: 'Link copied',
  copiedStatus: 'The link to this setup is on the clipboard.',
  manualTitle: 'Copy this link',
  manualReason: (reason: 'no-clipboard' | 'refused') =>
    reason === 'no-clipboard'
      ? 'This browser gives the page no clipboard here, so the link was not copied.'
      : 'The browser did not allow copying the link.',
  manualHint: 'The link is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
  manualField: 'Link to this setup',
  close: 'Close',
  restoreDefaults: 'Restore defaults',
  restoreDefaultsShort: 'Defaults',
  restoreDefaultsDescription: 'Set every setting back to its default (and leave any lesson); can be undone',
  defaultsRestored: 'Every setting is back to its default.',
  undo: 'Undo',
} as const;
