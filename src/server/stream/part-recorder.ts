import type { StreamStore } from '../../sessions/stream-store.ts';

/**
 * How long a pushed part may wait before it is stored (ms): a turn answered sooner (every rule turn)
 * stores its whole reply in one go with its completion; a longer one (a model streaming for seconds)
 * stores its parts in batches this often, so a client resuming on another replica (which polls the
 * record) is at most about this far behind.
 */
export const PART_FLUSH_DELAY_MS = 100;

/**
 * Records a reply's parts in the stream store, in order, without holding up the turn: parts wait up to
 * PART_FLUSH_DELAY_MS and go out together (parts pushed while an append is in flight join the next one),
 * so a short reply costs one store step, its parts stored with its completion (one command on Redis).
 * `close` waits for every part, then marks the stream complete.
 */
export class PartRecorder {
  private queue: string[] = [];
  private flushing: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private failure: unknown;

  constructor(
    private readonly streams: StreamStore,
    private readonly messageId: string,
    private readonly ttlSeconds: number,
  ) {}

  /**
   * Queues a part that says nothing on its own (the reply's `start`): stored with the next part pushed,
   * or at `close`, so a turn that outlasts PART_FLUSH_DELAY_MS before its first words (a rule turn on a
   * busy machine) stores no batch of the opening alone (on Redis a command and a round trip).
   */
  hold(part: string): void {
    this.queue.push(part);
  }

  push(part: string): void {
    this.queue.push(part);
    if (this.timer === undefined && this.flushing === undefined)
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.flushing ??= this.drain();
      }, PART_FLUSH_DELAY_MS);
  }

  /** Stores every pushed part and completes the stream (together); throws the first store error. */
  async close(): Promise<void> {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    while (this.flushing) await this.flushing;
    if (this.failure !== undefined) throw this.failure;
    // the parts not stored yet and the completion in one step (on Redis one command)
    await this.streams.complete(this.messageId, this.ttlSeconds, this.queue.splice(0));
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0);
        await this.streams.append(this.messageId, batch, this.ttlSeconds);
      }
    } catch (error) {
      this.failure ??= error;
      this.queue = [];
    } finally {
      this.flushing = undefined;
    }
  }
}
