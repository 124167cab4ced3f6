import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisForTests, TEST_REDIS_URL } from '../../testing/test-services.ts';
import { RedisWindowLimiter } from './redis-window-limiter.ts';

const hasRedis = await redisForTests('the Redis rate limiter test is skipped');

describe.skipIf(!hasRedis)('RedisWindowLimiter', () => {
  let redis: Redis;
  const prefix = `maitre-test-${randomUUID()}:rl:ip`;

  beforeAll(() => {
    redis = new Redis(TEST_REDIS_URL, { lazyConnect: false });
  });
  afterAll(async () => {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  });

  it("counts as rate-limiter-flexible's RateLimiterRedis: the same key, one shared count", async () => {
    const ours = new RedisWindowLimiter(redis, 3, 60, prefix);
    const theirs = new RateLimiterRedis({ storeClient: redis, points: 3, duration: 60, keyPrefix: prefix });
    expect(await ours.take('1.2.3.4')).toBe(0);
    expect((await theirs.consume('1.2.3.4')).consumedPoints).toBe(2);
    expect(await ours.take('1.2.3.4')).toBe(0);
    // the fourth request of the window is refused by either, with the time until the window ends
    const refused = await theirs.consume('1.2.3.4').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RateLimiterRes);
    const waitMs = await ours.take('1.2.3.4');
    expect(waitMs).toBeGreaterThan(55_000);
    expect(waitMs).toBeLessThanOrEqual(60_000);
    expect(await redis.get(`${prefix}:1.2.3.4`)).toBe('5');
    const ttl = await redis.pttl(`${prefix}:1.2.3.4`);
    expect(ttl).toBeGreaterThan(55_000);
    // another key has its own window
    expect(await ours.take('5.6.7.8')).toBe(0);
  });

  it('counts in memory while Redis fails, and never rejects', async () => {
    const broken = new Redis('redis://127.0.0.1:1', {
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      enableOfflineQueue: false,
    });
    const limiter = new RedisWindowLimiter(broken, 2, 60, prefix);
    expect(await limiter.take('k')).toBe(0);
    expect(await limiter.take('k')).toBe(0);
    expect(await limiter.take('k')).toBeGreaterThan(55_000);
    broken.disconnect();
  });
});
