import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';

/** Runs a Lua script: `keys` first, then `args`; resolves to the script's reply. */
export type RedisScript = (
  redis: Redis,
  keys: readonly string[],
  args: readonly (string | number)[],
) => Promise<unknown>;

/**
 * A Lua script run by its SHA1 (EVALSHA), and by its text (EVAL, which also caches it on the server) when
 * the server does not know it yet (NOSCRIPT: first use, a restarted or flushed Redis). EVALSHA is a plain
 * command, so unlike `multi()` it joins the client's auto-pipeline: the commands of one tick (of one turn
 * or of concurrent turns) go out in one write. (Not ioredis's `defineCommand`: defined lazily, its
 * commands break an auto-pipeline already open in the same tick, ioredis issue #1931.)
 */
export function redisScript(numberOfKeys: number, lua: string): RedisScript {
  const sha = createHash('sha1').update(lua).digest('hex');
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
