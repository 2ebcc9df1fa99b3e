// tfjs's WASM binaries, bundled and served by the app itself (no CDN). Vite does not pick them up on
// its own, so they are imported as asset URLs; made absolute because a relative path would resolve
// against the worker chunk's folder (docs/engine.md §8.3).
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreadedSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import type { WasmFileMap } from '../engine/backends';

export function wasmFiles(base: string): WasmFileMap {
  const abs = (u: string) => new URL(u, base).href;
  return {
    'tfjs-backend-wasm.wasm': abs(wasmPlain),
    'tfjs-backend-wasm-simd.wasm': abs(wasmSimd),
    'tfjs-backend-wasm-threaded-simd.wasm': abs(wasmThreadedSimd),
  };
}
