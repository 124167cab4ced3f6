import type { StreamStore } from '../../sessions/stream-store.ts';

/**
 * Records a reply's parts in the stream store as they are produced, in order, without holding up the
 * turn: parts pushed while an append is in flight go out together in the next one (a few round trips per
 * reply, not one per delta). `close` waits for every part, then marks the stream complete.
 */
export class PartRecorder {
  private queue: string[] = [];
  private flushing: Promise<void> | undefined;
  private failure: unknown;

  constructor(
    private readonly streams: StreamStore,
    private readonly messageId: string,
    private readonly ttlSeconds: number,
  ) {}

  push(part: string): void {
    this.queue.push(part);
    this.flushing ??= this.drain();
  }

  /** Waits for every pushed part to be stored, then completes the stream; throws the first store error. */
  async close(): Promise<void> {
    while (this.flushing) await this.flushing;
    if (this.failure !== undefined) throw this.failure;
    await this.streams.complete(this.messageId, this.ttlSeconds);
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
