/** Reply streams kept per session: the latest and the one before (a retry racing a new message). */
export const STREAMS_KEPT_PER_SESSION = 2;

/** A recorded reply stream: its SSE parts (JSON text, in order) and whether it is complete. */
export interface RecordedStream {
  messageId: string;
  /** The session the reply belongs to (a stream is only ever resumed by its own session). */
  sessionId: string;
  parts: string[];
  complete: boolean;
}

/**
 * Records reply streams so a client that dropped can resume (`Last-Event-ID`) on any replica.
 * Parts are appended in order; `latest` names the session's most recent stream.
 */
export interface StreamStore {
  begin(sessionId: string, messageId: string, ttlSeconds: number): Promise<void>;
  append(messageId: string, parts: string[], ttlSeconds: number): Promise<void>;
  /**
   * Marks the stream complete; `last` (parts not appended yet) are appended first, in the same step (on
   * Redis one command instead of three).
   */
  complete(messageId: string, ttlSeconds: number, last?: readonly string[]): Promise<void>;
  /** Parts from index `from` on. */
  read(messageId: string, from?: number): Promise<RecordedStream | undefined>;
  latest(sessionId: string): Promise<string | undefined>;
}
