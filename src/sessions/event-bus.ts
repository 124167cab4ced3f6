/** Publish/subscribe between replicas: a push published anywhere reaches the replica holding the stream. */
export interface EventBus {
  publish(channel: string, message: unknown): Promise<void>;
  /** Returns a function that unsubscribes this handler. */
  subscribe(channel: string, handler: (message: unknown) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}
