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
 * KEYS: parts, done. ARGV: TTL (s), whether to mark the stream complete (1/0), then the parts to append
 * (maybe none). Appends the parts (1,000 per RPUSH: Lua's `unpack` has a stack limit; the list's expiry renewed) and, when asked, marks the stream complete:
 * one command for what took an RPUSH, an EXPIRE and a SET.
 */
const APPEND = redisScript(
  2,
  `if #ARGV > 2 then
  for i = 3, #ARGV, 1000 do
    redis.call('rpush', KEYS[1], unpack(ARGV, i, math.min(i + 999, #ARGV)))
  end
  redis.call('expire', KEYS[1], ARGV[1])
end
if ARGV[2] == '1' then redis.call('set', KEYS[2], '1', 'EX', ARGV[1]) end
return 0`,
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
    await APPEND(this.redis, [this.parts(messageId), this.done(messageId)], [ttlSeconds, 0, ...parts]);
  }

  async complete(messageId: string, ttlSeconds: number, last: readonly string[] = []): Promise<void> {
    await APPEND(this.redis, [this.parts(messageId), this.done(messageId)], [ttlSeconds, 1, ...last]);
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
