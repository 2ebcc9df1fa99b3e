// `npm run lint`: no stylesheet of the app over 600 lines (one file, one idea: each view brings its own).
// ESLint keeps the .ts/.tsx files to 400 lines (max-lines in eslint.config.js).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const MAX_LINES = 600;
const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*.css'], {
  encoding: 'utf8',
})
  .split('\n')
  .filter((f) => f && fs.existsSync(f));
const tooLong = files
  .map((file) => ({ file, lines: fs.readFileSync(file, 'utf8').split('\n').length - 1 }))
  .filter(({ lines }) => lines > MAX_LINES);
for (const { file, lines } of tooLong)
  console.error(`${file}: ${lines} lines (at most ${MAX_LINES}: split it by what its rules style)`);
if (tooLong.length) process.exit(1);
console.log(`${files.length} stylesheets, none over ${MAX_LINES} lines`);
