interface Window {
  count: number;
  /** When the window ends, in ms since the limiter's epoch (a small integer V8 keeps unboxed). */
  endsAt: number;
}

/**
 * A fixed-window rate limiter in process memory: `points` per `durationMs` per key, the window opening at
 * the key's first request (as rate-limiter-flexible's memory limiter counts). Unlike that one, which
 * keeps a timer per key to forget it, this one keeps no timer: windows all last `durationMs`, so the map's
 * insertion order is their end order, and each call first drops the windows that ended, from the front
 * (amortised O(1)). A key costs one map entry and a two-number object for at most `durationMs` after its
 * window opened.
 */
export class WindowLimiter {
  private readonly windows = new Map<string, Window>();
  private readonly epoch: number;

  constructor(
    private readonly points: number,
    private readonly durationMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.epoch = now();
  }

  /** Counts one request of `key`: 0 when it is allowed, else the ms until its window ends. */
  take(key: string): number {
    const now = this.now() - this.epoch;
    this.forgetEnded(now);
    let window = this.windows.get(key);
    if (window === undefined) {
      window = { count: 0, endsAt: now + this.durationMs };
      this.windows.set(key, window);
    }
    window.count++;
    return window.count > this.points ? Math.max(1, window.endsAt - now) : 0;
  }

  /** Keys with an open window (what the limiter holds). */
  get size(): number {
    return this.windows.size;
  }

  private forgetEnded(now: number): void {
    for (const [key, window] of this.windows) {
      if (window.endsAt > now) return;
      this.windows.delete(key);
    }
  }
}
