import type { Command } from '../commands/command.ts';
import type { SessionState } from '../state/session-state.ts';
import { normaliseForGuards } from './normalise-for-guards.ts';

/**
 * After an order is placed and nothing else is in progress, what a customer asks about it: a recap
 * ("what did I order?", "remind me what I ordered", "can I see my receipt") or a cancel ("cancel my
 * order", "I'd like to cancel", "I don't want my order anymore"). A scope rule on top of intent
 * classification: it reads only in that state, where "my order" can only mean the placed one, and
 * maps to the closed commands `show_cart` / `cancel_flow` (the engine recaps or asks "Cancel order
 * X?"). Questions about status or timing stay with `order_status`; "don't cancel" is not a cancel.
 */
export type AfterOrderRequest = 'recap' | 'cancel';

/** A lexicon ("a|b|c") as a non-capturing alternation. */
const alt = (words: string) => `(?:${words})`;

const ORDER_REF = alt(
  'my order|the order|this order|that order|my last order|the whole order|the entire order|the whole thing|all of it|it|that|everything',
);
const CANCEL_VERB = alt('cancel|cancell?ing|cancell?ed|call off|scrap|undo|revoke|withdraw');
const GOT_VERB = alt(
  'order|ordered|ordering|get|got|getting|buy|bought|ask for|asked for|pick|picked|choose|chose',
);
const ASKING = alt('want|like|need|wish|how do i|can i|could i|please|let me|going');
/** Other things people cancel: not this order. */
const OTHER_THING = alt(
  'reservation|booking|table|subscription|appointment|meeting|flight|membership|account|card|alarm|trip|hotel|plan',
);

const CANCEL: RegExp[] = [
  new RegExp(`\\b${CANCEL_VERB}\\b(?:\\s+\\w+){0,3}?\\s+${ORDER_REF}\\b`),
  new RegExp(`\\b${ASKING} (?:to )?${CANCEL_VERB}(?: please| now| then)?$`),
  new RegExp(`^${CANCEL_VERB}(?: please)?$`),
  /\b(?:do not|no longer) (?:want|need) (?:my|the) order\b/,
];
const NOT_CANCEL = new RegExp(
  `\\b(?:do not|dont|never|not|no need to)\\s+(?:\\w+\\s+){0,2}?${CANCEL_VERB}\\b`,
);
const CANCEL_OTHER = new RegExp(`\\b${OTHER_THING}s?\\b`);

const RECAP: RegExp[] = [
  new RegExp(
    `\\bwhat (?:did|have|had) i (?:just |end up |ended up )?${GOT_VERB}(?: so far| again| today| earlier| from you| here| in the end)?(?: again| please)?$`,
  ),
  /\bwhat i (?:just )?(?:ordered|got|asked for|bought|picked)\b/,
  /\bwhat (?:was|is|s|were) (?:in |on )?(?:my|the) (?:last )?order\b/,
  /\bwhats (?:in |on )?(?:my|the) (?:last )?order\b/,
  /\b(?:show|read|tell|give|send|remind) (?:me )?(?:back )?(?:my|the) (?:last )?order\b/,
  /\b(?:repeat|recap|summari[sz]e) (?:my|the) order\b/,
  /\b(?:my|the|order) (?:receipt|summary|recap)\b/,
  /\border details\b/,
];
/** Status and timing belong to `order_status`. */
const STATUS = /\b(?:status|where|when|how long|eta|ready|arrive|arriving|track|tracking|delivered)\b/;

/** What the message asks about the placed order, or undefined. */
export function afterOrderRequestOf(text: string): AfterOrderRequest | undefined {
  const t = normaliseForGuards(text);
  if (CANCEL.some((p) => p.test(t))) return NOT_CANCEL.test(t) || CANCEL_OTHER.test(t) ? undefined : 'cancel';
  if (STATUS.test(t)) return undefined;
  return RECAP.some((p) => p.test(t)) ? 'recap' : undefined;
}

/**
 * The commands for an after-order request, only when an order was placed in this chat and nothing is
 * in progress (no frame on the stack, an empty cart); otherwise undefined and understanding decides.
 */
export function afterOrderCommands(text: string, state: SessionState): Command[] | undefined {
  if (!state.order || state.frames.length > 0 || state.cartItems.length > 0) return undefined;
  const request = afterOrderRequestOf(text);
  if (request === 'recap') return [{ type: 'show_cart' }];
  if (request === 'cancel') return [{ type: 'cancel_flow' }];
  return undefined;
}
