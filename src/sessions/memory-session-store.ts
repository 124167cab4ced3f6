import type { Clock } from '../core/ports/clock.ts';
import { systemClock } from '../core/ports/clock.ts';
import type { SessionStore } from '../core/ports/session-store.ts';
import type { SessionState } from '../core/state/session-state.ts';
import { frozenCopy } from './frozen-copy.ts';

interface Entry {
  /** The state as saved: a deep, frozen copy, the same value a JSON round trip gives. */
  state: SessionState;
  expiresAt: number;
}

/**
 * Eviction tiers, emptiest first: 0 a session with neither cart nor order, 1 one with a cart, 2 one with
 * an order. A full store evicts from the lowest non-empty tier, least recently written first.
 */
type Tier = 0 | 1 | 2;

function tierOf(state: SessionState): Tier {
  if (state.order) return 2;
  return state.cartId ? 1 : 0;
}

/**
 * Sessions in memory, each as a deep frozen copy of the state saved (`frozenCopy`: the value a JSON round
 * trip gives, so nothing is shared with the caller's state), expiring after their TTL, at
 * most `maxEntries` of them. When full, an expired session goes first; otherwise the least recently
 * written session of the emptiest tier: one with a cart or an order is never evicted while a session
 * with neither remains, and one with an order never while one with only a cart remains (so creating
 * many empty sessions cannot push out a customer's cart).
 */
export class MemorySessionStore implements SessionStore {
  private readonly tiers: [Map<string, Entry>, Map<string, Entry>, Map<string, Entry>] = [
    new Map(),
    new Map(),
    new Map(),
  ];

  constructor(
    private readonly defaultTtlSeconds = 3600,
    private readonly clock: Clock = systemClock,
    private readonly maxEntries = 100_000,
  ) {}

  /**
   * The session as last saved, or undefined (unknown or expired). The state returned is shared by every
   * reader and deeply frozen: copy it before changing it.
   */
  async get(sessionId: string): Promise<SessionState | undefined> {
    for (const tier of this.tiers) {
      const entry = tier.get(sessionId);
      if (!entry) continue;
      if (entry.expiresAt <= this.clock.now().getTime()) {
        tier.delete(sessionId);
        return undefined;
      }
      // the snapshot itself, shared and frozen (a write to it throws): a reader that changes the state
      // copies it first, as the core does (handleTurn copies its input). A JSON text read back per turn
      // was about 40 µs of the bot's CPU per turn; the copy and freeze in `set` are a few µs.
      return entry.state;
    }
    return undefined;
  }

  async set(sessionId: string, state: SessionState, ttlSeconds = this.defaultTtlSeconds): Promise<void> {
    this.remove(sessionId);
    if (this.size >= this.maxEntries) this.evictOne();
    this.tiers[tierOf(state)].set(sessionId, {
      state: frozenCopy(state),
      expiresAt: this.clock.now().getTime() + ttlSeconds * 1000,
    });
  }

  async delete(sessionId: string): Promise<void> {
    this.remove(sessionId);
  }

  get size(): number {
    return this.tiers[0].size + this.tiers[1].size + this.tiers[2].size;
  }

  private remove(sessionId: string): void {
    for (const tier of this.tiers) tier.delete(sessionId);
  }

  /** Drops the oldest entry of each tier when expired; else the oldest entry of the emptiest tier. */
  private evictOne(): void {
    const now = this.clock.now().getTime();
    for (const tier of this.tiers) {
      const oldest = tier.entries().next().value;
      if (oldest && oldest[1].expiresAt <= now) {
        tier.delete(oldest[0]);
        return;
      }
    }
    for (const tier of this.tiers) {
      const oldest = tier.keys().next().value;
      if (oldest !== undefined) {
        tier.delete(oldest);
        return;
      }
    }
  }
}
