import { z } from 'zod';
import { Cart } from '../../contract/backend-api.ts';
import { Allergen, Diet } from '../../domain/menu-schema.ts';

/** Flows (business processes) and patterns (repairs) that can sit on the frame stack. */
export const FLOW_IDS = ['order'] as const;
export const PATTERN_IDS = [
  'choose_option',
  'confirm_quantity',
  'diet_conflict',
  'clarify',
  'confirm_cancel',
  'offer_handoff',
  'offer_item',
  'guest_dish',
  'ask_quantity',
  'more_or_total',
] as const;
export const FrameKind = z.enum([...FLOW_IDS, ...PATTERN_IDS]);
export type FrameKind = z.infer<typeof FrameKind>;

/** A line the customer asked for that is not in the cart yet (waiting for an option, a confirmation...). */
export const DraftLine = z.object({
  itemId: z.string(),
  name: z.string(),
  quantity: z.number().int().min(1),
  options: z.array(
    z.object({
      group: z.string(),
      choice: z.string(),
      quantity: z.number().int().min(1),
      qualifier: z.enum(['light', 'extra']).optional(),
    }),
  ),
  without: z.array(
    z.object({ group: z.string(), choice: z.string(), qualifier: z.enum(['light', 'extra']).optional() }),
  ),
  /** A count was said but not a number ("some samosas"): asked before the line is added. */
  quantityUnknown: z.boolean().optional(),
  /** Checks already passed, so answering one question does not ask it again. */
  checked: z.object({ quantity: z.boolean(), diet: z.boolean() }),
  /** Someone else's diet and allergies the line must fit ("my mum is vegetarian"), instead of the customer's. */
  guest: z.object({ person: z.string(), diet: Diet.optional(), allergies: z.array(Allergen) }).optional(),
  /** A diet and allergens asked of this dish alone ("a vegan muffin"), checked with the customer's (or guest's) own. */
  fits: z.object({ diet: Diet.optional(), allergies: z.array(Allergen) }).optional(),
  /** When set, the draft replaces this cart line instead of adding a new one. */
  replacesLineId: z.string().optional(),
  /** When set, the draft is one unit taken off this cart line ("make one of them a …"): its count goes down by one. */
  splitsLineId: z.string().optional(),
  /** Groups asked only because their gate was taken (a combo's drink) and passed over ("no thanks"). */
  declined: z.array(z.string()).optional(),
  /**
   * Optional groups the customer named without a choice ("a hamburger with cheese", "a latte with
   * syrup"): asked like a required one, with their choices, before the line is added.
   */
  ask: z.array(z.string()).max(8).optional(),
  /** The line's kitchen note ("well done", "cut in squares"), plain text. */
  note: z.string().max(120).optional(),
});
export type DraftLine = z.infer<typeof DraftLine>;

export const Frame = z.object({
  id: z.string(),
  kind: FrameKind,
  /** The current step of the flow; for patterns the question they wait on. */
  step: z.string(),
  /** Data the frame needs (a draft line, choices offered, ...). */
  slots: z.record(z.string(), z.unknown()),
  /** Whether the step's question was put to the customer. */
  asked: z.boolean(),
  /** Times the current step's question was asked again without an answer. */
  reprompts: z.number().int().min(0),
});
export type Frame = z.infer<typeof Frame>;

export const CheckoutSlots = z.object({
  fulfillment: z.enum(['delivery', 'pickup']).optional(),
  address: z.string().optional(),
  name: z.string().optional(),
  phone: z.string().optional(),
  paymentMethod: z.enum(['card', 'cash', 'upi', 'wallet']).optional(),
  notes: z.string().optional(),
  /**
   * When the order is wanted: `asap`, or an instant (ISO 8601 with the venue's offset) checked against
   * the venue's hours. Absent: as soon as possible.
   */
  when: z.string().optional(),
});
export type CheckoutSlots = z.infer<typeof CheckoutSlots>;
export type CheckoutSlotName = keyof CheckoutSlots;

export const PlacedOrder = z.object({
  id: z.string(),
  status: z.string(),
  total: z.number().int(),
  currency: z.string(),
  paymentUrl: z.string().optional(),
  paymentStatus: z.string().optional(),
});
export type PlacedOrder = z.infer<typeof PlacedOrder>;

/** What the bot waits for, derived from the top frame; also given to understanding as ParseContext. */
export const Pending = z.object({
  kind: z.string(),
  slot: z.string().optional(),
  group: z.string().optional(),
  itemId: z.string().optional(),
  question: z.string(),
  /** The order summary only: `summaryFingerprint` of the cart and details it showed. */
  fingerprint: z.string().optional(),
});
export type Pending = z.infer<typeof Pending>;

/**
 * A session's language-model totals: tokens in and out, cost in micro-USD (1e-6 USD, integer, from the
 * adapter's price table) and calls. Over `LLM_SESSION_TOKEN_BUDGET` (in + out) the templates answer.
 */
export const LlmUsageTotals = z.object({
  inputTokens: z.number().int().min(0),
  outputTokens: z.number().int().min(0),
  costMicroUsd: z.number().int().min(0),
  calls: z.number().int().min(0),
});
export type LlmUsageTotals = z.infer<typeof LlmUsageTotals>;

/** How many of a card's items "the n-th one" can pick (`SessionState.listed`). */
export const LISTED_MAX = 20;
/** For how many turns after its card "the second one" still picks from it (`SessionState.listed`). */
export const LISTED_TURNS = 3;

/** One conversation, as a plain JSON object: stored by a SessionStore between turns. */
export const SessionState = z.object({
  version: z.literal(1),
  sessionId: z.string(),
  venueId: z.string(),
  turn: z.number().int().min(0),
  customerId: z.string(),
  cartId: z.string().nullable(),
  /** Item ids in the open cart, refreshed after each change: lets understanding resolve "the pizza". */
  cartItems: z.array(z.string()).default([]),
  /**
   * The gates cart lines hold, as `itemId/group/choice`: their choices of option groups that other groups
   * are offered only with (`offeredWith`, a burger's combo). Lets understanding tell "a coke" for the
   * combo's drink from a drink of its own. Refreshed with `cartItems`.
   */
  cartGates: z.array(z.string()).default([]),
  frames: z.array(Frame),
  slots: CheckoutSlots,
  /** Optional slots the customer chose to skip. */
  skipped: z.array(z.string()),
  constraints: z.object({ diet: Diet.optional(), allergies: z.array(Allergen) }),
  counters: z.object({ understandingFailures: z.number().int().min(0), errors: z.number().int().min(0) }),
  /** Key for placing the current cart; reused when a placement is retried. */
  idempotencyKey: z.string().optional(),
  order: PlacedOrder.optional(),
  /** The item last talked about (added, described, offered): what "is it spicy?" refers to. */
  focusItemId: z.string().optional(),
  /**
   * Choices of the dish in focus that the question answered by its menu entry named ("do you have
   * horchata": the Agua Fresca's Horchata): an order of that dish said without naming it ("a large one")
   * takes them unless it names another choice of the same group. Read only while `itemId` is in focus.
   */
  focusChoices: z
    .object({
      itemId: z.string(),
      options: z.array(z.object({ group: z.string(), choice: z.string() })).max(8),
    })
    .optional(),
  /**
   * The items the turn's last item card listed, in the card's order (at most LISTED_MAX), and that
   * turn's number: what "I'll take the second one" picks in the next few turns (LISTED_TURNS).
   */
  listed: z.object({ turn: z.number().int(), itemIds: z.array(z.string()).max(LISTED_MAX) }).optional(),
  /** The cart line most recently added or changed ("make that two" refers to it). */
  lastLineId: z.string().optional(),
  /**
   * The cart lines the latest turn that added any added, and that turn's number: "on corn tortillas
   * pls" right after one taco was ordered is that taco's (`justOrderedLine`).
   */
  justAdded: z.object({ turn: z.number().int(), lineIds: z.array(z.string()) }).optional(),
  pending: Pending.nullable(),
  /** Text of the last bot reply, for "repeat". */
  lastReply: z.string().optional(),
  handedOff: z.boolean(),
  /** Tokens (in + out) the language model has spent on this session, for its budget (docs/llm.md). */
  llmTokens: z.number().int().min(0).optional(),
  history: z.array(z.object({ role: z.enum(['user', 'bot']), text: z.string() })),
  /** What this session spent on the language model so far (absent until its first call). */
  llmUsage: LlmUsageTotals.optional(),
  /**
   * The cart as the backend last returned it at the end of a turn, for the session view of the next
   * turns that do not touch the cart (src/server/conversation/carried-cart.ts). Kept by the conversation
   * service, never seen by the core: `fence` is the turn lock's fence of the turn that saved it, `at`
   * when (epoch ms) the backend returned it.
   */
  viewCart: z.object({ cart: Cart, fence: z.number().int(), at: z.number() }).optional(),
});
export type SessionState = z.infer<typeof SessionState>;

export function createSessionState(init: {
  sessionId: string;
  venueId: string;
  customerId: string;
}): SessionState {
  return {
    version: 1,
    sessionId: init.sessionId,
    venueId: init.venueId,
    turn: 0,
    customerId: init.customerId,
    cartId: null,
    cartItems: [],
    cartGates: [],
    frames: [],
    slots: {},
    skipped: [],
    constraints: { allergies: [] },
    counters: { understandingFailures: 0, errors: 0 },
    pending: null,
    handedOff: false,
    history: [],
  };
}

/**
 * The item card "the second one" or "the mild one" can still point at: the turn's last card
 * (`SessionState.listed`) when it was shown in the last LISTED_TURNS turns, else undefined.
 */
export function recentListed(state: Readonly<Pick<SessionState, 'turn' | 'listed'>>): SessionState['listed'] {
  const listed = state.listed;
  return listed && state.turn - listed.turn <= LISTED_TURNS ? listed : undefined;
}
