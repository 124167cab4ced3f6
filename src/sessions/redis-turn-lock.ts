import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { LockTimeoutError } from './lock-timeout-error.ts';
import type { LockLease, TurnLock } from './turn-lock.ts';

const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;
const RENEW = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;

export interface RedisTurnLockOptions {
  /** Key prefix (e.g. `maitre:`); the lock lives at `<prefix>lock:<key>`. */
  prefix: string;
  /** Lock expiry; renewed every third of it while held, so a crashed holder frees it after at most this. */
  ttlMs?: number;
  /** Polling interval while waiting. */
  retryMs?: number;
}

/**
 * Turn lock across replicas: `SET key value NX PX ttl` where value = `<fence>:<uuid>`; the fence comes from
 * `INCR` so every acquisition gets a larger number (writers check it: RedisSessionStore.setFenced), one
 * more than the attempt before it (every attempt draws one, taken or not).
 * Renewed while held; released by compare-and-delete in Lua so a late holder never frees another's lock.
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
    const deadline = Date.now() + waitMs;
    let delay = this.retryMs;
    for (;;) {
      const fence = await this.redis.incr(`${this.options.prefix}fence:${key}`);
      const value = `${fence}:${randomUUID()}`;
      const ok = await this.redis.set(lockKey, value, 'PX', this.ttlMs, 'NX');
      if (ok === 'OK') return this.lease(key, lockKey, value, fence);
      if (Date.now() + delay > deadline) throw new LockTimeoutError(key);
      await new Promise((r) => setTimeout(r, delay + Math.random() * delay));
      delay = Math.min(delay * 2, 200);
    }
  }

  async close(): Promise<void> {}

  private lease(key: string, lockKey: string, value: string, fence: number): LockLease {
    let released = false;
    const renew = setInterval(
      () => {
        this.redis.eval(RENEW, 1, lockKey, value, String(this.ttlMs)).catch(() => {});
      },
      Math.max(50, Math.floor(this.ttlMs / 3)),
    );
    renew.unref();
    return {
      key,
      fence,
      stillHeld: async () => !released && (await this.redis.get(lockKey)) === value,
      release: async () => {
        if (released) return;
        released = true;
        clearInterval(renew);
        await this.redis.eval(RELEASE, 1, lockKey, value);
      },
    };
  }
}
