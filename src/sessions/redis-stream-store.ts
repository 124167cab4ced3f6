import type { Redis } from 'ioredis';
import { type RecordedStream, STREAMS_KEPT_PER_SESSION, type StreamStore } from './stream-store.ts';

/**
 * Reply streams in Redis lists (`<prefix>stream:<id>`), readable by every replica; each expires after
 * the TTL given to `begin` (REPLY_RETENTION_SECONDS), and a session keeps its latest
 * STREAMS_KEPT_PER_SESSION (`<prefix>stream-ids:<session>`), older ones being deleted.
 */
export class RedisStreamStore implements StreamStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async begin(sessionId: string, messageId: string, ttlSeconds: number): Promise<void> {
    const ids = this.idsKey(sessionId);
    const result = await this.redis
      .multi()
      .del(this.parts(messageId), this.done(messageId))
      .set(this.state(messageId), sessionId, 'EX', ttlSeconds)
      .set(this.latestKey(sessionId), messageId, 'EX', ttlSeconds)
      .lpush(ids, messageId)
      .lrange(ids, STREAMS_KEPT_PER_SESSION, -1)
      .ltrim(ids, 0, STREAMS_KEPT_PER_SESSION - 1)
      .expire(ids, ttlSeconds)
      .exec();
    // the session's older streams go: a session keeps its latest STREAMS_KEPT_PER_SESSION
    const dropped = (result?.[4]?.[1] as string[] | undefined) ?? [];
    if (dropped.length > 0)
      await this.redis.del(...dropped.flatMap((id) => [this.parts(id), this.done(id), this.state(id)]));
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
  private idsKey(sessionId: string): string {
    return `${this.prefix}stream-ids:${sessionId}`;
  }

  private latestKey(sessionId: string): string {
    return `${this.prefix}stream-latest:${sessionId}`;
  }
}
