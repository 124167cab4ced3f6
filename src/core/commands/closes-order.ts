import { ORDER_COMPLETE, writtenPattern } from '../understand/order-complete.ts';
import { PROCEED } from './dialog-cues.ts';

/**
 * "nothing else", "that's everything", "that'll be all", "that should do it", "I'm all set": words that
 * say the order is complete (beside PROCEED's "that's it", "done", "check out"); the phrases the
 * checkout cue shares come from `ORDER_COMPLETE`. A no-word or a yes-word
 * may open them, courtesy words close them; anything else in the message (a dish, a change) is not this.
 */
const ENOUGH = new RegExp(
  `^\\s*(?:(?:no|nope|nah|naw|ok|okay|yes|yeah|yep|alright|um+|hmm+|so|actually|then|just)[\\s,.!]+)*(?:${[
    ...ORDER_COMPLETE.map(writtenPattern),
    // the forms only a whole message says: with who or when it is for, and the shorter "no more"
    'nothing more',
    'nothing (?:else|more) for (?:me|us|now)',
    "that'?(?:s|ll be| is| will be) (?:all|it) for (?:now|today|me|us)",
    "that'?(?:ll| will) be (?:it|everything)",
    "that(?:'?ll| will| should) do(?: it)?",
    "(?:i'?m |i am )(?:all set|good)",
    "we'?re (?:all set|good|done)",
    'nothing (?:more|else) to add',
    'no more',
  ].join('|')})(?:[\\s,.!]+(?:please|thanks|thank you|then|now|cheers|thx))*\\s*[.!]*\\s*$`,
  'i',
);

/**
 * True when a message says the customer has ordered all they want ("that's it", "nothing else",
 * "that'll be all"): the checkout comes next, whatever question was pending. Pure.
 */
export function closesOrder(text: string): boolean {
  return PROCEED.test(text) || ENOUGH.test(text);
}
