/**
 * Tells the webhook dispatcher that outbox rows were committed, so it delivers them now rather than at
 * its next safety poll. In-process only: rows another process commits are found by that poll.
 */
export class OutboxSignal {
  private readonly listeners = new Set<() => void>();

  /** Calls every listener, synchronously (a listener only schedules work). */
  notify(): void {
    for (const listener of this.listeners) listener();
  }

  /** Adds `listener`; returns what removes it. */
  listen(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
