// Starting a tfjs backend by name, and proving it really started: setBackend can fail without
// throwing and leave tfjs on another backend (docs/engine.md §8.1).
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-webgl';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import type { BackendFailure, BackendName } from '../core/protocol';

/** Absolute URLs of tfjs's .wasm binaries, served by the app itself (no CDN). */
export type WasmFileMap = Record<
  'tfjs-backend-wasm.wasm' | 'tfjs-backend-wasm-simd.wasm' | 'tfjs-backend-wasm-threaded-simd.wasm',
  string
>;

let wasmPathsSet = false;

export function configureWasm(files: WasmFileMap): void {
  if (wasmPathsSet) return;
  setWasmPaths(files);
  wasmPathsSet = true;
}

/** A backend that could not be used, with the reason as data (the page words it). */
class BackendError extends Error {
  constructor(
    readonly backend: BackendName,
    readonly failure: BackendFailure,
  ) {
    super(`${backend}: ${failure.code}${'detail' in failure ? `: ${failure.detail}` : ''}`);
    this.name = 'BackendError';
  }
}

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** The reason a backend failed, from whatever was thrown. */
export function backendFailureOf(e: unknown, during: 'start' | 'training'): BackendFailure {
  if (e instanceof BackendError) return e.failure;
  return { code: during === 'start' ? 'start-failed' : 'failed-in-training', detail: errorText(e) };
}

/** Under Node (tests, benchmarks) tfjs finds its .wasm files itself; a browser must be told where they are. */
const inNode = (): boolean =>
  typeof (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node === 'string';

/** Switches tfjs to `name` or throws a BackendError saying why it could not. */
export async function initBackend(name: BackendName): Promise<void> {
  if (name === 'webgl') {
    // A software WebGL (SwiftShader) is still WebGL: allow it, then let the measurement decide.
    tf.env().set('SOFTWARE_WEBGL_ENABLED', true);
    if (typeof OffscreenCanvas === 'undefined' && !('document' in globalThis)) {
      throw new BackendError(name, { code: 'no-offscreen-canvas' });
    }
  }
  if (name === 'wasm' && !wasmPathsSet && !inNode()) throw new BackendError(name, { code: 'wasm-not-configured' });
  let ok: boolean;
  try {
    ok = await tf.setBackend(name);
    await tf.ready();
  } catch (e) {
    throw new BackendError(name, { code: 'start-failed', detail: errorText(e) });
  }
  if (!ok || tf.getBackend() !== name) {
    const why = name === 'webgl' ? 'no WebGL context' : 'setBackend returned false';
    throw new BackendError(name, {
      code: 'start-failed',
      detail: `${why}; tfjs is on ${tf.getBackend() ?? 'nothing'}`,
    });
  }
}
