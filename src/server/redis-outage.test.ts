import { createServer } from 'node:net';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../errors/index.ts';
import {
  checkRedisReachable,
  REDIS_COMMAND_OPTIONS,
  redisReady,
  watchRedis,
} from '../sessions/redis-connection.ts';
import { RedisServiceStore } from '../sessions/redis-service-store.ts';
import { RedisSessionStore } from '../sessions/redis-session-store.ts';
import { RedisStreamStore } from '../sessions/redis-stream-store.ts';
import { RedisTurnLock } from '../sessions/redis-turn-lock.ts';
import { type FaultyProxy, startFaultyProxy } from '../testing/faulty-proxy.ts';
import { redisForTests, TEST_REDIS_URL } from '../testing/test-services.ts';
import { parseBotConfig } from './config/parse-bot-config.ts';
import { startBot } from './start-bot.ts';
import { startTestBot, type TestBot } from './testing/start-test-bot.ts';

const REDIS_URL = TEST_REDIS_URL;
const hasRedis = await redisForTests('the Redis-lost-during-a-run test is skipped');
const PREFIX = `maitre-outage-${process.pid}-${Date.now()}:`;

/** A port on loopback where nothing listens. */
async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  await new Promise((r) => server.close(r));
  return typeof address === 'object' && address ? address.port : 1;
}

describe('Redis unreachable at start', () => {
  it('stops start-up with one line naming REDIS_URL, no credentials', async () => {
    const port = await deadPort();
    const url = `redis://user:hunter2-secret@127.0.0.1:${port}/0`;
    const error = await checkRedisReachable(url, 500).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(/REDIS_URL/);
    expect(message).toMatch(new RegExp(`127\\.0\\.0\\.1:${port}`));
    expect(message).not.toContain('hunter2');
    expect(message).not.toContain('\n');
    // the bot itself refuses to start (before any listener or backend call)
    const started = await startBot(parseBotConfig({ PORT: '0', LOG_LEVEL: 'silent', REDIS_URL: url }), {
      backend: { url: 'http://127.0.0.1:9', serviceToken: 'x'.repeat(20) },
    }).catch((e: unknown) => e);
    expect(started).toBeInstanceOf(ConfigError);
    expect((started as Error).message).toMatch(/REDIS_URL/);
  });
});

describe.skipIf(!hasRedis)('Redis lost during a run', () => {
  let proxy: FaultyProxy;
  let redis: Redis;
  let bot: TestBot;
  const events: Array<{ event: string; fields: Record<string, unknown> }> = [];
  let health: { isUp(): boolean };

  beforeAll(async () => {
    proxy = await startFaultyProxy(REDIS_URL.replace(/^redis:/, 'http:'));
    redis = new Redis(proxy.url.replace(/^http:/, 'redis:'), REDIS_COMMAND_OPTIONS);
    health = watchRedis(
      redis,
      {
        error: (fields, event) => events.push({ event, fields }),
        info: (fields, event) => events.push({ event, fields }),
      },
      'commands',
      60_000,
    );
    await redisReady(redis);
    bot = await startTestBot({
      deps: {
        sessions: new RedisSessionStore(redis, PREFIX, 600),
        store: new RedisServiceStore(redis, PREFIX),
        streams: new RedisStreamStore(redis, PREFIX),
        lock: new RedisTurnLock(redis, { prefix: PREFIX }),
        redis,
        redisUp: () => health.isUp(),
      },
    });
  });
  afterAll(async () => {
    await bot?.close();
    redis?.disconnect();
    await proxy?.close();
    const cleanup = new Redis(REDIS_URL);
    const keys = await cleanup.keys(`${PREFIX}*`);
    if (keys.length > 0) await cleanup.del(...keys);
    cleanup.disconnect();
  });

  it('answers 503 STORE_UNAVAILABLE with Retry-After, reports redis:false, logs one JSON event, recovers', async () => {
    const { sessionId, token } = await bot.session();
    const send = () =>
      fetch(`${bot.url}/v1/sessions/${sessionId}/messages`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ text: 'hi' }),
      });
    expect((await send()).status).toBe(200);
    expect(await (await fetch(`${bot.url}/healthz`)).json()).toEqual({ status: 'ok', redis: true });

    proxy.setMode('down');
    for (let i = 0; i < 50 && health.isUp(); i++) await new Promise((r) => setTimeout(r, 20));
    for (let i = 0; i < 5; i++) {
      const refused = await send();
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('1');
      expect((await refused.json()).error.code).toBe('STORE_UNAVAILABLE');
    }
    expect((await bot.session().catch(() => undefined))?.sessionId).toBeUndefined();
    expect(await (await fetch(`${bot.url}/healthz`)).json()).toEqual({ status: 'ok', redis: false });
    const ready = await fetch(`${bot.url}/readyz`);
    expect(ready.status).toBe(503);
    expect((await ready.json()).checks.redis).toMatch(/^failed/);
    // many failed reconnections, one event (rate-limited), with no credentials or stack
    await new Promise((r) => setTimeout(r, 600));
    const down = events.filter((e) => e.event === 'redis.unavailable');
    expect(down).toHaveLength(1);
    expect(down[0]?.fields).toMatchObject({ connection: 'commands' });

    proxy.setMode('up');
    for (let i = 0; i < 200 && !health.isUp(); i++) await new Promise((r) => setTimeout(r, 20));
    expect(events.some((e) => e.event === 'redis.recovered')).toBe(true);
    expect((await send()).status).toBe(200);
  });
});
