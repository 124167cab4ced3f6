import { LockTimeoutError } from './lock-timeout-error.ts';
import type { LockLease, TurnLock } from './turn-lock.ts';

interface Waiter {
  resolve: (lease: LockLease) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

/** In-process turn lock: a FIFO queue per key. The default when REDIS_URL is unset. */
export class MemoryTurnLock implements TurnLock {
  private readonly held = new Map<string, { fence: number; waiters: Waiter[] }>();
  private fences = new Map<string, number>();

  async acquire(key: string, waitMs = 10_000): Promise<LockLease> {
    const entry = this.held.get(key);
    if (!entry) {
      this.held.set(key, { fence: this.nextFence(key), waiters: [] });
      return this.lease(key);
    }
    return new Promise<LockLease>((resolve, reject) => {
      const waiter: Waiter = {
        resolve,
        reject,
        timer: setTimeout(() => {
          const current = this.held.get(key);
          if (current) current.waiters = current.waiters.filter((w) => w !== waiter);
          reject(new LockTimeoutError(key));
        }, waitMs),
      };
      entry.waiters.push(waiter);
    });
  }

  async close(): Promise<void> {
    for (const entry of this.held.values())
      for (const w of entry.waiters) {
        clearTimeout(w.timer);
        w.reject(new LockTimeoutError('closing'));
      }
    this.held.clear();
  }

  private nextFence(key: string): number {
    const fence = (this.fences.get(key) ?? 0) + 1;
    this.fences.set(key, fence);
    if (this.fences.size > 100_000) this.fences = new Map([[key, fence]]);
    return fence;
  }

  private lease(key: string): LockLease {
    const entry = this.held.get(key);
    const fence = entry?.fence ?? 0;
    let released = false;
    return {
      key,
      fence,
      stillHeld: async () => !released && this.held.get(key)?.fence === fence,
      release: async () => {
        if (released) return;
        released = true;
        const current = this.held.get(key);
        if (!current || current.fence !== fence) return;
        const next = current.waiters.shift();
        if (!next) {
          this.held.delete(key);
          return;
        }
        clearTimeout(next.timer);
        current.fence = this.nextFence(key);
        next.resolve(this.lease(key));
      },
    };
  }
}
