// The lessons of this build: every src/lessons/<id>.json, checked by src/core/lessons.ts and in menu
// order. A file that does not validate is left out with a console warning (src/core/lessons.test.ts
// checks every file, so a broken one fails the unit tests before it gets here).
import { loadLessons, type Lesson } from '../core/lessons';

const files = import.meta.glob('../lessons/*.json', { eager: true, import: 'default' });
const loaded = loadLessons(files);
if (loaded.problems.length > 0) console.warn(`Lessons left out:\n${loaded.problems.join('\n')}`);

export const LESSONS: readonly Lesson[] = loaded.lessons;

export const lessonById = (id: string, lessons: readonly Lesson[] = LESSONS): Lesson | undefined =>
  lessons.find((l) => l.id === id);
