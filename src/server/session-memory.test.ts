import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningBackend, startBackend } from '../backend/index.ts';
import { testConfig } from '../backend/testing/test-backend.ts';
import { MemoryStreamStore } from '../sessions/memory-stream-store.ts';
import type { MemoryTurnLock } from '../sessions/memory-turn-lock.ts';
import { RedisStreamStore } from '../sessions/redis-stream-store.ts';
import type { StreamStore } from '../sessions/stream-store.ts';
import { redisForTests, TEST_REDIS_URL } from '../testing/test-services.ts';
import type { BotContext } from './bot-context.ts';
import { parseBotConfig } from './config/parse-bot-config.ts';
import { type RunningBot, startBot } from './start-bot.ts';
import { startTestBot } from './testing/start-test-bot.ts';

/** Ten turns of an ordinary order, a long menu list among them (the largest reply of the venue). */
const hasRedis = await redisForTests('the Redis recorded-reply bound test is skipped');

const TEN_TURNS = [
  'hi',
  'what vegan dishes do you have?',
  'two butter chicken please',
  'add a mango lassi',
  'what is in the butter chicken?',
  'show my order',
  'checkout',
  'pickup',
  'Sam',
  '+1 555 123 4567',
];

describe('memory per live session', () => {
  let backend: RunningBackend;
  let bot: RunningBot;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'maitre-memory-'));
    backend = await startBackend(testConfig({ DATA_DIR: dataDir, VENUE: 'spice-route' }));
    bot = await startBot(
      parseBotConfig({
        PORT: '0',
        LOG_LEVEL: 'silent',
        SHED_MAX_EVENT_LOOP_DELAY_MS: '0', // a busy test machine must not shed
        SHED_MAX_TURNS_IN_FLIGHT: '0',
        VENUE: 'spice-route',
        DATA_DIR: dataDir,
      }),
      { backend: { url: backend.url, serviceToken: backend.serviceToken } },
    );
  });
  afterAll(async () => {
    await bot?.close();
    await backend?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('state and recorded replies take at most 16 KiB after ten turns (streamed replies)', async () => {
    const { sessionId, token } = (await (
      await fetch(`${bot.url}/v1/sessions`, { method: 'POST' })
    ).json()) as {
      sessionId: string;
      token: string;
    };
    for (const text of TEN_TURNS) {
      const res = await fetch(`${bot.url}/v1/sessions/${sessionId}/messages`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          accept: 'text/event-stream',
        },
        body: JSON.stringify({ text }),
      });
      expect(res.status).toBe(200);
      await res.text();
    }
    const { deps } = (bot.app as unknown as { botContext: BotContext }).botContext;
    const state = await deps.sessions.get(sessionId);
    expect(state?.turn).toBe(10);
    const stateBytes = JSON.stringify(state).length;
    const replyBytes = (deps.streams as MemoryStreamStore).storedBytes(sessionId);
    const total = stateBytes + replyBytes;
    console.info(
      `memory per session after ten turns: state ${stateBytes} B + replies ${replyBytes} B = ${total} B`,
    );
    expect(total).toBeLessThanOrEqual(16 * 1024);
    // nothing else is held per session between turns: the turn lock keeps no entry once released
    expect((deps.lock as MemoryTurnLock).size).toBe(0);
    // the latest reply is still resumable, whole
    const latest = await deps.streams.latest(sessionId);
    const recorded = await deps.streams.read(latest ?? '');
    expect(recorded?.complete).toBe(true);
    expect(recorded?.parts.at(-1)).toBe('[DONE]');
  });
});

describe('recorded replies are bounded per session', () => {
  it('memory: the latest two per session, each for its retention time, large ones deflated', async () => {
    const streams: StreamStore & Pick<MemoryStreamStore, 'storedBytes'> = new MemoryStreamStore();
    for (const id of ['m1', 'm2', 'm3']) {
      await streams.begin('s', id, 60);
      await streams.append(id, [`{"type":"text-delta","delta":"${'word '.repeat(1000)}"}`, '[DONE]'], 60);
      await streams.complete(id, 60);
    }
    expect(await streams.read('m1')).toBeUndefined();
    expect((await streams.read('m2'))?.parts).toHaveLength(2);
    expect((await streams.read('m3', 1))?.parts).toEqual(['[DONE]']);
    expect(await streams.latest('s')).toBe('m3');
    // deflated: two 5 KB replies take far less than 10 KB
    expect(streams.storedBytes('s')).toBeLessThan(400);
    // a small reply is kept as its parts, one a line, read back the same
    await streams.begin('u', 'small', 60);
    await streams.append('small', ['{"type":"text-delta","delta":"hi there"}', '[DONE]'], 60);
    await streams.complete('small', 60);
    expect((await streams.read('small'))?.parts).toEqual([
      '{"type":"text-delta","delta":"hi there"}',
      '[DONE]',
    ]);
    expect(streams.storedBytes('u')).toBe(
      ['{"type":"text-delta","delta":"hi there"}', '[DONE]'].join('\n').length,
    );
    // a part with a newline of its own (none the bot writes) or no part at all: read back the same
    for (const [id, parts] of [
      ['lines', ['{"a":\n1}', '', '[DONE]']],
      ['none', []],
    ] as const) {
      await streams.begin('v', id, 60);
      await streams.append(id, [...parts], 60);
      await streams.complete(id, 60);
      expect((await streams.read(id))?.parts).toEqual(parts);
    }
    await streams.begin('t', 'short', 0.05);
    await new Promise((r) => setTimeout(r, 80));
    expect(await streams.read('short')).toBeUndefined();
  });

  it.skipIf(!hasRedis)('Redis: the latest two per session, older ones deleted', async () => {
    const redis = new Redis(TEST_REDIS_URL);
    const prefix = `maitre-memory-${process.pid}-${Date.now()}:`;
    try {
      const streams = new RedisStreamStore(redis, prefix);
      for (const id of ['m1', 'm2', 'm3']) {
        await streams.begin('s', id, 60);
        await streams.append(id, ['a', '[DONE]'], 60);
        await streams.complete(id, 60);
      }
      expect(await streams.read('m1')).toBeUndefined();
      expect(await redis.exists(`${prefix}stream:m1`)).toBe(0);
      expect((await streams.read('m2'))?.parts).toEqual(['a', '[DONE]']);
      expect(await streams.latest('s')).toBe('m3');
      expect(await redis.ttl(`${prefix}stream:m3`)).toBeLessThanOrEqual(60);
    } finally {
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length > 0) await redis.del(...keys);
      redis.disconnect();
    }
  });

  it('a retried clientMessageId whose reply is no longer kept answers 409 REPLY_EXPIRED', async () => {
    const bot = await startTestBot();
    try {
      const { sessionId, token } = await bot.session();
      const send = (text: string, clientMessageId: string) =>
        fetch(`${bot.url}/v1/sessions/${sessionId}/messages`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ text, clientMessageId }),
        });
      expect((await send('hi', 'c1')).status).toBe(200);
      const again = await send('hi', 'c1');
      expect(again.status).toBe(200); // still kept: replayed
      await (await send('one', 'c2')).arrayBuffer();
      await (await send('two', 'c3')).arrayBuffer();
      const expired = await send('hi', 'c1');
      expect(expired.status).toBe(409);
      expect((await expired.json()).error.code).toBe('REPLY_EXPIRED');
    } finally {
      await bot.close();
    }
  });
});
