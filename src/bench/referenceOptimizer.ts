// The optimizers of the hand-written GAN (referenceGan.ts), as the tfjs engine applies them.

const ADAM_BETA2 = 0.999;
const ADAM_EPSILON = 1e-8;

/** Adam (Kingma & Ba 2015, Algorithm 1, bias-corrected) or plain SGD over one flat parameter vector. */
export class Optimizer {
  private readonly m: Float32Array;
  private readonly v: Float32Array;
  private beta1Power = 1;
  private beta2Power = 1;

  constructor(
    private readonly kind: 'adam' | 'sgd',
    private readonly lr: number,
    private readonly beta1: number,
    size: number,
  ) {
    this.m = new Float32Array(kind === 'adam' ? size : 0);
    this.v = new Float32Array(kind === 'adam' ? size : 0);
  }

  apply(params: Float32Array, grad: Float32Array): void {
    const n = params.length,
      lr = this.lr;
    if (this.kind === 'sgd') {
      for (let k = 0; k < n; k++) params[k] -= lr * grad[k];
      return;
    }
    const b1 = this.beta1,
      b2 = ADAM_BETA2,
      m = this.m,
      v = this.v;
    this.beta1Power *= b1;
    this.beta2Power *= b2;
    const c1 = 1 / (1 - this.beta1Power),
      c2 = 1 / (1 - this.beta2Power);
    for (let k = 0; k < n; k++) {
      const gk = grad[k];
      const mk = b1 * m[k] + (1 - b1) * gk;
      const vk = b2 * v[k] + (1 - b2) * gk * gk;
      m[k] = mk;
      v[k] = vk;
      params[k] -= (lr * mk * c1) / (Math.sqrt(vk * c2) + ADAM_EPSILON);
    }
  }
}
