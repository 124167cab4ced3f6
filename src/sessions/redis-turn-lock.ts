import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { LockTimeoutError } from './lock-timeout-error.ts';
import { redisScript } from './redis-script.ts';
import type { LockLease, TurnLock } from './turn-lock.ts';

/**
 * KEYS: fence counter, lock. ARGV: holder id, lock TTL (ms), fence counter TTL (s). Takes the lock with
 * the next fence (`<fence>:<holder>`) and returns the fence, or 0 when another holder has it.
 */
const ACQUIRE = redisScript(
  2,
  `local held = redis.call('get', KEYS[2])
if held then return 0 end
local fence = redis.call('incr', KEYS[1])
redis.call('expire', KEYS[1], ARGV[3])
redis.call('set', KEYS[2], fence .. ':' .. ARGV[1], 'PX', ARGV[2])
return fence`,
);
const RELEASE = redisScript(
  1,
  `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`,
);
const RENEW = redisScript(
  1,
  `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`,
);

/**
 * How long a key's fence counter outlives its last acquisition (31 days): longer than any session TTL
 * (SESSION_TTL_SECONDS ≤ 30 days), so the counter never restarts below a fence a live session has
 * stored, and a gone session's counter does not stay in Redis for ever.
 */
export const FENCE_TTL_SECONDS = 31 * 86_400;

export interface RedisTurnLockOptions {
  /** Key prefix (e.g. `maitre:`); the lock lives at `<prefix>lock:<key>`. */
  prefix: string;
  /** Lock expiry; renewed every third of it while held, so a crashed holder frees it after at most this. */
  ttlMs?: number;
  /** Polling interval while waiting. */
  retryMs?: number;
}

/**
 * Turn lock across replicas: one Lua script takes `<prefix>lock:<key>` (value `<fence>:<uuid>`, with a
 * PX expiry) when it is free, with the next fence from `INCR <prefix>fence:<key>`, so every acquisition
 * gets a larger number (writers check it: RedisSessionStore.setFenced), one more than the acquisition
 * before it (only a taken lock draws one). The script joins the client's
 * auto-pipeline: a read issued in the same tick goes out in the same write and runs after it
 * (`immediate`). Renewed while held; released by compare-and-delete in Lua so a late holder never frees
 * another's lock.
 */
export class RedisTurnLock implements TurnLock {
  private readonly ttlMs: number;
  private readonly retryMs: number;

  constructor(
    private readonly redis: Redis,
    private readonly options: RedisTurnLockOptions,
  ) {
    this.ttlMs = options.ttlMs ?? 5_000;
    this.retryMs = options.retryMs ?? 15;
  }

  async acquire(key: string, waitMs = 10_000): Promise<LockLease> {
    const lockKey = `${this.options.prefix}lock:${key}`;
    const fenceKey = `${this.options.prefix}fence:${key}`;
    const deadline = Date.now() + waitMs;
    let delay = this.retryMs;
    for (let attempt = 0; ; attempt++) {
      const holder = randomUUID();
      const fence = Number(
        await ACQUIRE(this.redis, [fenceKey, lockKey], [holder, this.ttlMs, FENCE_TTL_SECONDS]),
      );
      if (fence > 0) return this.lease(key, lockKey, `${fence}:${holder}`, fence, attempt === 0);
      if (Date.now() + delay > deadline) throw new LockTimeoutError(key);
      await new Promise((r) => setTimeout(r, delay + Math.random() * delay));
      delay = Math.min(delay * 2, 200);
    }
  }

  async close(): Promise<void> {}

  private lease(key: string, lockKey: string, value: string, fence: number, immediate: boolean): LockLease {
    let released = false;
    const renew = setInterval(
      () => {
        RENEW(this.redis, [lockKey], [value, this.ttlMs]).catch(() => {});
      },
      Math.max(50, Math.floor(this.ttlMs / 3)),
    );
    renew.unref();
    return {
      key,
      fence,
      immediate,
      stillHeld: async () => !released && (await this.redis.get(lockKey)) === value,
      release: async () => {
        if (released) return;
        released = true;
        clearInterval(renew);
        await RELEASE(this.redis, [lockKey], [value]);
      },
    };
  }
}
