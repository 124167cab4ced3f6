import { z } from 'zod';
import { BotEvent } from './bot-event.ts';
import { PHRASES, type PhraseKey } from './phrases.ts';

/**
 * The act language: what a turn did and what it asks, as structured facts rather than English. Actions
 * emit acts (`act(ctx, …)` in src/core/dialog/turn-context.ts); the respond stage
 * (src/core/respond/respond.ts) renders them into text (templates, or later a model phraser grounded only
 * on these acts) and cards. Money is in integer minor units of `currency`, always as the backend stated it
 * (never computed here).
 */

const phraseKeys = Object.keys(PHRASES) as [PhraseKey, ...PhraseKey[]];

/** A phrase key of src/core/respond/phrases.ts. */
export const PhraseKeySchema = z.enum(phraseKeys);

/** Template variables: `{name}` placeholders of a phrase. */
export const PhraseVars = z.record(z.string(), z.union([z.string(), z.number()]));
export type PhraseVars = z.infer<typeof PhraseVars>;

/** A cart line as an act states it: the backend's line, its option labels and its total (minor units). */
export const ActLine = z.object({
  /** The backend's line id; absent for a line not (yet) in the cart, e.g. a dropped pending draft. */
  lineId: z.string().optional(),
  itemId: z.string(),
  name: z.string(),
  quantity: z.number().int(),
  /** Readable options: "Large", "extra Cheese", "no Onions" (src/core/respond/cards.ts lineOptionLabels). */
  options: z.array(z.string()),
  /** The backend's line total, minor units; absent when the backend did not return the line. */
  lineTotal: z.number().int().optional(),
});
export type ActLine = z.infer<typeof ActLine>;

/** The backend's cart totals after a change, minor units of `currency`. */
export const ActTotals = z.object({
  currency: z.string(),
  subtotal: z.number().int(),
  tax: z.number().int(),
  deliveryFee: z.number().int(),
  total: z.number().int(),
});
export type ActTotals = z.infer<typeof ActTotals>;

/** A menu item offered instead of a refused one (id and name from the backend's menu). */
export const ActItemRef = z.object({ itemId: z.string().optional(), name: z.string() });
export type ActItemRef = z.infer<typeof ActItemRef>;

/** Where a quoted passage or fact comes from (a venue document, section, optional item). */
export const ActSource = z.object({
  document: z.string(),
  title: z.string(),
  section: z.string(),
  itemId: z.string().optional(),
});
export type ActSource = z.infer<typeof ActSource>;

/** Why an item did not reach the cart. */
export const RefusalReason = z.enum([
  /** Sold out (backend `available: false`). */
  'unavailable',
  /** Fewer in stock than asked (`available` says how many). */
  'low_stock',
  /** Not on the menu (`heard`: what the customer said). */
  'unknown_item',
  /** More than `maxQuantityPerLine` of one item, none in the cart yet. */
  'quantity_line',
  /** Some already in the cart, room for `room` more. */
  'quantity_item_room',
  /** The cart already holds the most of this item. */
  'quantity_item_full',
  /** More than `maxQuantityPerOrder` units in the order. */
  'quantity_order',
  /** The backend refused the line (`detail`: its message). */
  'backend_refused',
  /** Too many questions already waiting (`maxPendingQuestions`). */
  'too_many_pending',
]);
export type RefusalReason = z.infer<typeof RefusalReason>;

/** What kind of question is pending (mirrors `Pending.kind` of the session state, plus `anything_else`). */
export const QuestionKind = z.enum([
  'anything_else',
  'items',
  'slot',
  'option',
  'quantity',
  'confirm_quantity',
  'more_or_total',
  'confirm_order',
  'diet_conflict',
  'clarify',
  'confirm_cancel',
  'offer_handoff',
  'guest_dish',
  'offer_item',
]);
export type QuestionKind = z.infer<typeof QuestionKind>;

/** How a question is worded by the templates: a phrase, or a venue-given prompt (option groups). */
export const Wording = z.union([
  z.object({ key: PhraseKeySchema, vars: PhraseVars }),
  z.object({ text: z.string() }),
]);
export type Wording = z.infer<typeof Wording>;

const Say = z.object({
  type: z.literal('say'),
  /** A small phrase with no business data ("what else?", "noted"): rendered from the templates. */
  key: PhraseKeySchema,
  vars: PhraseVars,
});

const Verbatim = z.object({
  type: z.literal('verbatim'),
  /** Text repeated as it was said before ("repeat that"): the last reply, a greeting back. */
  text: z.string(),
});

const ItemsAdded = z.object({
  type: z.literal('items_added'),
  /** The lines added this turn, in order (consecutive additions share one act). */
  lines: z.array(ActLine).min(1),
  /** The line swapped out, when the addition replaced one ("make it a pepsi instead"). */
  replaced: ActItemRef.optional(),
  /** The cart totals after the last addition. */
  totals: ActTotals.optional(),
});

const ItemUpdated = z.object({
  type: z.literal('item_updated'),
  /** The line as it stands after the change (or, when the backend did not return it, its name only). */
  line: ActLine,
  /** False when only the name is known (the backend's cart lacked the line). */
  described: z.boolean(),
  totals: ActTotals.optional(),
});

const ItemsRemoved = z.object({
  type: z.literal('items_removed'),
  /** The lines taken out (or the pending draft dropped); the last one is named. */
  lines: z.array(ActLine).min(1),
  totals: ActTotals.optional(),
});

const ItemRefused = z.object({
  type: z.literal('item_refused'),
  reason: RefusalReason,
  item: ActItemRef,
  /** The quantity asked. */
  quantity: z.number().int().optional(),
  /** Units in stock (`low_stock`), units already in the cart (`quantity_item_*`). */
  available: z.number().int().optional(),
  inCart: z.number().int().optional(),
  /** The cap that was hit (config), or the order's total units for `quantity_order`. */
  max: z.number().int().optional(),
  total: z.number().int().optional(),
  /** The backend's reason (`backend_refused`). */
  detail: z.string().optional(),
  /** Available items of the same category and diet, offered instead. */
  alternatives: z.array(ActItemRef),
});

const Question = z.object({
  type: z.literal('question'),
  kind: QuestionKind,
  /** The checkout slot asked (`slot`), or the option group (`option`). */
  slot: z.string().optional(),
  group: z.string().optional(),
  itemId: z.string().optional(),
  /** The answers offered (quick replies), in order. */
  choices: z.array(z.string()),
  /** Asked again after a digression ("back to your order: …"). */
  resume: z.boolean(),
  wording: Wording,
  /** The question as rendered by the templates and kept in the session's pending question. */
  text: z.string(),
});

const KnowledgeAnswer = z.object({
  type: z.literal('knowledge_answer'),
  /** The quoted passages, best first, plain text as the venue's documents state them. */
  passages: z.array(z.object({ text: z.string(), source: ActSource })).min(1),
  /** The retriever was sure (≥ `knowledgeConfidentAt`); otherwise offered with "I'm not sure". */
  confident: z.boolean(),
  /** "delivery areas and fees page, under Fees and minimums": the first passage's source, readable. */
  sourceName: z.string(),
});

const FactAnswer = z.object({
  type: z.literal('fact_answer'),
  /** Hours, delivery areas, fees, payment… (src/core/facts). */
  topic: z.string(),
  /** The exact answer computed from the venue's data on the venue's clock. */
  text: z.string(),
  source: ActSource,
  sourceName: z.string(),
});

const Summary = z.object({
  type: z.literal('summary'),
  cartId: z.string(),
  lines: z.array(ActLine),
  totals: ActTotals,
  fulfillment: z.enum(['delivery', 'pickup']),
  address: z.string().optional(),
  name: z.string(),
  phone: z.string(),
  paymentMethod: z.string(),
  notes: z.string().optional(),
  /** When the order is wanted, as said to the customer ("today at 7:30 pm"); absent: none was asked for. */
  when: z.string().optional(),
});

const OrderPlaced = z.object({
  type: z.literal('order_placed'),
  orderId: z.string(),
  /** The order's total, minor units (backend). */
  total: z.number().int(),
  currency: z.string(),
  /** Cash on delivery or pickup, or a payment link from the backend. */
  payment: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('cash'), when: z.enum(['delivery', 'pickup']) }),
    z.object({
      kind: z.literal('link'),
      url: z.string(),
      amount: z.number().int(),
      currency: z.string(),
      status: z.string(),
    }),
  ]),
});

const Show = z.object({
  type: z.literal('show'),
  /** A card with no sentence of its own: a menu list, the cart, an order, a hand-off. */
  card: BotEvent,
});

const Suggest = z.object({
  type: z.literal('suggest'),
  /** Quick replies offered with the reply; the last `suggest` of a turn wins; empty clears. */
  replies: z.array(z.string()),
});

/** One dialogue act. Type names are stable: they are recorded in TurnResult.acts. */
export const Act = z.discriminatedUnion('type', [
  Say,
  Verbatim,
  ItemsAdded,
  ItemUpdated,
  ItemsRemoved,
  ItemRefused,
  Question,
  KnowledgeAnswer,
  FactAnswer,
  Summary,
  OrderPlaced,
  Show,
  Suggest,
]);
export type Act = z.infer<typeof Act>;
export type ActOf<T extends Act['type']> = Extract<Act, { type: T }>;
