import type { EventBus } from './event-bus.ts';

/** In-process pub/sub (one replica). Messages go through JSON so nothing is shared by reference. */
export class MemoryEventBus implements EventBus {
  private readonly handlers = new Map<string, Set<(message: unknown) => void>>();

  async publish(channel: string, message: unknown): Promise<void> {
    const json = JSON.stringify(message);
    for (const handler of this.handlers.get(channel) ?? []) queueMicrotask(() => handler(JSON.parse(json)));
  }

  async subscribe(channel: string, handler: (message: unknown) => void): Promise<() => Promise<void>> {
    let set = this.handlers.get(channel);
    if (!set) {
      set = new Set();
      this.handlers.set(channel, set);
    }
    set.add(handler);
    return async () => {
      set.delete(handler);
      if (set.size === 0) this.handlers.delete(channel);
    };
  }

  async close(): Promise<void> {
    this.handlers.clear();
  }
}
