import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';

/** Runs a Lua script: `keys` first, then `args`; resolves to the script's reply. */
export type RedisScript = (
  redis: Redis,
  keys: readonly string[],
  args: readonly (string | number)[],
) => Promise<unknown>;

/** Every script made by `redisScript`, loaded by `loadScriptsOnReady`. */
const SCRIPTS = new Set<string>();

/** The SHA1 of every script made by `redisScript` (what `SCRIPT EXISTS` asks about). */
export function scriptShas(): string[] {
  return [...SCRIPTS].map((lua) => createHash('sha1').update(lua).digest('hex'));
}

/**
 * Loads every script into Redis each time `redis` becomes ready (at start and after each reconnection:
 * a restarted Redis has forgotten them), before any other command of the connection, so a script never
 * meets NOSCRIPT in the middle of a pipeline, where its EVAL fallback would run after the commands sent
 * behind it (a save landing after the lock's release). Loads at once when already ready.
 */
export function loadScriptsOnReady(redis: Redis): void {
  const load = () => {
    for (const lua of SCRIPTS) redis.script('LOAD', lua).catch(() => {});
  };
  redis.on('ready', load);
  if (redis.status === 'ready') load();
}

/**
 * A Lua script run by its SHA1 (EVALSHA), and by its text (EVAL, which also caches it on the server) when
 * the server does not know it yet (NOSCRIPT: first use, a restarted or flushed Redis). EVALSHA is a plain
 * command, so unlike `multi()` it joins the client's auto-pipeline: the commands of one tick (of one turn
 * or of concurrent turns) go out in one write. (Not ioredis's `defineCommand`: defined lazily, its
 * commands break an auto-pipeline already open in the same tick, ioredis issue #1931.)
 */
export function redisScript(numberOfKeys: number, lua: string): RedisScript {
  const sha = createHash('sha1').update(lua).digest('hex');
  SCRIPTS.add(lua);
  return async (redis, keys, args) => {
    if (keys.length !== numberOfKeys)
      throw new Error(`the script takes ${numberOfKeys} keys, not ${keys.length}`);
    try {
      return await redis.evalsha(sha, numberOfKeys, ...keys, ...args);
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
      return redis.eval(lua, numberOfKeys, ...keys, ...args);
    }
  };
}
