import { z } from 'zod';

/**
 * The fault kinds of issue 7 section 2, one line each in `npm run eval`. Parse cases carry one as
 * `kind:` (eval/utterances.yaml, eval/untuned/utterances.yaml); conversation cases are files named after
 * one (eval/untuned/scenarios/<venue>/<kind>.yaml).
 */
export const FAULT_KINDS = [
  'confirmation',
  'negation',
  'quantities',
  'items_options',
  'checkout_slots',
  'quantity_limits',
  'handoff',
  'smalltalk_scope',
  'diet',
  'after_order',
  'long_messages',
] as const;
export const FaultKind = z.enum(FAULT_KINDS);
export type FaultKind = z.infer<typeof FaultKind>;
