import type { OrderStatusEvent } from '../contract/backend-api.ts';
import type { Logger } from '../core/ports/logger.ts';

/** After each status, the next ones to try (the first the backend accepts wins). */
const NEXT: Record<string, string[]> = {
  placed: ['preparing'], // a cash order; a card order waits for its payment (409 here)
  paid: ['preparing'],
  preparing: ['out_for_delivery', 'ready'], // out_for_delivery only for delivery orders
  ready: ['completed'],
  out_for_delivery: ['completed'],
};

export interface DemoKitchenOptions {
  backendUrl: string;
  serviceToken: string;
  logger: Logger;
  /** Seconds before each move (default 8). */
  delaySeconds?: number;
}

/**
 * A pretend kitchen for `maitre start`: moves each order through its lifecycle a few seconds apart, via the
 * backend's operator endpoint, so the chat shows status pushes without anyone calling the backend by hand.
 */
export class DemoKitchen {
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(private readonly options: DemoKitchenOptions) {}

  /** Called with every new (not replayed) order-status webhook. */
  onOrderEvent(event: OrderStatusEvent): void {
    const next = NEXT[event.data.status];
    if (!next) return;
    const timer = setTimeout(
      () => {
        this.timers.delete(timer);
        this.advance(event.data.orderId, next).catch(() => {});
      },
      (this.options.delaySeconds ?? 8) * 1000,
    );
    timer.unref();
    this.timers.add(timer);
  }

  stop(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  private async advance(orderId: string, candidates: string[]): Promise<void> {
    for (const status of candidates) {
      const res = await fetch(`${this.options.backendUrl}/api/orders/${encodeURIComponent(orderId)}/status`, {
        method: 'POST',
        headers: { authorization: `Bearer ${this.options.serviceToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ status }),
        signal: AbortSignal.timeout(5000),
      });
      await res.arrayBuffer();
      if (res.ok) {
        this.options.logger.info({ orderId, status }, 'demo_kitchen.advanced');
        return;
      }
    }
  }
}
