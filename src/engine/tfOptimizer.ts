// Adam and SGD for one flat parameter variable, written with the fewest kernels we can: the bias
// corrections are folded into one step size computed in JS, so an Adam update is ~12 kernels. The
// updates are elementwise, so the variable may be one network's [P] or N networks' [N, P] alike.
import * as tf from '@tensorflow/tfjs-core';
import type { TrainingSettings } from '../core/settings';

export interface FlatOptimizer {
  /** One update with gradient `scale · grad` (the scale is folded into constants: no extra kernel). */
  apply(grad: tf.Tensor, scale: number): void;
  /** Picks up a new learning rate or β1 without losing the moments. */
  configure(settings: TrainingSettings, which: 'G' | 'D'): void;
  dispose(): void;
}

const ADAM_BETA2 = 0.999;
const ADAM_EPSILON = 1e-8;

const learningRate = (s: TrainingSettings, which: 'G' | 'D') => (which === 'G' ? s.lrG : s.lrD);

class Sgd implements FlatOptimizer {
  private lr: number;
  constructor(
    private readonly param: tf.Variable,
    settings: TrainingSettings,
    which: 'G' | 'D',
  ) {
    this.lr = learningRate(settings, which);
  }
  apply(grad: tf.Tensor, scale: number): void {
    tf.tidy(() => this.param.assign(tf.sub(this.param, tf.mul(grad, this.lr * scale))));
  }
  configure(settings: TrainingSettings, which: 'G' | 'D'): void {
    this.lr = learningRate(settings, which);
  }
  dispose(): void {}
}

/** Adam (Kingma & Ba 2015, Algorithm 1 with the ε̂ form of the bias correction). */
class Adam implements FlatOptimizer {
  private readonly m: tf.Variable;
  private readonly v: tf.Variable;
  private t = 0;
  private lr: number;
  private beta1: number;
  private beta1Power = 1;
  private beta2Power = 1;

  constructor(
    private readonly param: tf.Variable,
    settings: TrainingSettings,
    which: 'G' | 'D',
  ) {
    // Inside tidy so the zero initialisers do not outlive the variables' creation (a classic leak).
    this.m = tf.tidy(() => tf.variable(tf.zerosLike(param), false));
    this.v = tf.tidy(() => tf.variable(tf.zerosLike(param), false));
    this.lr = learningRate(settings, which);
    this.beta1 = settings.beta1;
  }

  apply(grad: tf.Tensor, scale: number): void {
    this.t++;
    this.beta1Power *= this.beta1;
    this.beta2Power *= ADAM_BETA2;
    const stepSize = (this.lr * Math.sqrt(1 - this.beta2Power)) / (1 - this.beta1Power);
    tf.tidy(() => {
      const m = tf.add(tf.mul(this.m, this.beta1), tf.mul(grad, (1 - this.beta1) * scale));
      const v = tf.add(tf.mul(this.v, ADAM_BETA2), tf.mul(tf.square(grad), (1 - ADAM_BETA2) * scale * scale));
      this.m.assign(m);
      this.v.assign(v);
      this.param.assign(tf.sub(this.param, tf.div(tf.mul(m, stepSize), tf.add(tf.sqrt(v), ADAM_EPSILON))));
    });
  }

  configure(settings: TrainingSettings, which: 'G' | 'D'): void {
    this.lr = learningRate(settings, which);
    if (settings.beta1 !== this.beta1) {
      // Keep the moments; restart the bias correction's product from the current step under the new β1.
      this.beta1 = settings.beta1;
      this.beta1Power = Math.pow(this.beta1, this.t);
    }
  }

  dispose(): void {
    this.m.dispose();
    this.v.dispose();
  }
}

export function createOptimizer(settings: TrainingSettings, param: tf.Variable, which: 'G' | 'D'): FlatOptimizer {
  return settings.optimizer === 'adam' ? new Adam(param, settings, which) : new Sgd(param, settings, which);
}
