// Settings on their way to the training worker: at most once per animation frame, the newest winning,
// and only what the worker uses (a display-only change never goes).
import { changedScopes, trainingSettings, type Settings, type TrainingSettings } from '../core/settings';
import type { FrameScheduler } from './frame';

export class SettingsForwarder {
  private pending: TrainingSettings | null = null;
  private cancelFrame: (() => void) | null = null;
  /** What the worker was given last (by this forwarder, or with init and Reset: `given`). */
  private lastSent: TrainingSettings | null = null;

  constructor(
    private readonly frame: FrameScheduler,
    private readonly send: (s: TrainingSettings) => void,
  ) {}

  /** Queues `s` for the next frame, unless the worker has them already. */
  offer(s: Settings): void {
    const next = trainingSettings(s);
    if (this.lastSent && changedScopes(this.lastSent, next).size === 0) {
      this.pending = null;
      return;
    }
    this.pending = next;
    this.cancelFrame ??= this.frame(() => this.flush(), 50);
  }

  /** Sends what is queued now. */
  flush(): void {
    const s = this.take();
    if (!s) return;
    this.lastSent = s;
    this.send(s);
  }

  /** The worker is given `s` another way (init, Reset): what is queued is dropped. */
  given(s: TrainingSettings): void {
    this.take();
    this.lastSent = s;
  }

  dispose(): void {
    this.take();
  }

  private take(): TrainingSettings | null {
    this.cancelFrame?.();
    this.cancelFrame = null;
    const s = this.pending;
    this.pending = null;
    return s;
  }
}
