import { z } from 'zod';

/** A push into a conversation (docs/api.md): today only order-status changes. */
export const Notification = z.object({
  id: z.string(),
  type: z.literal('order_status'),
  orderId: z.string(),
  status: z.string(),
  text: z.string(),
  createdAt: z.string(),
});
export type Notification = z.infer<typeof Notification>;

const STATUS_TEXT: Record<string, string> = {
  placed: 'Your order has been placed.',
  paid: 'Payment received, thank you!',
  preparing: 'Your order is being prepared.',
  ready: 'Your order is ready.',
  out_for_delivery: 'Your order is on its way.',
  completed: 'Your order is complete. Enjoy your meal!',
  cancelled: 'Your order was cancelled. Sorry about that; reply here if you need help.',
};

/** The customer-facing sentence for an order status. */
export function orderStatusText(status: string): string {
  return STATUS_TEXT[status] ?? `Your order status is now: ${status.replaceAll('_', ' ')}.`;
}

/** Parses stored notification JSON, dropping anything malformed. */
export function parseNotifications(jsons: string[]): Notification[] {
  const out: Notification[] = [];
  for (const json of jsons) {
    try {
      const parsed = Notification.safeParse(JSON.parse(json));
      if (parsed.success) out.push(parsed.data);
    } catch {
      // ignore a corrupt entry
    }
  }
  return out;
}
