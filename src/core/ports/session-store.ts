import type { SessionState } from '../state/session-state.ts';

/**
 * Where sessions live between turns (memory or Redis). Entries expire after `ttlSeconds`. `set` keeps a
 * copy (the caller may change its state afterwards); `get` may hand out a shared, frozen state (the
 * memory store does): a reader copies it before changing it.
 */
export interface SessionStore {
  get(sessionId: string): Promise<SessionState | undefined>;
  set(sessionId: string, state: SessionState, ttlSeconds?: number): Promise<void>;
  delete(sessionId: string): Promise<void>;
}
