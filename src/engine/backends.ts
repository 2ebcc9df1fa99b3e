// Starting a tfjs backend by name, and proving it really started: setBackend can fail without
// throwing and leave tfjs on another backend (shared/engine-notes.md).
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-webgl';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import type { BackendName } from '../core/protocol';

export const BACKEND_NAMES: readonly BackendName[] = ['wasm', 'webgl', 'cpu'];

export const BACKEND_LABELS: Record<BackendName, string> = { webgl: 'WebGL', wasm: 'WASM', cpu: 'CPU' };

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

/** Switches tfjs to `name` or throws an Error saying why it could not. */
export async function initBackend(name: BackendName): Promise<void> {
  if (name === 'webgl') {
    // A software WebGL (SwiftShader) is still WebGL: allow it, then let the measurement decide.
    tf.env().set('SOFTWARE_WEBGL_ENABLED', true);
    if (typeof OffscreenCanvas === 'undefined' && typeof document === 'undefined') {
      throw new Error('no OffscreenCanvas in this context');
    }
  }
  if (name === 'wasm' && !wasmPathsSet && typeof process === 'undefined') {
    throw new Error('the WASM binaries were not configured (configureWasm)');
  }
  let ok: boolean;
  try {
    ok = await tf.setBackend(name);
    await tf.ready();
  } catch (e) {
    throw new Error(`${BACKEND_LABELS[name]} failed to start: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!ok || tf.getBackend() !== name) {
    throw new Error(
      `${BACKEND_LABELS[name]} failed to start${name === 'webgl' ? ' (no WebGL context)' : ''}; tfjs is on ${tf.getBackend() ?? 'nothing'}`,
    );
  }
}
