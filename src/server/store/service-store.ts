/**
 * What the bot service keeps besides SessionState: the session's token hash, order → session mapping,
 * latest order statuses, queued notifications, webhook event ids already seen, and client message ids.
 * Memory (MemoryServiceStore) or Redis (src/sessions/redis-service-store.ts). Values are strings.
 */
export interface ServiceStore {
  saveTokenHash(sessionId: string, hash: string, ttlSeconds: number): Promise<void>;
  getTokenHash(sessionId: string): Promise<string | undefined>;
  /**
   * Extends the session's token after a turn. The inbox needs no extension: the turn drained it (an
   * inbox holds at most 50, a drain takes them all) and each later enqueue gives it the session's TTL.
   */
  touch(sessionId: string, ttlSeconds: number): Promise<void>;

  mapOrder(orderId: string, sessionId: string, ttlSeconds: number): Promise<void>;
  sessionForOrder(orderId: string): Promise<string | undefined>;
  setOrderStatus(orderId: string, status: string, ttlSeconds: number): Promise<void>;
  getOrderStatus(orderId: string): Promise<string | undefined>;

  /** Queues a notification (JSON text) for the next poll. */
  enqueue(sessionId: string, json: string, ttlSeconds: number): Promise<void>;
  /** Returns and clears the queue, oldest first. */
  drain(sessionId: string): Promise<string[]>;
  /** Removes one queued notification (delivered live). */
  dequeue(sessionId: string, json: string): Promise<void>;
  peek(sessionId: string): Promise<string[]>;

  /** True the first time an id is seen within the TTL; false for a replay. */
  markSeen(id: string, ttlSeconds: number): Promise<boolean>;
  /** Remembers clientMessageId → messageId; returns the earlier messageId when the id was used before. */
  claimClientMessage(
    sessionId: string,
    clientMessageId: string,
    messageId: string,
    ttlSeconds: number,
  ): Promise<string | undefined>;

  ping(): Promise<void>;
  close(): Promise<void>;
}
