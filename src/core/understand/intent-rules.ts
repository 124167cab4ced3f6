import { CONTEXT_RULES } from './rules/context-rules.ts';
import { FACT_RULES, FALLBACK_RULES } from './rules/fact-rules.ts';
import type { IntentRule } from './rules/intent-rule.ts';
import { MENU_RULES } from './rules/menu-rules.ts';
import { ORDER_STATE_RULES } from './rules/order-state-rules.ts';
import { CLASSIFIER_SOCIAL_RULES, SOCIAL_RULES } from './rules/social-rules.ts';
import { VENUE_RULES } from './rules/venue-rules.ts';

export type { IntentRule } from './rules/intent-rule.ts';

/**
 * The intent table, evaluated top to bottom on every message (docs/intents.md explains each family).
 * Every rule that applies gives its intent a confidence; an intent keeps its highest; the primary intent
 * is the most confident (ties: the earlier rule). Rules may test what earlier rows gave, so the order
 * is part of the meaning:
 *
 * 1. context: the pending question (confirmation, slot, option) reads yes/no and answers first;
 * 2. social: greetings, thanks, bot, capabilities, help, hand-off, repeat, cancel, yes/no by cue;
 * 3. scope: the trained classifier's social reading where no cue matched;
 * 4. order state: order status, the cart, checkout;
 * 5. venue: table bookings (not offered) and FAQ questions;
 * 6. menu: remove, update, item questions, add, recommend, browse — only while the classifier does
 *    not read another domain's request (`Signals.menuAction`);
 * 7. facts: stated checkout details, diets, allergies;
 * 8. fallback: out of scope when nothing else applied.
 */
export const INTENT_RULES: readonly IntentRule[] = [
  ...CONTEXT_RULES,
  ...SOCIAL_RULES,
  ...CLASSIFIER_SOCIAL_RULES,
  ...ORDER_STATE_RULES,
  ...VENUE_RULES,
  ...MENU_RULES.map((r) => ({ ...r, when: guardMenu(r) })),
  ...FACT_RULES,
  ...FALLBACK_RULES,
];

function guardMenu(r: IntentRule): IntentRule['when'] {
  // a question about the venue's hours, delivery or payment with no dish named exactly ("how much extra
  // do you charge to bring it to my house?") is no menu request, whatever category word it holds
  return (s, given) =>
    s.menuAction &&
    !(s.f.factQuestion && s.question && !s.exactItem && s.lines.length === 0) &&
    r.when(s, given);
}
