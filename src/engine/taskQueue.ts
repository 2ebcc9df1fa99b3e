// How the training service takes turns in its one thread: one task at a time (the loop's chunks,
// settings changes, resets never interleave), and between chunks a yield that lets messages in.

/** Runs tasks one after another, each after every earlier one has settled. */
export class TaskQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T> | T): Promise<T> {
    const result = this.tail.then(task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

/** Yields to the event loop without setTimeout's 4 ms clamp, so queued messages get handled. */
export function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
