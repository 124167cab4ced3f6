import { z } from 'zod';
import { CUSTOMER_CANCELLABLE_STATUSES } from '../../domain/menu-schema.ts';
import { DialogConfig } from '../config/dialog-config.ts';

/** A cart line a turn expects: item id, quantity, and option choice ids the line must carry. */
const ExpectedLine = z.object({
  item: z.string(),
  quantity: z.number().int().min(1).optional(),
  options: z.array(z.string()).default([]),
  without: z.array(z.string()).default([]),
  /** A case-insensitive regular expression the line's kitchen note must match. */
  note: z.string().optional(),
  /** Option choice ids the line must not carry. */
  not_options: z.array(z.string()).default([]),
});

export const TurnExpectation = z
  .object({
    /** Intents understanding must have found (any position). */
    intents: z.array(z.string()).optional(),
    /** Command types that must have run, in this order (others may sit between). */
    commands: z.array(z.string()).optional(),
    /** Case-insensitive regular expressions the reply text must match / must not match. */
    reply: z.union([z.string(), z.array(z.string())]).optional(),
    not_reply: z.union([z.string(), z.array(z.string())]).optional(),
    /** The whole cart, line by line in order (subset of options checked). */
    cart: z.array(ExpectedLine).optional(),
    /** Lines the cart must contain, in any order. */
    cart_has: z.array(ExpectedLine).optional(),
    /** Item ids the cart must not contain. */
    cart_lacks: z.array(z.string()).optional(),
    /** Number of lines in the cart. */
    cart_lines: z.number().int().min(0).optional(),
    /** What the bot waits for: none, items, a slot name, option:<group>, confirm_order, diet_conflict, ... */
    pending: z.string().optional(),
    /** placed: an order exists now; none: no order yet. */
    order: z.enum(['placed', 'none']).optional(),
    /** Event types that must appear in the reply. */
    events: z.array(z.string()).optional(),
    /** Session slots that must hold these values; null: the slot must be unset. */
    slots: z.record(z.string(), z.string().nullable()).optional(),
    /** Session slots that must be set and match these case-insensitive regular expressions. */
    slots_match: z.record(z.string(), z.string()).optional(),
    /** Session slots that must be unset or not match these case-insensitive regular expressions. */
    slots_not_match: z.record(z.string(), z.string()).optional(),
    /** Most units the cart may hold of an item (by id), or of all items together ('*'). */
    max_units: z.record(z.string(), z.number().int().min(0)).optional(),
  })
  .strict();
export type TurnExpectation = z.infer<typeof TurnExpectation>;

export const Scenario = z
  .object({
    name: z.string(),
    venue: z.string(),
    description: z.string().optional(),
    /** DialogConfig overrides. */
    config: DialogConfig.partial().optional(),
    /** Backend set-up before the first turn (stock levels, items switched off). */
    backend: z
      .object({
        stock: z.record(z.string(), z.number().int().min(0).nullable()).optional(),
        unavailable: z.array(z.string()).optional(),
        /** Venue policies the backend applies instead of the venue file's (e.g. a cancel window of 0). */
        policies: z
          .strictObject({
            customerCancelWindowMinutes: z.number().int().min(0).optional(),
            customerCancellableStatuses: z.array(z.enum(CUSTOMER_CANCELLABLE_STATUSES)).optional(),
          })
          .optional(),
      })
      .optional(),
    turns: z.array(z.object({ user: z.string(), expect: TurnExpectation.optional() }).strict()).min(1),
  })
  .strict();
export type Scenario = z.infer<typeof Scenario>;
