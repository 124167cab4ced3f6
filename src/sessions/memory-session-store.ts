import type { Clock } from '../core/ports/clock.ts';
import { systemClock } from '../core/ports/clock.ts';
import type { SessionStore } from '../core/ports/session-store.ts';
import { SessionState } from '../core/state/session-state.ts';

/** Sessions in a Map, as JSON text (so nothing is shared by reference), expiring after their TTL. */
export class MemorySessionStore implements SessionStore {
  private readonly entries = new Map<string, { json: string; expiresAt: number }>();

  constructor(
    private readonly defaultTtlSeconds = 3600,
    private readonly clock: Clock = systemClock,
    private readonly maxEntries = 100_000,
  ) {}

  async get(sessionId: string): Promise<SessionState | undefined> {
    const entry = this.entries.get(sessionId);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.clock.now().getTime()) {
      this.entries.delete(sessionId);
      return undefined;
    }
    return SessionState.parse(JSON.parse(entry.json));
  }

  async set(sessionId: string, state: SessionState, ttlSeconds = this.defaultTtlSeconds): Promise<void> {
    this.entries.delete(sessionId);
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(sessionId, {
      json: JSON.stringify(state),
      expiresAt: this.clock.now().getTime() + ttlSeconds * 1000,
    });
  }

  async delete(sessionId: string): Promise<void> {
    this.entries.delete(sessionId);
  }

  get size(): number {
    return this.entries.size;
  }
}
