import type { Redis } from 'ioredis';
import { redisScript } from './redis-script.ts';
import { type RecordedStream, STREAMS_KEPT_PER_SESSION, type StreamStore } from './stream-store.ts';

/**
 * KEYS: parts, done, state, latest, ids (of the session). ARGV: session id, message id, TTL (s), streams
 * kept per session, key prefix. Starts a stream and deletes the session's streams past the kept ones (their
 * keys are built here from the prefix: a single Redis, not a cluster).
 */
const BEGIN = redisScript(
  5,
  `redis.call('del', KEYS[1], KEYS[2])
redis.call('set', KEYS[3], ARGV[1], 'EX', ARGV[3])
redis.call('set', KEYS[4], ARGV[2], 'EX', ARGV[3])
redis.call('lpush', KEYS[5], ARGV[2])
local dropped = redis.call('lrange', KEYS[5], ARGV[4], -1)
redis.call('ltrim', KEYS[5], 0, tonumber(ARGV[4]) - 1)
redis.call('expire', KEYS[5], ARGV[3])
for _, id in ipairs(dropped) do
  local base = ARGV[5] .. 'stream:' .. id
  redis.call('del', base, base .. ':done', base .. ':state')
end
return #dropped`,
);

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
    await BEGIN(
      this.redis,
      [
        this.parts(messageId),
        this.done(messageId),
        this.state(messageId),
        this.latestKey(sessionId),
        this.idsKey(sessionId),
      ],
      [sessionId, messageId, ttlSeconds, STREAMS_KEPT_PER_SESSION, this.prefix],
    );
  }

  async append(messageId: string, parts: string[], ttlSeconds: number): Promise<void> {
    if (parts.length === 0) return;
    // two commands of one tick: one write with the client's auto-pipeline (no MULTI needed, in order)
    await Promise.all([
      this.redis.rpush(this.parts(messageId), ...parts),
      this.redis.expire(this.parts(messageId), ttlSeconds),
    ]);
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
