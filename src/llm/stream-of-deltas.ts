import type { ModelResult, ModelStream } from '../core/ports/language-model.ts';

/**
 * A `ModelStream` from a call that reports its text deltas to a callback: `run(onDelta)` starts the
 * call; each delta is queued and handed to the `textStream` reader as it arrives (the reader waits
 * while the queue is empty), and `textStream` ends when the call settles, after the queued deltas.
 * `result` is the call's promise (its rejection is marked handled here, so a caller that only reads
 * the text does not crash the process; awaiting `result` still throws).
 */
export function streamOfDeltas(run: (onDelta: (delta: string) => void) => Promise<ModelResult>): ModelStream {
  const queue: string[] = [];
  let done = false;
  let wake: (() => void) | undefined;
  const signal = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const result = run((delta) => {
    queue.push(delta);
    signal();
  }).finally(() => {
    done = true;
    signal();
  });
  result.catch(() => {});
  async function* textStream(): AsyncGenerator<string> {
    for (;;) {
      const next = queue.shift();
      if (next !== undefined) yield next;
      else if (done) return;
      else
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
    }
  }
  return { textStream: textStream(), result };
}
