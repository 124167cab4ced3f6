import { z } from 'zod';

const Amount = z.object({ amount: z.number().int(), currency: z.string(), formatted: z.string() });

export const ItemCardEntry = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().optional(),
  price: Amount,
  diet: z.string(),
  allergens: z.array(z.string()),
  /** Short labels shown beside the name: "vegan", "contains: milk", "spicy 2/4". */
  badges: z.array(z.string()),
  available: z.boolean(),
});
export type ItemCardEntry = z.infer<typeof ItemCardEntry>;

export const CartCardLine = z.object({
  lineId: z.string(),
  itemId: z.string(),
  name: z.string(),
  quantity: z.number().int(),
  /** Readable options: "Large", "extra Cheese", "no Onions". */
  options: z.array(z.string()),
  lineTotal: Amount,
});
export type CartCardLine = z.infer<typeof CartCardLine>;

export const TotalsCard = z.object({
  currency: z.string(),
  subtotal: Amount,
  tax: Amount,
  deliveryFee: Amount,
  total: Amount,
});
export type TotalsCard = z.infer<typeof TotalsCard>;

/**
 * What a turn produces: text plus optional cards. Every door (CLI, HTTP, SSE, WebSocket) renders these.
 * Type names are persisted: pinned by bot-event.test.ts.
 */
export const BotEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), text: z.string() }),
  z.object({ type: z.literal('item_list'), title: z.string(), items: z.array(ItemCardEntry) }),
  z.object({ type: z.literal('cart'), cartId: z.string(), lines: z.array(CartCardLine), totals: TotalsCard }),
  z.object({
    type: z.literal('order_summary'),
    cartId: z.string(),
    lines: z.array(CartCardLine),
    totals: TotalsCard,
    fulfillment: z.enum(['delivery', 'pickup']),
    address: z.string().optional(),
    name: z.string(),
    phone: z.string(),
    paymentMethod: z.string(),
    notes: z.string().optional(),
    /** When the order is wanted, as said to the customer ("today at 7:30 pm"); absent: as soon as possible. */
    when: z.string().optional(),
  }),
  z.object({
    type: z.literal('payment_link'),
    orderId: z.string(),
    url: z.string(),
    amount: Amount,
    status: z.string(),
  }),
  z.object({ type: z.literal('quick_replies'), replies: z.array(z.string()).min(1) }),
  z.object({
    type: z.literal('sources'),
    /** Whether the retriever was sure the passages answer the question (below: "I'm not sure"). */
    confident: z.boolean(),
    /** Where each quoted passage comes from, in the order quoted. */
    sources: z.array(
      z.object({
        document: z.string(),
        title: z.string(),
        section: z.string(),
        itemId: z.string().optional(),
      }),
    ),
  }),
  z.object({
    type: z.literal('handoff'),
    reason: z.string(),
    /** The last exchanges, so a person can pick up without asking again. */
    transcript: z.array(z.object({ role: z.enum(['user', 'bot']), text: z.string() })),
  }),
]);
export type BotEvent = z.infer<typeof BotEvent>;
export type BotEventType = BotEvent['type'];

/** Every event type, in a stable order (pinned by a test). */
export const BOT_EVENT_TYPES = BotEvent.options.map((o) => o.shape.type.value) as BotEventType[];
