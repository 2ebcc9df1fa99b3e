// ESLint keeps the rooms apart (see the README's Architecture): each room may import only from the
// rooms below it. TypeScript's per-room configs (tsconfig.*.json) keep the DOM out of core and engine.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

// A restriction names what may not be imported twice over: as globs for no-restricted-imports (static
// imports and re-exports) and as a pattern for import() (no-restricted-syntax), so a lazy import obeys the
// same rooms.
const restrict = (group, source, message) => ({ group, source, message });
const tfjs = restrict(
  ['@tensorflow/*'],
  /^@tensorflow\//,
  'tfjs belongs in src/engine (the worker), never on this side.',
);
const react = restrict(
  ['react', 'react-dom', 'react-dom/*'],
  /^react(-dom)?(\/|$)/,
  'React belongs in src/components and src/state.',
);
const comlink = restrict(['comlink'], /^comlink$/, 'comlink talks to the worker: src/state and src/worker only.');
const room = (name, message) => restrict([`**/${name}/**`, `**/${name}`], new RegExp(`(^|/)${name}(/|$)`), message);
const engine = room('engine', 'src/engine (tfjs) runs in the worker: talk to it through src/core/protocol.ts.');
const state = room('state', 'src/state wires the page; this room must not depend on it.');
const components = room('components', 'src/components only draw: nothing below them may import them.');
const worker = room('worker', 'src/worker is an entry point; import from src/engine or src/core instead.');
const i18n = room('i18n', 'src/i18n holds the sentences: it imports core, never the other way (codes, not words).');
const forbid = (...restrictions) => ({
  'no-restricted-imports': ['error', { patterns: restrictions.map(({ group, message }) => ({ group, message })) }],
  // no-restricted-imports does not see import(): its source, a string or each piece of a template string.
  'no-restricted-syntax': [
    'error',
    ...restrictions.flatMap(({ source, message }) => [
      { selector: `ImportExpression[source.value=${source}]`, message: `import(): ${message}` },
      {
        selector: `ImportExpression > TemplateLiteral.source > TemplateElement[value.cooked=${source}]`,
        message: `import(): ${message}`,
      },
    ]),
  ],
});
// Core and i18n: the bottom rooms, for every thread.
const belowEverything = [engine, state, components, worker, tfjs, react, comlink];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench/out/', '.shots/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.worker } },
  },
  {
    files: ['src/state/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}', 'src/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  // The rooms. A file in two blocks gets the later block's list only (options replace, they do not add).
  { files: ['src/core/**'], ignores: ['src/core/**/*.test.ts'], rules: forbid(...belowEverything, i18n) },
  // Core's tests may read the catalogues (formulas.test.ts checks every formula has its words in each).
  { files: ['src/core/**/*.test.ts'], rules: forbid(...belowEverything) },
  { files: ['src/i18n/**'], rules: forbid(...belowEverything) },
  { files: ['src/engine/**'], rules: forbid(state, components, worker, react, i18n) },
  { files: ['src/worker/**'], rules: forbid(state, components, react, i18n) },
  { files: ['src/state/**'], rules: forbid(engine, components, worker, tfjs) },
  { files: ['src/components/**'], rules: forbid(engine, worker, tfjs, comlink) },
  // The page's entry and root (main.tsx, App.tsx) are the page's room: they reach the worker through src/state.
  { files: ['src/*.{ts,tsx}'], ignores: ['src/*.test.ts'], rules: forbid(engine, worker, tfjs, comlink) },
  { files: ['src/bench/benchMain.ts'], rules: forbid(tfjs, engine, state, components) },
  // The benchmark's worker side and the Node convergence run: the engine's neighbours.
  { files: ['src/bench/**'], ignores: ['src/bench/benchMain.ts'], rules: forbid(state, components, react, i18n) },
  {
    // Functions passed to page.evaluate() run in the page: browser globals too.
    files: ['e2e/**', 'bench/**', 'scripts/**', '*.config.{ts,js}', 'eslint.config.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Published coefficients (erfc, normal quantiles) are copied with all their digits, as printed.
    files: ['src/core/distributions.ts', 'src/core/noise.ts', 'src/core/*.test.ts'],
    rules: { 'no-loss-of-precision': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // One file, one idea: no source file over 400 lines (the message catalogues are lists, not ideas).
  // Stylesheets have their own limit (scripts/check-css-size.mjs, also in `npm run lint`).
  {
    files: ['**/*.{ts,tsx}'],
    ignores: ['src/i18n/en/**', 'src/i18n/zh-CN/**'],
    rules: { 'max-lines': ['error', { max: 400 }] },
  },
  prettier,
);
