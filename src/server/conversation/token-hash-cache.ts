/**
 * The token hashes a replica read from the service store, kept for `ttlMs` (default 60 s), at most
 * `maxEntries` (default 10,000, the oldest read going first): a session's hash never changes while the
 * session lives, so a session's requests need one store read a minute instead of one each (on Redis, a
 * round trip per request). A session that expired meanwhile is still refused by what the request does
 * next (its state is gone: 404).
 */
export class TokenHashCache {
  private readonly entries = new Map<string, { hash: string; until: number }>();

  constructor(
    private readonly ttlMs = 60_000,
    private readonly maxEntries = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** The hash read for `sessionId` less than `ttlMs` ago, if any. */
  get(sessionId: string): string | undefined {
    const entry = this.entries.get(sessionId);
    if (!entry) return undefined;
    if (entry.until > this.now()) return entry.hash;
    this.entries.delete(sessionId);
    return undefined;
  }

  set(sessionId: string, hash: string): void {
    this.entries.delete(sessionId);
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(sessionId, { hash, until: this.now() + this.ttlMs });
  }

  get size(): number {
    return this.entries.size;
  }
}
