import { CUES } from '../cues.ts';
import { HARD_VETO, SOFT_VETO } from '../intent-signals.ts';
import type { Token } from '../normalize.ts';
import type { IntentRule } from './intent-rule.ts';

/** The message's words are one phrase of the cue set, and nothing else. */
function wholeCue(words: readonly Token[], cue: 'orderStatus'): boolean {
  const found = CUES[cue].find(words);
  return found !== undefined && found.at === 0 && found.length === words.length;
}

/** The order as a whole: its status after placing, the cart, checking out. */
export const ORDER_STATE_RULES: readonly IntentRule[] = [
  {
    id: 'order.status',
    intent: 'order_status',
    because:
      'asks about an order already placed ("where is my order"), unless the classifier reads another domain ("text her i am on the way"); a message that is nothing but the phrase ("when will it be ready?") names no other domain\'s thing, whatever the classifier reads',
    when: (s) => s.has('orderStatus') && (s.oosScore < HARD_VETO || wholeCue(s.words, 'orderStatus')) && 0.9,
  },
  {
    id: 'order.show_cart',
    intent: 'show_cart',
    because: 'asks to see the cart, or what the order comes to ("what\'s the damage"), and names no item',
    when: (s) => (s.has('showCart') || s.totalAsked) && s.lines.length === 0 && 0.9,
  },
  {
    id: 'order.checkout',
    intent: 'checkout',
    because: 'a checkout phrase that is the message, or opens or closes it',
    when: (s, given) => {
      const cue = CUES.checkout.find(s.tokens);
      const short = cue !== undefined && (s.n <= 6 || cue.at <= 1 || cue.at + cue.length >= s.n - 1);
      return (
        short &&
        // "large veggie supreme, well done": a cooking degree, not "done"
        s.has('checkout') &&
        s.oosScore < SOFT_VETO &&
        !given.has('order_status') &&
        !(s.question && s.has('orderStatus')) &&
        (s.lines.length > 0 ? 0.7 : 0.9)
      );
    },
  },
];
