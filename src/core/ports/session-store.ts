import type { SessionState } from '../state/session-state.ts';

/** Where sessions live between turns (memory here; Redis later). Entries expire after `ttlSeconds`. */
export interface SessionStore {
  get(sessionId: string): Promise<SessionState | undefined>;
  set(sessionId: string, state: SessionState, ttlSeconds?: number): Promise<void>;
  delete(sessionId: string): Promise<void>;
}
