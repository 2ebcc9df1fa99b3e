// Weights out and back in as tfjs model artifacts, under Node on the CPU backend: the same parameters
// after a round trip, what tfjs itself reads from the files, mismatches and corrupt files rejected
// with the run untouched, and no tensor leaks.
import { beforeAll, describe, expect, test } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { createTfGan, type TfGan } from './tfGan';
import { exportWeights, importWeights } from './weightsIo';
import { Trainer } from './trainer';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import { discriminatorSpec, generatorSpec, mlpLayout } from '../core/network';
import { WEIGHTS_BIN_NAME, WEIGHTS_FORMAT, type WeightsJson } from '../core/weightsFile';
import type { Snapshot } from '../core/protocol';

const settings: Settings = { ...DEFAULT_SETTINGS, batchSize: 32, emaDecay: 0.99 };

async function trained(s: Settings = settings, steps = 40, seed = s.seed): Promise<TfGan> {
  const gan = await createTfGan('cpu', { ...s, seed });
  gan.trainSteps(steps);
  return gan;
}

const arrays = (p: { g: Float32Array; d: Float32Array; gEma?: Float32Array }) => ({
  g: Array.from(p.g),
  d: Array.from(p.d),
  gEma: p.gEma ? Array.from(p.gEma) : undefined,
});

/** A copy of the bytes (the originals may be handed to a worker and detached). */
const copy = (b: ArrayBuffer) => b.slice(0);

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('weights as tfjs artifacts', () => {
  test('the JSON is a tfjs ModelJSON of our format; tfjs reads the .bin with it', async () => {
    const gan = await trained();
    const { json, bin } = await exportWeights(gan, settings, 40);
    const file = JSON.parse(json) as WeightsJson;
    const gCount = mlpLayout(generatorSpec(settings)).count;
    const dCount = mlpLayout(discriminatorSpec(settings)).count;
    expect(file.format).toBe(WEIGHTS_FORMAT);
    expect(file.generatedBy).toMatch(/TensorFlow\.js \d/);
    expect(file.modelTopology.generator).toMatchObject({
      sizes: [1, 16, 16, 1],
      activation: 'tanh',
      noise: 'normal',
    });
    expect(file.modelTopology.discriminator).toMatchObject({ sizes: [1, 16, 16, 16, 1], parameters: dCount });
    expect(file.userDefinedMetadata).toMatchObject({ step: 40, seed: settings.seed });
    expect(file.weightsManifest).toEqual([
      {
        paths: [WEIGHTS_BIN_NAME],
        weights: [
          { name: 'G/flat', shape: [gCount], dtype: 'float32' },
          { name: 'D/flat', shape: [dCount], dtype: 'float32' },
          { name: 'G_ema/flat', shape: [gCount], dtype: 'float32' },
        ],
      },
    ]);
    expect(bin.byteLength).toBe(4 * (2 * gCount + dCount));

    // tfjs's own loader path: ModelJSON + a weights fetcher → artifacts → tensors.
    const artifacts = await tf.io.getModelArtifactsForJSON(file as unknown as tf.io.ModelJSON, async () => [
      tf.io.getWeightSpecs(file.weightsManifest),
      copy(bin),
    ]);
    const tensors = tf.io.decodeWeights(artifacts.weightData!, artifacts.weightSpecs!);
    const params = await gan.parameters();
    expect(Array.from(tensors['G/flat'].dataSync())).toEqual(Array.from(params.g));
    expect(Array.from(tensors['D/flat'].dataSync())).toEqual(Array.from(params.d));
    expect(Array.from(tensors['G_ema/flat'].dataSync())).toEqual(Array.from(params.gEma!));
    // Little-endian float32, in manifest order: the first value of G is the first 4 bytes.
    expect(new DataView(bin).getFloat32(0, true)).toBe(params.g[0]);
    Object.values(tensors).forEach((t) => t.dispose());
    gan.dispose();
  });

  test('round trip: another GAN of the same shape gets exactly the same parameters and evaluates the same', async () => {
    const source = await trained(settings, 60, 3);
    const target = await trained(settings, 5, 99);
    const { json, bin } = await exportWeights(source, settings, 60);
    const before = tf.memory().numTensors;
    const result = await importWeights(target, settings, json, copy(bin), 5);
    expect(result).toEqual({ ok: true, loaded: ['G/flat', 'D/flat', 'G_ema/flat'], ema: 'loaded', step: 5 });
    expect(tf.memory().numTensors, 'no tensor leak on import').toBe(before);
    expect(arrays(await target.parameters())).toEqual(arrays(await source.parameters()));
    const z = Float32Array.from({ length: 51 }, (_, i) => -3 + (6 * i) / 50);
    const x = Float32Array.from({ length: 41 }, (_, i) => -4 + (8 * i) / 40);
    const [a, b] = await Promise.all([source.evaluate(z, x), target.evaluate(z, x)]);
    expect(Array.from(b.g)).toEqual(Array.from(a.g));
    expect(Array.from(b.d)).toEqual(Array.from(a.d));
    // It trains on from there, and keeps its tensor count while it does (evaluate() keeps its grid tensors).
    const steady = tf.memory().numTensors;
    target.trainSteps(5);
    await target.losses();
    await target.evaluate(z, x);
    expect(tf.memory().numTensors).toBe(steady);
    const after = await target.parameters();
    expect(Array.from(after.g)).not.toEqual(Array.from((await source.parameters()).g));
    source.dispose();
    target.dispose();
  });

  test('EMA: restarted from the loaded G when the file has none; ignored when EMA is off here', async () => {
    const noEma = { ...settings, emaDecay: 0 };
    const source = await trained(noEma, 30, 4);
    const exported = await exportWeights(source, noEma, 30);
    expect(JSON.parse(exported.json).weightsManifest[0].weights.map((w: { name: string }) => w.name)).toEqual([
      'G/flat',
      'D/flat',
    ]);
    const withEma = await trained(settings, 3, 8);
    const r = await importWeights(withEma, settings, exported.json, copy(exported.bin), 3);
    expect(r).toMatchObject({ ok: true, ema: 'from-g', loaded: ['G/flat', 'D/flat'] });
    const p = await withEma.parameters();
    expect(Array.from(p.gEma!)).toEqual(Array.from((await source.parameters()).g));

    const emaFile = await exportWeights(withEma, settings, 3);
    const off = await trained(noEma, 3, 9);
    const r2 = await importWeights(off, noEma, emaFile.json, copy(emaFile.bin), 3);
    expect(r2).toMatchObject({ ok: true, ema: 'off', loaded: ['G/flat', 'D/flat'] });
    expect((await off.parameters()).gEma).toBeUndefined();
    for (const g of [source, withEma, off]) g.dispose();
  });

  test('a mismatch or a corrupt file is rejected with its reason, the run untouched, no tensor leak', async () => {
    const source = await trained(settings, 20, 5);
    const { json, bin } = await exportWeights(source, settings, 20);
    const target = await trained(settings, 10, 6);
    const untouched = arrays(await target.parameters());
    const before = tf.memory().numTensors;
    const file = JSON.parse(json);
    const withJson = (edit: (f: WeightsJson) => void) => {
      const f = structuredClone(file);
      edit(f);
      return JSON.stringify(f);
    };
    const cases: [string, string, ArrayBuffer, Settings, string][] = [
      ['wider G here', json, bin, { ...settings, gHidden: 32 }, 'network-mismatch'],
      ['shallower D here', json, bin, { ...settings, dDepth: 2 }, 'network-mismatch'],
      ['tanh D here', json, bin, { ...settings, dActivation: 'tanh' }, 'network-mismatch'],
      ['other noise', json, bin, { ...settings, noise: 'uniform' }, 'noise-mismatch'],
      ['not JSON', json.slice(0, 50), bin, settings, 'not-json'],
      ['settings file', JSON.stringify({ version: 1, mean0: 1 }), bin, settings, 'not-weights'],
      ['no D', withJson((f) => f.weightsManifest[0].weights.splice(1, 1)), bin, settings, 'bad-file'],
      [
        'float16',
        withJson((f) => ((f.weightsManifest[0].weights[0] as { dtype: string }).dtype = 'float16')),
        bin,
        settings,
        'bad-file',
      ],
      ['wrong count', withJson((f) => (f.weightsManifest[0].weights[0].shape = [5])), bin, settings, 'bad-file'],
      ['truncated bin', json, bin.slice(0, 100), settings, 'wrong-size'],
      ['longer bin', json, new ArrayBuffer(bin.byteLength + 4), settings, 'wrong-size'],
    ];
    const nan = copy(bin);
    new Float32Array(nan)[3] = NaN;
    cases.push(['NaN in G', json, nan, settings, 'not-finite']);
    // Finite but absurd: every weight 3·10³⁸ (G's samples overflow), or 30 (G's samples ~10⁶ away).
    const absurd = (v: number) => {
      const b = copy(bin);
      new Float32Array(b).fill(v);
      return b;
    };
    cases.push(['every weight 3e38', json, absurd(3e38), settings, 'unstable']);
    cases.push(['every weight 30', json, absurd(30), settings, 'unstable']);
    for (const [what, text, bytes, s, code] of cases) {
      const r = await importWeights(target, s, text, copy(bytes), 10);
      expect(r.ok, what).toBe(false);
      if (!r.ok) expect(r.problem.code, what).toBe(code);
    }
    // The G mismatch says what the file has and what the page has.
    const m = await importWeights(target, { ...settings, gHidden: 32 }, json, copy(bin), 10);
    expect(m).toEqual({
      ok: false,
      problem: {
        code: 'network-mismatch',
        network: 'G',
        file: { sizes: [1, 16, 16, 1], activation: 'tanh' },
        current: { sizes: [1, 32, 32, 1], activation: 'tanh' },
      },
    });
    expect(arrays(await target.parameters())).toEqual(untouched);
    expect(tf.memory().numTensors).toBe(before);
    source.dispose();
    target.dispose();
  });
});

describe('the Trainer exports and imports weights', () => {
  test('import into a fresh run: the same p_model at once (a snapshot is posted), at the same settings', async () => {
    const s = { ...DEFAULT_SETTINGS, batchSize: 32 };
    const start = async (seed: number) => {
      const snapshots: Snapshot[] = [];
      const trainer = new Trainer({ backends: ['cpu'] });
      await trainer.init(
        { ...s, seed },
        (x) => snapshots.push(x),
        () => {},
      );
      return { trainer, snapshots };
    };
    const a = await start(11);
    for (let i = 0; i < 30; i++) await a.trainer.step();
    const jsA = a.snapshots.at(-1)!.analysis.js;
    const artifacts = (await a.trainer.exportWeights())!;
    expect(JSON.parse(artifacts.json).userDefinedMetadata.step).toBe(30);

    const b = await start(12);
    const jsB0 = b.snapshots.at(-1)!.analysis.js;
    expect(jsB0).not.toBeCloseTo(jsA, 6);
    const count = b.snapshots.length;
    const tensors = tf.memory().numTensors;
    const r = await b.trainer.importWeights(artifacts.json, artifacts.bin);
    expect(r).toMatchObject({ ok: true, step: 0, ema: 'loaded' });
    expect(b.snapshots.length).toBe(count + 1);
    expect(b.snapshots.at(-1)!.analysis.js).toBeCloseTo(jsA, 12);
    expect(Array.from(b.snapshots.at(-1)!.analysis.pModel)).toEqual(Array.from(a.snapshots.at(-1)!.analysis.pModel));
    expect(tf.memory().numTensors).toBe(tensors);

    // A corrupt file: a problem, no snapshot, nothing changed.
    const bad = await b.trainer.importWeights(artifacts.json.replace('"G/flat"', '"X/flat"'), new ArrayBuffer(8));
    expect(bad.ok).toBe(false);
    expect(b.snapshots.length).toBe(count + 1);
    await a.trainer.dispose();
    await b.trainer.dispose();
  });

  test('finite but absurd weights are refused: the run keeps its weights, its snapshot and trains on', async () => {
    const statuses: string[] = [];
    const snapshots: Snapshot[] = [];
    const trainer = new Trainer({ backends: ['cpu'] });
    await trainer.init(
      { ...DEFAULT_SETTINGS, batchSize: 32, seed: 5 },
      (x) => snapshots.push(x),
      (st) => statuses.push(st.kind),
    );
    for (let i = 0; i < 10; i++) await trainer.step();
    const artifacts = (await trainer.exportWeights())!;
    const bin = copy(artifacts.bin);
    new Float32Array(bin).fill(3e38);
    const count = snapshots.length;
    const r = await trainer.importWeights(artifacts.json, bin);
    expect(r).toMatchObject({ ok: false, problem: { code: 'unstable', when: 'outputs' } });
    expect(snapshots.length, 'no snapshot: nothing changed').toBe(count);
    const after = (await trainer.exportWeights())!;
    expect(new Float32Array(after.bin)).toEqual(new Float32Array(artifacts.bin));
    await trainer.step();
    expect(snapshots.at(-1)!.step).toBe(11);
    expect(Number.isFinite(snapshots.at(-1)!.analysis.js)).toBe(true);
    expect(statuses).not.toContain('diverged');
    await trainer.dispose();
  });

  test('before a run exists: export gives null, import says there is no run', async () => {
    const trainer = new Trainer({ backends: ['cpu'] });
    expect(await trainer.exportWeights()).toBeNull();
    expect(await trainer.importWeights('{}', new ArrayBuffer(0))).toEqual({ ok: false, problem: { code: 'no-run' } });
  });
});
