import { CUES } from '../cues.ts';
import { HARD_VETO, SOFT_VETO } from '../intent-signals.ts';
import type { IntentRule } from './intent-rule.ts';

/** The order as a whole: its status after placing, the cart, checking out. */
export const ORDER_STATE_RULES: readonly IntentRule[] = [
  {
    id: 'order.status',
    intent: 'order_status',
    because:
      'asks about an order already placed ("where is my order"), unless the classifier reads another domain ("text her i am on the way")',
    when: (s) => s.has('orderStatus') && s.oosScore < HARD_VETO && 0.9,
  },
  {
    id: 'order.show_cart',
    intent: 'show_cart',
    because: 'asks to see the cart and names no item',
    when: (s) => s.has('showCart') && s.lines.length === 0 && 0.9,
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
