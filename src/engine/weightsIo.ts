// The networks' weights in and out as tfjs model artifacts, with tfjs's own io utilities:
// tf.io.encodeWeights writes the .bin and its manifest entries, tf.io.decodeWeights reads them back.
// The JSON around them and the checks against the current networks are src/core/weightsFile.ts.
import * as tf from '@tensorflow/tfjs-core';
import type { WeightsArtifacts, WeightsImportResult } from '../core/protocol';
import type { TrainingSettings } from '../core/settings';
import {
  checkWeightsMatch,
  expectedBinBytes,
  parseWeightsJson,
  WEIGHT_NAMES,
  weightsJson,
  type WeightName,
  type WeightSpec,
} from '../core/weightsFile';
import { buildTfGan, type TfGan } from './tfGan';
import { noiseQuantileEdges } from '../core/noise';
import { Z_CELLS } from '../core/grid';
import { X_CENTERS } from './runReading';

interface FlatWeights {
  g: Float32Array;
  d: Float32Array;
  gEma?: Float32Array;
}

/** The .bin's bytes and manifest entries of the flat vectors, in the order G, D, G_ema. */
async function encodeFlatWeights(w: FlatWeights): Promise<{ data: ArrayBuffer; specs: WeightSpec[] }> {
  const named: { name: string; tensor: tf.Tensor }[] = [
    { name: WEIGHT_NAMES.g, tensor: tf.tensor1d(w.g, 'float32') },
    { name: WEIGHT_NAMES.d, tensor: tf.tensor1d(w.d, 'float32') },
  ];
  if (w.gEma) named.push({ name: WEIGHT_NAMES.gEma, tensor: tf.tensor1d(w.gEma, 'float32') });
  try {
    const { data, specs } = await tf.io.encodeWeights(named);
    return { data, specs: specs.map((s) => ({ name: s.name, shape: [...s.shape], dtype: 'float32' })) };
  } finally {
    for (const n of named) n.tensor.dispose();
  }
}

/** Reads the .bin with its manifest entries (sizes checked by the caller) into plain arrays. */
function decodeFlatWeights(bin: ArrayBuffer, specs: WeightSpec[]): Map<string, Float32Array> {
  const tensors = tf.io.decodeWeights(bin, specs);
  const out = new Map<string, Float32Array>();
  try {
    for (const spec of specs) out.set(spec.name, tensors[spec.name].dataSync() as Float32Array);
  } finally {
    for (const t of Object.values(tensors)) t.dispose();
  }
  return out;
}

const VERSION_TEXT = `GAN Playground (TensorFlow.js ${tf.version_core})`;

/** The run's weights as gan-weights.json's text and gan-weights.bin's bytes. */
export async function exportWeights(gan: TfGan, settings: TrainingSettings, step: number): Promise<WeightsArtifacts> {
  const params = await gan.parameters();
  const { data, specs } = await encodeFlatWeights(params);
  const json = weightsJson(settings, specs, { step, generatedBy: VERSION_TEXT, exportedAt: new Date().toISOString() });
  return { json: JSON.stringify(json, null, 2) + '\n', bin: data };
}

const allFinite = (a: Float32Array) => a.every((v) => Number.isFinite(v));
const allWithin = (a: Float32Array, bound: number) => a.every((v) => Math.abs(v) <= bound);

/**
 * Loaded weights must leave a run that can train: G's samples within this distance of 0 (the charts
 * show ±6; a trained G stays within a few units) and D's outputs within TRIAL_D_BOUND, on the grids,
 * before and after one training step. Finite but absurd weights (every weight 3·10³⁸) fail here
 * instead of diverging the run they replaced.
 */
const TRIAL_G_BOUND = 100;
const TRIAL_D_BOUND = 1e6;

/**
 * Tries the weights on a throwaway copy of the run (same settings, same backend): G and D on the grids
 * now and after one training step, and that step's losses. Returns where it broke, or null.
 */
async function trialProblem(backend: TfGan['backend'], settings: TrainingSettings, w: FlatWeights) {
  const trial = buildTfGan(backend, settings);
  try {
    trial.setParameters(w);
    const zEdges = noiseQuantileEdges(settings.noise, Z_CELLS);
    const sane = async () => {
      const { g, d } = await trial.evaluate(zEdges, X_CENTERS);
      return allWithin(g, TRIAL_G_BOUND) && allWithin(d, TRIAL_D_BOUND);
    };
    if (!(await sane())) return 'outputs' as const;
    trial.trainSteps(1);
    const losses = await trial.losses();
    if (!Number.isFinite(losses.lossD) || !Number.isFinite(losses.lossG) || !(await sane()))
      return 'training-step' as const;
    return null;
  } finally {
    trial.dispose();
  }
}

/**
 * Loads a file pair into `gan` if it fits `settings`' networks and a trial run on it stays finite and
 * bounded (trialProblem); otherwise leaves `gan` untouched and says why. Never throws for a bad file.
 * `step`: the run's step count, reported back.
 */
export async function importWeights(
  gan: TfGan,
  settings: TrainingSettings,
  json: string,
  bin: ArrayBuffer,
  step: number,
): Promise<WeightsImportResult> {
  const parsed = parseWeightsJson(json);
  if (!parsed.ok) return parsed;
  const mismatch = checkWeightsMatch(parsed.file, settings);
  if (mismatch) return { ok: false, problem: mismatch };
  const { specs } = parsed.file;
  const expected = expectedBinBytes(specs);
  if (bin.byteLength !== expected)
    return { ok: false, problem: { code: 'wrong-size', expected, actual: bin.byteLength } };
  const values = decodeFlatWeights(bin, specs);
  for (const [name, v] of values) if (!allFinite(v)) return { ok: false, problem: { code: 'not-finite', name } };
  const gEma = values.get(WEIGHT_NAMES.gEma);
  const weights = { g: values.get(WEIGHT_NAMES.g)!, d: values.get(WEIGHT_NAMES.d)!, gEma };
  const broke = await trialProblem(gan.backend, settings, weights);
  if (broke) return { ok: false, problem: { code: 'unstable', when: broke, bound: TRIAL_G_BOUND } };
  const ema = gan.setParameters(weights);
  const loaded: WeightName[] = [WEIGHT_NAMES.g, WEIGHT_NAMES.d];
  if (gEma && ema === 'loaded') loaded.push(WEIGHT_NAMES.gEma);
  return { ok: true, loaded, ema, step };
}
