import type { Redis } from 'ioredis';
import type { SessionStore } from '../core/ports/session-store.ts';
import { SessionState } from '../core/state/session-state.ts';
import { redisScript } from './redis-script.ts';

/** Writes the state only when `fence` is not older than the last fenced write (a stale lock holder loses). */
const SET_FENCED = redisScript(
  2,
  `local last = tonumber(redis.call('get', KEYS[2]) or '0')
if tonumber(ARGV[2]) < last then return 0 end
redis.call('set', KEYS[1], ARGV[1], 'EX', ARGV[3])
redis.call('set', KEYS[2], ARGV[2], 'EX', ARGV[3])
return 1`,
);

/** Sessions in Redis as JSON with a TTL (same port as MemorySessionStore), shared by every replica. */
export class RedisSessionStore implements SessionStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly defaultTtlSeconds = 3600,
  ) {}

  async get(sessionId: string): Promise<SessionState | undefined> {
    const json = await this.redis.get(this.key(sessionId));
    if (json === null) return undefined;
    return SessionState.parse(JSON.parse(json));
  }

  async set(sessionId: string, state: SessionState, ttlSeconds = this.defaultTtlSeconds): Promise<void> {
    await this.redis.set(this.key(sessionId), JSON.stringify(state), 'EX', ttlSeconds);
  }

  /** Fenced write: false (nothing written) when a newer lock holder already wrote. */
  async setFenced(
    sessionId: string,
    state: SessionState,
    fence: number,
    ttlSeconds = this.defaultTtlSeconds,
  ): Promise<boolean> {
    const result = await SET_FENCED(
      this.redis,
      [this.key(sessionId), `${this.key(sessionId)}:fence`],
      [JSON.stringify(state), fence, ttlSeconds],
    );
    return result === 1;
  }

  async delete(sessionId: string): Promise<void> {
    await this.redis.del(this.key(sessionId), `${this.key(sessionId)}:fence`);
  }

  private key(sessionId: string): string {
    return `${this.prefix}session:${sessionId}`;
  }
}
