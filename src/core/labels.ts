// Names of things as a student reads them, for every thread: the backend names and the values of the
// enum settings (the settings' own labels live in their table, settings.ts).
import type { BackendName } from './protocol';

export const BACKEND_LABELS: Record<BackendName, string> = { webgl: 'WebGL', wasm: 'WASM', cpu: 'CPU' };

/** Labels of the enum settings' values (a value missing here is shown as it is). */
export const VALUE_LABELS: Readonly<Record<string, string>> = {
  mixture: 'Gaussians',
  uniform: 'Uniform',
  drawn: 'Drawn',
  normal: 'Normal',
  tanh: 'tanh',
  relu: 'ReLU',
  leakyRelu: 'leaky ReLU',
  adam: 'Adam',
  sgd: 'SGD',
  'non-saturating': 'Non-saturating',
  minimax: 'Minimax',
  gan: 'Original GAN (cross-entropy)',
  lsgan: 'Least squares (LSGAN)',
  wgan: 'WGAN (weight clipping)',
  'wgan-gp': 'WGAN-GP (gradient penalty)',
  hinge: 'Hinge loss',
  fixed: 'Fixed',
  annealed: 'Annealed',
  auto: 'Auto',
  ...BACKEND_LABELS,
  nats: 'nats',
  bits: 'bits',
};

export const valueLabel = (v: string): string => VALUE_LABELS[v] ?? v;
