// ESLint keeps the rooms apart (see the README's Architecture): each room may import only from the
// rooms below it. TypeScript's per-room configs (tsconfig.*.json) keep the DOM out of core and engine.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

const tfjs = { group: ['@tensorflow/*'], message: 'tfjs belongs in src/engine (the worker), never on this side.' };
const react = {
  group: ['react', 'react-dom', 'react-dom/*'],
  message: 'React belongs in src/components and src/state.',
};
const room = (name, message) => ({ group: [`**/${name}/**`, `**/${name}`], message });
const engine = room('engine', 'src/engine (tfjs) runs in the worker: talk to it through src/core/protocol.ts.');
const state = room('state', 'src/state wires the page; this room must not depend on it.');
const components = room('components', 'src/components only draw: nothing below them may import them.');
const worker = room('worker', 'src/worker is an entry point; import from src/engine or src/core instead.');
const forbid = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

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
  // The rooms.
  { files: ['src/core/**'], rules: forbid(engine, state, components, worker, tfjs, react, { group: ['comlink'] }) },
  { files: ['src/i18n/**'], rules: forbid(engine, state, components, worker, tfjs, react, { group: ['comlink'] }) },
  { files: ['src/engine/**'], rules: forbid(state, components, worker, react) },
  { files: ['src/worker/**'], rules: forbid(state, components, react) },
  { files: ['src/state/**'], rules: forbid(engine, components, worker, tfjs) },
  { files: ['src/components/**'], rules: forbid(engine, worker, tfjs, { group: ['comlink'] }) },
  {
    files: ['src/bench/benchMain.ts'],
    rules: forbid(tfjs, engine, state, components),
  },
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
  prettier,
);
