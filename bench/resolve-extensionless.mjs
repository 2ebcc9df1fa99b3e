// Node's ESM loader wants file extensions; tfjs's ESM files (e.g. @tensorflow/tfjs-core/dist/
// register_all_gradients.js, which the engine imports) import their siblings without them. Bundlers
// and Vitest resolve those; this hook lets plain Node (the convergence benchmark) do the same.
import { register } from 'node:module';

register(
  'data:text/javascript,' +
    encodeURIComponent(`
export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context);
  } catch (e) {
    const relative = specifier.startsWith('./') || specifier.startsWith('../');
    if (!relative || !['ERR_MODULE_NOT_FOUND', 'ERR_UNSUPPORTED_DIR_IMPORT'].includes(e.code)) throw e;
    for (const suffix of ['.js', '/index.js']) {
      try {
        return await next(specifier + suffix, context);
      } catch {}
    }
    throw e;
  }
}`),
);
