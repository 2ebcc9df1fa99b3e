// The room rules (README, "Architecture") proved to bite. Each forbidden arrow is a probe source, never
// written to disk, that ESLint (eslint.config.js) or TypeScript (tsconfig.<room>.json) must reject, and
// each room has a control probe that keeps the rules and must pass, so a probe cannot fail for a reason
// of its own (a typo, a parse error, a missing file).
import { ESLint } from 'eslint';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..');

// --- ESLint: the import rules ---------------------------------------------------------------------

/** What a room may not import, by the start of each rule's message (eslint.config.js). */
const ENGINE = 'src/engine (tfjs) runs in the worker';
const WORKER = 'src/worker is an entry point';
const STATE = 'src/state wires the page';
const COMPONENTS = 'src/components only draw';
const I18N = 'src/i18n holds the sentences';
const TFJS = 'tfjs belongs in src/engine';
const REACT = 'React belongs in src/components';
const COMLINK = 'comlink talks to the worker';

/** [the probe file, the import it may not make, the rule's message]. */
type Arrow = readonly [file: string, source: string, message: string];
const FORBIDDEN: readonly Arrow[] = [
  // A component draws and dispatches: no engine, no worker, no tfjs, no comlink.
  ['src/components/RoomProbe.tsx', '../engine/trainer', ENGINE],
  ['src/components/charts/RoomProbe.tsx', '../../engine/tfGan', ENGINE],
  ['src/components/RoomProbe.tsx', '../worker/trainer.worker', WORKER],
  ['src/components/RoomProbe.tsx', '@tensorflow/tfjs-core', TFJS],
  ['src/components/RoomProbe.tsx', 'comlink', COMLINK],
  // The page's entry and root are the page's room.
  ['src/App.tsx', './engine/trainer', ENGINE],
  ['src/App.tsx', '@tensorflow/tfjs-core', TFJS],
  ['src/App.tsx', './worker/trainer.worker', WORKER],
  ['src/main.tsx', './engine/trainer', ENGINE],
  ['src/main.tsx', '@tensorflow/tfjs-backend-webgl', TFJS],
  // Core is pure TypeScript for every thread, and knows no catalogue.
  ['src/core/roomProbe.ts', '@tensorflow/tfjs-core', TFJS],
  ['src/core/roomProbe.ts', 'react', REACT],
  ['src/core/roomProbe.ts', 'react-dom/client', REACT],
  ['src/core/roomProbe.ts', '../state/store', STATE],
  ['src/core/roomProbe.ts', '../components/Header', COMPONENTS],
  ['src/core/roomProbe.ts', '../engine/tfGan', ENGINE],
  ['src/core/roomProbe.ts', '../i18n/language', I18N],
  ['src/core/roomProbe.ts', '../i18n/en/formulas', I18N],
  ['src/core/roomProbe.ts', 'comlink', COMLINK],
  // The catalogues sit beside core: nothing above them.
  ['src/i18n/roomProbe.ts', '../state/messages', STATE],
  ['src/i18n/roomProbe.ts', 'react', REACT],
  // State wires the page: it does not draw, and reaches the engine only through the worker.
  ['src/state/roomProbe.ts', '../components/Header', COMPONENTS],
  ['src/state/roomProbe.ts', '../engine/trainer', ENGINE],
  ['src/state/roomProbe.ts', '@tensorflow/tfjs-core', TFJS],
  // The engine runs in the worker: no page, no React, no sentences.
  ['src/engine/roomProbe.ts', '../state/store', STATE],
  ['src/engine/roomProbe.ts', '../components/Header', COMPONENTS],
  ['src/engine/roomProbe.ts', 'react', REACT],
  ['src/engine/roomProbe.ts', '../i18n/messages', I18N],
  ['src/engine/roomProbe.ts', '../worker/trainer.worker', WORKER],
  ['src/worker/roomProbe.ts', '../state/trainerClient', STATE],
  ['src/bench/roomProbe.ts', '../state/store', STATE],
  ['src/bench/benchMain.ts', '../engine/trainer', ENGINE],
];

/** One source per room that keeps the rules, with a lazy import of its own: it must lint clean. */
const CONTROLS: readonly (readonly [file: string, code: string])[] = [
  [
    'src/components/RoomProbe.tsx',
    "import '../core/grid';\nimport '../state/context';\nimport '../i18n/messages';\nimport 'react';\n" +
      "export const load = () => import('./likelihood/LikelihoodView');\n",
  ],
  [
    'src/App.tsx',
    "import './components/Header';\nimport './state/appState';\nimport 'react-dom/client';\n" +
      "export const load = () => import('./components/views');\n",
  ],
  ['src/main.tsx', "import './App';\nimport './state/trainerConnection';\n"],
  ['src/core/roomProbe.ts', "import './settings';\nexport const load = () => import('./grid');\n"],
  // Core's tests may read the catalogues (formulas.test.ts checks that every formula has its words).
  ['src/core/roomProbe.test.ts', "import '../i18n/en/formulas';\nimport 'vitest';\n"],
  ['src/i18n/roomProbe.ts', "import '../core/settings';\nexport const load = () => import('./zh-CN/common');\n"],
  [
    'src/state/roomProbe.ts',
    "import '../core/protocol';\nimport '../i18n/messages';\nimport 'comlink';\nimport 'react';\n",
  ],
  ['src/engine/roomProbe.ts', "import '@tensorflow/tfjs-core';\nimport '../core/protocol';\n"],
  ['src/worker/roomProbe.ts', "import '../engine/trainer';\nimport 'comlink';\n"],
  ['src/bench/roomProbe.ts', "import '../engine/trainer';\nimport '../worker/wasmAssets';\n"],
  ['src/bench/benchMain.ts', "import './types';\nimport '../core/grid';\n"],
];

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

const lint = async (file: string, code: string) => {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  return result.messages.map((m) => ({ rule: m.ruleId, message: m.message }));
};

describe('ESLint keeps the rooms apart', () => {
  describe.each(FORBIDDEN)('%s may not import %s', (file, source, message) => {
    it('statically', async () => {
      const errors = await lint(file, `import '${source}';\n`);
      expect(errors).toEqual([{ rule: 'no-restricted-imports', message: expect.stringContaining(message) }]);
    });

    it('as a re-export', async () => {
      const errors = await lint(file, `export * from '${source}';\n`);
      expect(errors).toEqual([{ rule: 'no-restricted-imports', message: expect.stringContaining(message) }]);
    });

    it('with import()', async () => {
      const errors = await lint(file, `export const load = () => import('${source}');\n`);
      expect(errors).toEqual([{ rule: 'no-restricted-syntax', message: expect.stringContaining(message) }]);
    });
  });

  it('reads the pieces of a template string in import()', async () => {
    const code = 'export const load = (name: string) => import(`../engine/${name}`);\n';
    const errors = await lint('src/components/RoomProbe.tsx', code);
    expect(errors).toEqual([{ rule: 'no-restricted-syntax', message: expect.stringContaining(ENGINE) }]);
  });

  it.each(CONTROLS)('%s may import what its room allows', async (file, code) => {
    expect(await lint(file, code)).toEqual([]);
  });
  it('keeps a source file to 400 lines, and a message catalogue to none', async () => {
    const lines = (n: number) => Array.from({ length: n }, (_, i) => `export const v${i} = ${i};\n`).join('');
    expect(await lint('src/core/roomProbe.ts', lines(400))).toEqual([]);
    expect(await lint('src/core/roomProbe.ts', lines(401))).toEqual([
      { rule: 'max-lines', message: expect.stringContaining('Maximum allowed is 400') },
    ]);
    expect(await lint('src/components/RoomProbe.tsx', lines(401))).toEqual([
      { rule: 'max-lines', message: expect.stringContaining('Maximum allowed is 400') },
    ]);
    expect(await lint('src/i18n/en/roomProbe.ts', lines(401))).toEqual([]);
  });
});

// --- TypeScript: each room's globals --------------------------------------------------------------

/**
 * Type-checks probe sources as if they were files of a room's config: the config's own program (its
 * files, lib and types) with the probes added in memory. Returns each probe's error messages.
 */
function typeErrors(config: string, probes: Record<string, string>): Record<string, string[]> {
  const parsed = ts.getParsedCommandLineOfConfigFile(join(ROOT, config), undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  });
  if (!parsed) throw new Error(`cannot read ${config}`);
  const paths = Object.fromEntries(Object.entries(probes).map(([file, code]) => [join(ROOT, file), code]));
  // A probe counts only where the config really reaches: beside a file the config checks.
  for (const path of Object.keys(paths)) {
    expect(parsed.fileNames.some((f) => dirname(f) === dirname(path))).toBe(true);
  }
  const host = ts.createCompilerHost(parsed.options);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (name, language, ...rest) =>
    name in paths
      ? ts.createSourceFile(name, paths[name], language)
      : getSourceFile.call(host, name, language, ...rest);
  host.fileExists = (name) => name in paths || fileExists.call(host, name);
  host.readFile = (name) => (name in paths ? paths[name] : readFile.call(host, name));
  const program = ts.createProgram({
    rootNames: [...parsed.fileNames, ...Object.keys(paths)],
    options: parsed.options,
    host,
  });
  return Object.fromEntries(
    Object.keys(probes).map((file) => [
      file,
      ts
        .getPreEmitDiagnostics(program, program.getSourceFile(join(ROOT, file)))
        .map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' ')),
    ]),
  );
}

const cannotFind = (name: string) => [expect.stringContaining(`Cannot find name '${name}'`)];

describe('TypeScript keeps the DOM out of core and the engine', () => {
  it('core and i18n (tsconfig.core.json): the language only, no DOM, no worker, no Node', () => {
    const errors = typeErrors('tsconfig.core.json', {
      'src/core/probeDocument.ts': 'export const title = document.title;\n',
      'src/core/probeWindow.ts': 'export const width = window.innerWidth;\n',
      'src/core/probeWorker.ts': 'export const post = () => postMessage(1);\n',
      'src/core/probeNode.ts': 'export const env = process.env;\n',
      'src/i18n/probeDocument.ts': 'export const title = document.title;\n',
      'src/core/probeControl.ts':
        "import { SETTINGS_VERSION } from './settings';\nexport const x = [Math.hypot(3, 4)].at(0)! + SETTINGS_VERSION;\n",
    });
    expect(errors).toEqual({
      'src/core/probeDocument.ts': cannotFind('document'),
      'src/core/probeWindow.ts': cannotFind('window'),
      'src/core/probeWorker.ts': cannotFind('postMessage'),
      'src/core/probeNode.ts': cannotFind('process'),
      'src/i18n/probeDocument.ts': cannotFind('document'),
      'src/core/probeControl.ts': [],
    });
  });

  it('the engine and the worker (tsconfig.worker.json): worker globals and tfjs, no DOM', () => {
    const errors = typeErrors('tsconfig.worker.json', {
      'src/engine/probeDocument.ts': 'export const title = document.title;\n',
      'src/worker/probeWindow.ts': 'export const width = window.innerWidth;\n',
      'src/engine/probeControl.ts':
        "import * as tf from '@tensorflow/tfjs-core';\nexport const post = () => self.postMessage(tf.scalar(1).dataSync()[0]);\n",
    });
    expect(errors).toEqual({
      'src/engine/probeDocument.ts': cannotFind('document'),
      'src/worker/probeWindow.ts': cannotFind('window'),
      'src/engine/probeControl.ts': [],
    });
  });

  it('the page (tsconfig.app.json) has the DOM: the same probe passes there', () => {
    const errors = typeErrors('tsconfig.app.json', {
      'src/components/probeDocument.ts': 'export const title = document.title;\n',
    });
    expect(errors).toEqual({ 'src/components/probeDocument.ts': [] });
  });
});
