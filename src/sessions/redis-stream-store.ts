import type { Redis } from 'ioredis';
import type { RecordedStream, StreamStore } from './stream-store.ts';

/** Reply streams in Redis lists (`<prefix>stream:<id>`), readable by every replica. */
export class RedisStreamStore implements StreamStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async begin(sessionId: string, messageId: string, ttlSeconds: number): Promise<void> {
    await this.redis
      .multi()
      .del(this.parts(messageId), this.done(messageId))
      .set(this.state(messageId), sessionId, 'EX', ttlSeconds)
      .set(this.latestKey(sessionId), messageId, 'EX', ttlSeconds)
      .exec();
  }

  async append(messageId: string, parts: string[], ttlSeconds: number): Promise<void> {
    if (parts.length === 0) return;
    await this.redis
      .multi()
      .rpush(this.parts(messageId), ...parts)
      .expire(this.parts(messageId), ttlSeconds)
      .exec();
  }

  async complete(messageId: string, ttlSeconds: number): Promise<void> {
    await this.redis.set(this.done(messageId), '1', 'EX', ttlSeconds);
  }

  async read(messageId: string, from = 0): Promise<RecordedStream | undefined> {
    const result = await this.redis
      .multi()
      .get(this.state(messageId))
      .lrange(this.parts(messageId), from, -1)
      .exists(this.done(messageId))
      .exec();
    if (!result) return undefined;
    const [[, owner], [, parts], [, done]] = result as [
      [unknown, string | null],
      [unknown, string[]],
      [unknown, number],
    ];
    if (owner === null) return undefined;
    return { messageId, sessionId: owner, parts, complete: done === 1 };
  }

  async latest(sessionId: string): Promise<string | undefined> {
    return (await this.redis.get(this.latestKey(sessionId))) ?? undefined;
  }

  private parts(id: string): string {
    return `${this.prefix}stream:${id}`;
  }
  private done(id: string): string {
    return `${this.prefix}stream:${id}:done`;
  }
  private state(id: string): string {
    return `${this.prefix}stream:${id}:state`;
  }
  private latestKey(sessionId: string): string {
    return `${this.prefix}stream-latest:${sessionId}`;
  }
}
