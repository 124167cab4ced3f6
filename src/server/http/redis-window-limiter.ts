import type { Redis } from 'ioredis';
import { redisScript } from '../../sessions/redis-script.ts';
import { WindowLimiter } from './window-limiter.ts';

/**
 * rate-limiter-flexible's RateLimiterRedis script, as it is (the same keys, counts and expiry): opens the
 * key's window at its first request (a counter expiring after the duration), counts one request, and
 * returns `{count, ms until the window ends}`. ARGV: points to count, window duration in seconds.
 */
const TAKE = redisScript(
  1,
  `redis.call('set', KEYS[1], 0, 'EX', ARGV[2], 'NX')
local consumed = redis.call('incrby', KEYS[1], ARGV[1])
local ttl = redis.call('pttl', KEYS[1])
if ttl == -1 then
  redis.call('expire', KEYS[1], ARGV[2])
  ttl = 1000 * ARGV[2]
end
return {consumed, ttl}`,
);

/**
 * A fixed-window rate limiter in Redis, shared by every replica: `points` per `durationSeconds` per key,
 * under `<keyPrefix>:<key>`, counted as rate-limiter-flexible's RateLimiterRedis counts (same script,
 * same keys, so a deployment mixing both counts each request once), in one EVALSHA that joins the
 * client's auto-pipeline (rate-limiter-flexible's `defineCommand` does not, see redis-script.ts). While
 * Redis fails, requests are counted per replica in memory instead (as its insurance limiter did).
 */
export class RedisWindowLimiter {
  private readonly insurance: WindowLimiter;

  constructor(
    private readonly redis: Redis,
    private readonly points: number,
    private readonly durationSeconds: number,
    private readonly keyPrefix: string,
  ) {
    this.insurance = new WindowLimiter(points, durationSeconds * 1000);
  }

  /**
   * Counts one request of `key`: resolves to 0 when it is allowed, else the ms until its window ends.
   * Never rejects for a Redis failure (the request is counted in memory then).
   */
  async take(key: string): Promise<number> {
    let reply: unknown;
    try {
      reply = await TAKE(this.redis, [`${this.keyPrefix}:${key}`], [1, this.durationSeconds]);
    } catch {
      return this.insurance.take(key);
    }
    const [consumed, ttl] = reply as [number, number];
    return consumed > this.points ? ttl : 0;
  }
}
