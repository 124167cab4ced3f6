import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSessionState } from '../core/state/session-state.ts';
import { redisForTests, TEST_REDIS_URL } from '../testing/test-services.ts';
import { LockTimeoutError } from './lock-timeout-error.ts';
import { MemoryTurnLock } from './memory-turn-lock.ts';
import { REDIS_COMMAND_OPTIONS, redisReady } from './redis-connection.ts';
import { RedisEventBus } from './redis-event-bus.ts';
import { loadScriptsOnReady, redisScript, scriptShas } from './redis-script.ts';
import { RedisServiceStore } from './redis-service-store.ts';
import { RedisSessionStore } from './redis-session-store.ts';
import { RedisStreamStore } from './redis-stream-store.ts';
import { FENCE_TTL_SECONDS, RedisTurnLock } from './redis-turn-lock.ts';

const REDIS_URL = TEST_REDIS_URL;
const hasRedis = await redisForTests('the Redis adapter tests are skipped');
const PREFIX = `maitre-test-${randomUUID()}:`;

describe.skipIf(!hasRedis)('Redis adapters', () => {
  let redis: Redis;
  beforeAll(async () => {
    redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
    await redis.ping();
  });
  afterAll(async () => {
    const keys = await redis.keys(`${PREFIX}*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  });

  it('session store round-trips with a TTL and refuses a stale fenced write', async () => {
    const store = new RedisSessionStore(redis, PREFIX, 60);
    const state = createSessionState({ sessionId: 's1', venueId: 'v', customerId: 'c' });
    await store.set('s1', state);
    expect(await store.get('s1')).toEqual(state);
    expect(await redis.ttl(`${PREFIX}session:s1`)).toBeGreaterThan(50);
    expect(await store.setFenced('s1', { ...state, turn: 2 }, 5)).toBe(true);
    expect(await store.setFenced('s1', { ...state, turn: 1 }, 4)).toBe(false);
    expect((await store.get('s1'))?.turn).toBe(2);
    await store.delete('s1');
    expect(await store.get('s1')).toBeUndefined();
  });

  it('turn lock: exclusive, increasing fences, waits, times out, and a stale holder cannot release another’s lock', async () => {
    const lock = new RedisTurnLock(redis, { prefix: PREFIX, ttlMs: 300 });
    const first = await lock.acquire('k', 100);
    await expect(lock.acquire('k', 50)).rejects.toBeInstanceOf(LockTimeoutError);
    const waiting = lock.acquire('k', 2000);
    await new Promise((r) => setTimeout(r, 30));
    await first.release();
    const second = await waiting;
    expect(second.fence).toBeGreaterThan(first.fence);
    await first.release(); // a second release of the old lease does nothing
    expect(await second.stillHeld()).toBe(true);
    // Renewal keeps the lock past its TTL while held.
    await new Promise((r) => setTimeout(r, 500));
    expect(await second.stillHeld()).toBe(true);
    await second.release();
    expect(await second.stillHeld()).toBe(false);
  });

  it('turn lock: the next acquisition of a key gets fence + 1; a turn that held it between makes a gap', async () => {
    // what a carried cart relies on (src/server/conversation/carried-cart.ts)
    const lock = new RedisTurnLock(redis, { prefix: PREFIX, ttlMs: 300 });
    const first = await lock.acquire('adjacent', 100);
    await first.release();
    const second = await lock.acquire('adjacent', 100);
    expect(second.fence).toBe(first.fence + 1);
    // an attempt that did not get the lock (busy) draws nothing
    await expect(lock.acquire('adjacent', 10)).rejects.toBeInstanceOf(LockTimeoutError);
    await second.release();
    // a turn that took the lock and vanished (crashed) between two others: no longer adjacent
    const crashed = await lock.acquire('adjacent', 100);
    await crashed.release();
    const third = await lock.acquire('adjacent', 100);
    expect(crashed.fence).toBe(second.fence + 1);
    expect(third.fence).toBe(second.fence + 2);
    await third.release();
  });

  it('turn lock expires when its holder dies (no renewal)', async () => {
    await redis.set(`${PREFIX}lock:dead`, '1:someone', 'PX', 150);
    const lock = new RedisTurnLock(redis, { prefix: PREFIX });
    const lease = await lock.acquire('dead', 2000);
    expect(await lease.stillHeld()).toBe(true);
    await lease.release();
  });

  it('memory turn lock serialises in FIFO order', async () => {
    const lock = new MemoryTurnLock();
    const order: number[] = [];
    await Promise.all(
      [1, 2, 3].map(async (n) => {
        const lease = await lock.acquire('k');
        order.push(n);
        await new Promise((r) => setTimeout(r, 10));
        await lease.release();
      }),
    );
    expect(order).toEqual([1, 2, 3]);
  });

  it('event bus delivers across connections', async () => {
    const subA = new Redis(REDIS_URL);
    const bus = new RedisEventBus(redis, subA, PREFIX);
    const got: unknown[] = [];
    const off = await bus.subscribe('session:x', (m) => got.push(m));
    const other = new RedisEventBus(redis, new Redis(REDIS_URL), PREFIX);
    await other.publish('session:x', { kind: 'notification', n: 1 });
    for (let i = 0; i < 50 && got.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(got).toEqual([{ kind: 'notification', n: 1 }]);
    await off();
    await bus.close();
    await other.close();
  });

  it('stream store records parts in order and reads from an offset', async () => {
    const streams = new RedisStreamStore(redis, PREFIX);
    await streams.begin('s9', 'm1', 60);
    expect(await streams.latest('s9')).toBe('m1');
    expect(await streams.read('m1')).toEqual({
      messageId: 'm1',
      sessionId: 's9',
      parts: [],
      complete: false,
    });
    await streams.append('m1', ['a', 'b'], 60);
    expect(await streams.read('m1', 1)).toEqual({
      messageId: 'm1',
      sessionId: 's9',
      parts: ['b'],
      complete: false,
    });
    expect(await redis.ttl(`${PREFIX}stream:m1`)).toBeGreaterThan(50);
    // the last parts and the completion in one command
    await streams.complete('m1', 60, ['c', 'd']);
    expect(await streams.read('m1', 1)).toEqual({
      messageId: 'm1',
      sessionId: 's9',
      parts: ['b', 'c', 'd'],
      complete: true,
    });
    expect(await redis.ttl(`${PREFIX}stream:m1:done`)).toBeGreaterThan(50);
    await streams.begin('s9', 'm0', 60);
    await streams.complete('m0', 60);
    expect(await streams.read('m0')).toMatchObject({ parts: [], complete: true });
    // more parts than one Lua `unpack` takes
    const many = Array.from({ length: 9000 }, (_, i) => `p${i}`);
    await streams.begin('s9', 'm-many', 60);
    await streams.complete('m-many', 60, many);
    expect((await streams.read('m-many'))?.parts).toEqual(many);
    expect(await streams.read('nope')).toBeUndefined();
  });

  it('service store: seen ids, queues and client message ids', async () => {
    const store = new RedisServiceStore(redis, PREFIX);
    expect(await store.markSeen('e1', 60)).toBe(true);
    expect(await store.markSeen('e1', 60)).toBe(false);
    await store.enqueue('s', '{"a":1}', 60);
    await store.enqueue('s', '{"b":2}', 60);
    await store.dequeue('s', '{"a":1}');
    expect(await store.drain('s')).toEqual(['{"b":2}']);
    expect(await store.drain('s')).toEqual([]);
    expect(await store.claimClientMessage('s', 'c1', 'm1', 60)).toBeUndefined();
    expect(await store.claimClientMessage('s', 'c1', 'm2', 60)).toBe('m1');
  });
  it('service store: a touch extends the token past the TTL by its window and skips touches within it', async () => {
    let now = 0;
    const store = new RedisServiceStore(redis, PREFIX, 10_000, () => now);
    await store.saveTokenHash('tt', 'h', 60);
    await store.touch('tt', 100);
    expect(await redis.ttl(`${PREFIX}token:tt`)).toBeGreaterThan(105);
    // within the window: no command (the expiry already covers this turn plus the TTL)
    await redis.expire(`${PREFIX}token:tt`, 500);
    now = 9_999;
    await store.touch('tt', 100);
    expect(await redis.ttl(`${PREFIX}token:tt`)).toBeGreaterThan(400);
    // past it: extended again from now
    now = 10_000;
    await store.touch('tt', 100);
    const ttl = await redis.ttl(`${PREFIX}token:tt`);
    expect(ttl).toBeGreaterThan(105);
    expect(ttl).toBeLessThanOrEqual(110);
  });

  it("a turn's opening (stream, lock, session read) goes out in one write, and the read sees the last holder's save", async () => {
    const client = new Redis(REDIS_URL, REDIS_COMMAND_OPTIONS);
    await redisReady(client);
    const sessions = new RedisSessionStore(client, PREFIX, 60);
    const streams = new RedisStreamStore(client, PREFIX);
    const lock = new RedisTurnLock(client, { prefix: PREFIX });
    const state = createSessionState({ sessionId: 'one-write', venueId: 'v', customerId: 'c' });
    const previous = await lock.acquire('one-write');
    expect(await sessions.setFenced('one-write', { ...state, turn: 7 }, previous.fence, 60)).toBe(true);
    await previous.release();
    const socket = (client as unknown as { stream: { write: (...a: unknown[]) => boolean } }).stream;
    const write = socket.write.bind(socket);
    let writes = 0;
    socket.write = (...a: unknown[]) => {
      writes++;
      return write(...a);
    };
    const [, lease, read] = await Promise.all([
      streams.begin('one-write', 'm-ow', 60),
      lock.acquire('one-write'),
      sessions.get('one-write'),
    ]);
    expect(writes).toBe(1);
    expect(lease.immediate).toBe(true);
    expect(lease.fence).toBeGreaterThan(previous.fence);
    expect(read?.turn).toBe(7);
    // a lease that had to wait is not immediate: its holder reads again
    const waiting = lock.acquire('one-write', 2000);
    await new Promise((r) => setTimeout(r, 30));
    await lease.release();
    const later = await waiting;
    expect(later.immediate).toBe(false);
    await later.release();
    expect(await client.ttl(`${PREFIX}fence:one-write`)).toBeGreaterThan(FENCE_TTL_SECONDS - 60);
    client.disconnect();
  });

  it('a Lua script the server does not know yet still runs (NOSCRIPT: EVALSHA falls back to EVAL)', async () => {
    const probe = redisScript(1, `-- ${randomUUID()}\nreturn redis.call('exists', KEYS[1])`);
    await redis.set(`${PREFIX}probe`, '1', 'EX', 60);
    expect(await probe(redis, [`${PREFIX}probe`], [])).toBe(1);
    expect(await probe(redis, [`${PREFIX}probe`], [])).toBe(1);
  });

  it('stream store keeps the latest two streams of a session and deletes older ones', async () => {
    const streams = new RedisStreamStore(redis, PREFIX);
    for (const id of ['k1', 'k2', 'k3']) {
      await streams.begin('keep', id, 60);
      await streams.append(id, ['x'], 60);
      await streams.complete(id, 60);
    }
    expect(await streams.read('k1')).toBeUndefined();
    expect(await redis.exists(`${PREFIX}stream:k1`, `${PREFIX}stream:k1:done`)).toBe(0);
    expect((await streams.read('k2'))?.complete).toBe(true);
    expect(await streams.latest('keep')).toBe('k3');
  });

  it('service store: the inbox keeps its latest 50, drained in order and emptied in one command', async () => {
    const store = new RedisServiceStore(redis, PREFIX);
    for (let i = 0; i < 55; i++) await store.enqueue('inbox', `{"n":${i}}`, 60);
    const drained = await store.drain('inbox');
    expect(drained).toHaveLength(50);
    expect(drained[0]).toBe('{"n":5}');
    expect(drained.at(-1)).toBe('{"n":54}');
    expect(await store.drain('inbox')).toEqual([]);
  });
  it('loads every script when the connection becomes ready, before any command of it', async () => {
    const unique = redisScript(0, `-- ${randomUUID()}\nreturn 1`);
    const client = new Redis(REDIS_URL, { ...REDIS_COMMAND_OPTIONS, lazyConnect: true });
    loadScriptsOnReady(client);
    await client.connect();
    await redisReady(client);
    // the unique script was never run, yet the server knows it (and every other script)
    const known = (await client.script('EXISTS', ...scriptShas())) as number[];
    expect(known.every((k) => k === 1)).toBe(true);
    expect(await unique(client, [], [])).toBe(1);
    client.disconnect();
  });
});
