/** A held per-session turn lock. `fence` grows with every acquisition of the same key (fencing token). */
export interface LockLease {
  readonly key: string;
  readonly fence: number;
  /**
   * Taken at the first attempt, without waiting: a store read issued in the same tick as `acquire`
   * (after it, on the same connection for Redis) ran after the lock was taken, so it saw the last
   * holder's writes and may be used; after a wait it may not (read again).
   */
  readonly immediate: boolean;
  /** Whether this lease still owns the lock (it may have expired while the holder stalled). */
  stillHeld(): Promise<boolean>;
  release(): Promise<void>;
}

/** Serialises turns of one session, in one process (memory) or across replicas (Redis). */
export interface TurnLock {
  /**
   * True when every acquisition of a key happens in this process (the memory lock): a turn that did not
   * end well is known here. Otherwise (Redis) fences grow by exactly one per acquisition of a key (only a
   * taken lock draws one), so `fence - 1` is the acquisition just before this one.
   */
  readonly inProcess?: boolean;
  /** Waits up to `waitMs` for the lock; throws LockTimeoutError when it cannot be had in time. */
  acquire(key: string, waitMs?: number): Promise<LockLease>;
  close(): Promise<void>;
}
