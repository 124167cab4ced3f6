/** Phrases the command generator reads beside understanding's result (dialog-level cues only). */
export const ORDER_IT =
  /\b(?:add|get|have|take|want|order|give me)\b.*\b(?:it|that|those|them|this one|that one|these)\b/i;
export const TOTAL =
  /\b(?:total|altogether|all together|in all|come to|it all|everything|my order|the bill|so far|my cart)\b/i;
export const PRONOUN = /\b(?:it|that|this one|that one)\b/i;
/** "remove it", "drop that one", "forget the coke": leave out the item a pending question is about. */
export const DROP_PENDING =
  /^\s*(?:(?:just|ok|okay|then|please|actually|nah|no|oh|wait|sorry|hmm|um|on second thought|you know what)[\s,]+)*(?:remove|drop|delete|forget(?: about)?|scrap|cancel|skip|leave out|take out|lose|ditch)\s+(?:it|that|this|that one|this one|the \w+(?: \w+)?)(?:\s+(?:then|please|out|actually|after all|instead))*\s*[.!]?\s*$/i;
export const SKIP =
  /^\s*(?:skip(?: it| that| this)?|pass|no notes?|nothing(?: else)?|none|nope,? nothing)\s*[.!]?\s*$/i;

/** Intents that ask for something else than the answer to a pending question. */
export function isOtherRequest(intent: string | undefined): boolean {
  return [
    'checkout',
    'cancel',
    'show_cart',
    'human_handoff',
    'faq',
    'order_status',
    'repeat',
    'help',
    'browse_menu',
    'recommend',
    'item_info',
  ].includes(intent ?? '');
}

/** "one of them", "one of those": one unit of the dish pointed at (a partitive: no count of its own). */
export const ONE_OF = /\bone of (?:them|those|these|the)\b/i;
