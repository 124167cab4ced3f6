import { Redis, type RedisOptions } from 'ioredis';
import { ConfigError } from '../errors/index.ts';

/** The part of a logger the Redis watcher uses (pino and Fastify's logger fit). */
export interface RedisLog {
  error(fields: Record<string, unknown>, event: string): void;
  info(fields: Record<string, unknown>, event: string): void;
}

/**
 * Options of the bot's command connection: a command fails at once while Redis is unreachable (no
 * offline queue, one retry) or after 1 s when Redis hangs (`commandTimeout`), so a request answers
 * `503 STORE_UNAVAILABLE` with `Retry-After` within a second instead of waiting; the connection keeps
 * reconnecting in the background (every 0.1 s doubling up to 2 s). Commands issued in one tick of the
 * event loop (by concurrent turns) go out in one write (`enableAutoPipelining`): under load a turn's
 * dozen round trips share system calls with other turns' instead of one write and one read each.
 */
export const REDIS_COMMAND_OPTIONS: RedisOptions = {
  enableAutoPipelining: true,
  enableOfflineQueue: false,
  maxRetriesPerRequest: 1,
  connectTimeout: 1_000,
  commandTimeout: 1_000,
  retryStrategy: (times) => Math.min(100 * 2 ** Math.min(times, 5), 2_000),
};

/** Options of the pub/sub connection (no command timeout: a subscribed connection waits by design). */
export const REDIS_SUBSCRIBER_OPTIONS: RedisOptions = {
  enableOfflineQueue: false,
  maxRetriesPerRequest: null,
  connectTimeout: 1_000,
  retryStrategy: REDIS_COMMAND_OPTIONS.retryStrategy,
};

/** `redis://user:secret@host:6379/0` → `host:6379` (what a log or an error may show: no credentials). */
export function redisTarget(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '6379'}`;
  } catch {
    return 'the configured address';
  }
}

/**
 * Checks at start that Redis answers a PING within `timeoutMs`; otherwise throws a ConfigError naming
 * REDIS_URL (one line, no ioredis retries or messages on the console).
 */
export async function checkRedisReachable(url: string, timeoutMs = 2_000): Promise<void> {
  const probe = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: timeoutMs,
    retryStrategy: () => null,
  });
  let failure: string | undefined;
  probe.on('error', (error: NodeJS.ErrnoException) => {
    failure ??= error.code ?? error.message;
  });
  try {
    await probe.connect();
    await probe.ping();
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    failure ??= e.code ?? e.message;
  } finally {
    probe.disconnect();
  }
  if (failure !== undefined)
    throw new ConfigError(
      'REDIS_URL',
      `names a Redis that does not answer (${redisTarget(url)}: ${failure.slice(0, 120)}); start Redis or unset REDIS_URL to keep sessions in memory`,
    );
}

/** Resolves once `redis` is ready for commands (with no offline queue, commands before that fail). */
export function redisReady(redis: Redis): Promise<void> {
  if (redis.status === 'ready') return Promise.resolve();
  return new Promise((resolve) => redis.once('ready', () => resolve()));
}

/**
 * Logs a connection's failures as JSON events, at most one `redis.unavailable` per `intervalMs` (with
 * the count of failures since the last one) and one `redis.recovered` when it is back; without a
 * listener ioredis would print every failed reconnection to the console. `isUp()` tells whether the
 * connection is ready (health reporting).
 */
export function watchRedis(
  redis: Redis,
  log: RedisLog,
  connection: string,
  intervalMs = 10_000,
): { isUp(): boolean } {
  let lastLogged = 0;
  let failures = 0;
  let down = false;
  redis.on('error', (error: NodeJS.ErrnoException) => {
    failures++;
    down = true;
    const now = Date.now();
    if (now - lastLogged < intervalMs) return;
    lastLogged = now;
    log.error(
      {
        connection,
        target: `${redis.options.host}:${redis.options.port}`,
        code: error.code ?? 'ERROR',
        failures,
      },
      'redis.unavailable',
    );
    failures = 0;
  });
  redis.on('ready', () => {
    if (!down) return;
    down = false;
    lastLogged = 0;
    log.info({ connection }, 'redis.recovered');
  });
  return { isUp: () => redis.status === 'ready' };
}
