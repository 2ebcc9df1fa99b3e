// Names of things as a student reads them: the backends' names, the same in every language. The values of
// the enum settings and the settings' own names are messages (`value.<v>`, `setting.<key>`:
// src/i18n/en/playground.ts).
import type { BackendName } from './protocol';

export const BACKEND_LABELS: Record<BackendName, string> = { webgl: 'WebGL', wasm: 'WASM', cpu: 'CPU' };
