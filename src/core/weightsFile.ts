// The trained networks as tfjs model artifacts: gan-weights.json (a tfjs ModelJSON: modelTopology,
// weightsManifest, format, generatedBy) and gan-weights.bin (the float32 values, little-endian, in the
// manifest's order). tf.io.decodeWeights(bin, manifest[0].weights) reads them back as tensors named
// 'G/flat', 'D/flat' and, while G's weights are averaged (EMA), 'G_ema/flat'. Each is a network's flat
// parameter vector in network.ts's layout: per layer, the weight matrix (row-major [in, out]), then the
// biases. This module builds the JSON and checks a file against the current networks; the tfjs part
// (encoding, decoding) is in src/engine/weightsIo.ts. Problems are data (codes); the page words them.
import { discriminatorSpec, generatorSpec, mlpLayout, type MlpSpec } from './network';
import type { Activation, NoiseKind, TrainingSettings } from './settings';

export const WEIGHTS_FORMAT = 'gan-playground-weights';
export const WEIGHTS_JSON_NAME = 'gan-weights.json';
export const WEIGHTS_BIN_NAME = 'gan-weights.bin';
export const WEIGHT_NAMES = { g: 'G/flat', d: 'D/flat', gEma: 'G_ema/flat' } as const;
export type WeightName = (typeof WEIGHT_NAMES)[keyof typeof WEIGHT_NAMES];

/** One network as the file describes it. */
interface NetworkTopology {
  /** Layer widths including input and output, e.g. [1, 16, 16, 1]. */
  sizes: number[];
  hiddenWidth: number;
  hiddenLayers: number;
  activation: Activation;
  /** Number of parameters: the length of its flat vector. */
  parameters: number;
  /** How the flat vector is laid out. */
  layout: string;
}

interface WeightsTopology {
  generator: NetworkTopology & { noise: NoiseKind };
  discriminator: NetworkTopology;
}

/** A tfjs WeightsManifestEntry, as this app writes it. */
export interface WeightSpec {
  name: string;
  shape: number[];
  dtype: 'float32';
}

/** gan-weights.json: a tfjs ModelJSON. */
export interface WeightsJson {
  format: typeof WEIGHTS_FORMAT;
  generatedBy: string;
  convertedBy: null;
  modelTopology: WeightsTopology;
  weightsManifest: { paths: string[]; weights: WeightSpec[] }[];
  userDefinedMetadata: { step: number; seed: number; objective: string; exportedAt?: string };
}

const LAYOUT = 'per layer: weights row-major [in, out], then biases';

function networkTopology(spec: MlpSpec): NetworkTopology {
  return {
    sizes: [...spec.sizes],
    hiddenWidth: spec.sizes[1],
    hiddenLayers: spec.sizes.length - 2,
    activation: spec.activation,
    parameters: mlpLayout(spec).count,
    layout: LAYOUT,
  };
}

/** What the current settings' networks look like in a file. */
function weightsTopology(s: TrainingSettings): WeightsTopology {
  return {
    generator: { ...networkTopology(generatorSpec(s)), noise: s.noise },
    discriminator: networkTopology(discriminatorSpec(s)),
  };
}

/** The JSON of the artifacts, given the manifest entries of the .bin (in its order). */
export function weightsJson(
  s: TrainingSettings,
  specs: readonly WeightSpec[],
  meta: { step: number; generatedBy: string; exportedAt?: string },
): WeightsJson {
  return {
    format: WEIGHTS_FORMAT,
    generatedBy: meta.generatedBy,
    convertedBy: null,
    modelTopology: weightsTopology(s),
    weightsManifest: [{ paths: [WEIGHTS_BIN_NAME], weights: specs.map((w) => ({ ...w, shape: [...w.shape] })) }],
    userDefinedMetadata: {
      step: meta.step,
      seed: s.seed,
      objective: s.objective,
      ...(meta.exportedAt ? { exportedAt: meta.exportedAt } : {}),
    },
  };
}

/** A network in a few words' worth of data, for the mismatch message. */
export interface NetworkSummary {
  sizes: number[];
  activation: string;
}

/** Why a weights file was not loaded. */
export type WeightsProblem =
  | { code: 'not-json'; detail: string }
  /** Valid JSON, but not this app's weights file (no `format: 'gan-playground-weights'`). */
  | { code: 'not-weights' }
  /** Our format, but a field is missing or malformed. */
  | { code: 'bad-file'; detail: string }
  | { code: 'network-mismatch'; network: 'G' | 'D'; file: NetworkSummary; current: NetworkSummary }
  | { code: 'noise-mismatch'; file: string; current: NoiseKind }
  /** The .bin does not have the bytes the manifest describes. */
  | { code: 'wrong-size'; expected: number; actual: number }
  | { code: 'not-finite'; name: string }
  /**
   * Finite, but a run on them breaks: G's samples beyond ±bound (or D's outputs absurd / not finite) on
   * the grids as loaded ('outputs') or after one training step ('training-step').
   */
  | { code: 'unstable'; when: 'outputs' | 'training-step'; bound: number }
  /** No run to load into (the worker has not started one). */
  | { code: 'no-run' }
  | { code: 'internal'; detail: string };

export interface ParsedWeights {
  json: WeightsJson;
  /** The manifest's entries, in the .bin's order. */
  specs: WeightSpec[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isSizes = (v: unknown): v is number[] =>
  Array.isArray(v) && v.length >= 2 && v.every((n) => Number.isInteger(n) && n > 0 && n <= 4096);

function readNetwork(v: unknown, name: string): NetworkSummary | string {
  if (!isObject(v)) return `no ${name}`;
  if (!isSizes(v.sizes)) return `${name}.sizes is not a list of layer widths`;
  if (typeof v.activation !== 'string') return `${name}.activation is missing`;
  return { sizes: v.sizes, activation: v.activation };
}

/** Reads gan-weights.json's text: our format, both networks described, a manifest of float32 vectors. */
export function parseWeightsJson(
  text: string,
): { ok: true; file: ParsedWeights } | { ok: false; problem: WeightsProblem } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, problem: { code: 'not-json', detail: e instanceof Error ? e.message : String(e) } };
  }
  if (!isObject(data) || data.format !== WEIGHTS_FORMAT) return { ok: false, problem: { code: 'not-weights' } };
  const bad = (detail: string) => ({ ok: false as const, problem: { code: 'bad-file' as const, detail } });
  const topology = data.modelTopology;
  if (!isObject(topology)) return bad('no modelTopology');
  for (const key of ['generator', 'discriminator'] as const) {
    const net = readNetwork(topology[key], key);
    if (typeof net === 'string') return bad(net);
  }
  if (typeof (topology.generator as Record<string, unknown>).noise !== 'string')
    return bad('generator.noise is missing');
  const manifest = data.weightsManifest;
  if (
    !Array.isArray(manifest) ||
    manifest.length !== 1 ||
    !isObject(manifest[0]) ||
    !Array.isArray(manifest[0].weights)
  )
    return bad('weightsManifest is not one group of weights');
  const specs: WeightSpec[] = [];
  for (const w of manifest[0].weights as unknown[]) {
    if (!isObject(w) || typeof w.name !== 'string') return bad('a weight without a name');
    if (w.dtype !== 'float32') return bad(`${w.name} is not float32`);
    if (!Array.isArray(w.shape) || w.shape.length !== 1 || !Number.isInteger(w.shape[0]) || w.shape[0] < 1)
      return bad(`${w.name} is not a flat vector`);
    if (specs.some((s) => s.name === w.name)) return bad(`${w.name} appears twice`);
    specs.push({ name: w.name, shape: [w.shape[0] as number], dtype: 'float32' });
  }
  for (const name of [WEIGHT_NAMES.g, WEIGHT_NAMES.d])
    if (!specs.some((s) => s.name === name)) return bad(`no ${name} in the manifest`);
  return { ok: true, file: { json: data as unknown as WeightsJson, specs } };
}

const summary = (t: { sizes: number[]; activation: string }): NetworkSummary => ({
  sizes: [...t.sizes],
  activation: t.activation,
});
const sameNetwork = (a: NetworkSummary, b: NetworkSummary) =>
  a.activation === b.activation && a.sizes.length === b.sizes.length && a.sizes.every((n, i) => n === b.sizes[i]);

/**
 * Whether a parsed file fits the networks of `s`: the same widths, depths and activations for G and D,
 * the same noise p_z (G maps z; with another p_z it is another p_model), and a manifest whose vectors
 * have the networks' parameter counts. Returns the first problem, or null.
 */
export function checkWeightsMatch(file: ParsedWeights, s: TrainingSettings): WeightsProblem | null {
  const current = weightsTopology(s);
  const t = file.json.modelTopology;
  for (const [network, key] of [
    ['G', 'generator'],
    ['D', 'discriminator'],
  ] as const) {
    const f = summary(t[key]),
      c = summary(current[key]);
    if (!sameNetwork(f, c)) return { code: 'network-mismatch', network, file: f, current: c };
  }
  if (t.generator.noise !== current.generator.noise)
    return { code: 'noise-mismatch', file: String(t.generator.noise), current: current.generator.noise };
  const expected: Record<string, number> = {
    [WEIGHT_NAMES.g]: current.generator.parameters,
    [WEIGHT_NAMES.gEma]: current.generator.parameters,
    [WEIGHT_NAMES.d]: current.discriminator.parameters,
  };
  for (const spec of file.specs) {
    const n = expected[spec.name];
    if (n === undefined) return { code: 'bad-file', detail: `unknown weight ${spec.name}` };
    if (spec.shape[0] !== n) return { code: 'bad-file', detail: `${spec.name} has ${spec.shape[0]} values, not ${n}` };
  }
  return null;
}

/** Bytes the .bin must have for these entries (float32: 4 bytes a value). */
export const expectedBinBytes = (specs: readonly WeightSpec[]): number =>
  specs.reduce((sum, s) => sum + 4 * s.shape.reduce((a, b) => a * b, 1), 0);
