import { LockTimeoutError } from './lock-timeout-error.ts';
import type { LockLease, TurnLock } from './turn-lock.ts';

interface Waiter {
  resolve: (lease: LockLease) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

/**
 * In-process turn lock: a FIFO queue per key, the default when REDIS_URL is unset. It holds an entry only
 * while a key is locked; fences come from one counter for all keys (so they grow with every acquisition
 * of a key without remembering any key once released).
 */
export class MemoryTurnLock implements TurnLock {
  private readonly held = new Map<string, { fence: number; waiters: Waiter[] }>();
  private fence = 0;
  readonly inProcess = true;

  async acquire(key: string, waitMs = 10_000): Promise<LockLease> {
    const entry = this.held.get(key);
    if (!entry) {
      this.held.set(key, { fence: this.nextFence(), waiters: [] });
      return this.lease(key, true);
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

  private nextFence(): number {
    this.fence++;
    return this.fence;
  }

  /** Keys locked now (what the lock holds). */
  get size(): number {
    return this.held.size;
  }

  private lease(key: string, immediate: boolean): LockLease {
    return new MemoryLease(this, key, this.held.get(key)?.fence ?? 0, immediate);
  }

  /** Whether `fence` still holds the lock of `key`. */
  holds(key: string, fence: number): boolean {
    return this.held.get(key)?.fence === fence;
  }

  /** Hands the lock of `key`, held under `fence`, to its next waiter, or frees it. */
  handOver(key: string, fence: number): void {
    const current = this.held.get(key);
    if (!current || current.fence !== fence) return;
    const next = current.waiters.shift();
    if (!next) {
      this.held.delete(key);
      return;
    }
    clearTimeout(next.timer);
    current.fence = this.nextFence();
    next.resolve(this.lease(key, false));
  }
}

/**
 * A lease of the memory lock. A class rather than an object literal of closures: under tsx (esbuild's
 * keepNames) each closure made per lease cost a defineProperty, a share of the bot's CPU per turn.
 */
class MemoryLease implements LockLease {
  private released = false;

  constructor(
    private readonly lock: MemoryTurnLock,
    readonly key: string,
    readonly fence: number,
    readonly immediate: boolean,
  ) {}

  async stillHeld(): Promise<boolean> {
    return !this.released && this.lock.holds(this.key, this.fence);
  }

  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    this.lock.handOver(this.key, this.fence);
  }
}
