import { changesCartDish } from './cart-head-noun.ts';
import type { ParseResult } from './parse-result.ts';

type Line = ParseResult['lines'][number];
type Intents = ParseResult['intents'];

/** Intents a message that only changes dishes it points at no longer has. */
const NOT_AN_EDIT = new Set(['order_update', 'order_add', 'deny', 'out_of_scope']);

/**
 * "no cream on the dal", "with cream cheese on the bagel": an `add` line that carries a change (an
 * option, a removal, a note) of a dish the customer points at ("on / to / for the / my ...") with no
 * count of its own is a change of that dish when it is in the cart or waits on its option question
 * (`cart`: the cart's item ids; `waiting`: that dish's id; its line then stands in at span [0, 0], as
 * a change said with no dish does), never one more of it; a line read as a change already ("add mayo to
 * my burger") of the waiting dish stands in for it so too. `normalized` is the
 * message's normalized text (the lines' spans index it). Such lines become `update`s; when no line adds
 * any more and nothing is removed, the first intent is `order_update` (a "no" that opened the message
 * was the change's, not a deny). So is a line given a switch by a verb before it (`switched`: the lines'
 * segment indexes, `readSwitchVerbs`: "toast the bagel"). Returns the reading unchanged when no line is
 * such. Pure.
 */
export function pointedEdits<L extends Line>(
  reading: { lines: L[]; intents: Intents },
  normalized: string,
  cart: readonly string[],
  waiting?: string,
  switched: ReadonlySet<string> = new Set(),
): { lines: L[]; intents: Intents } {
  const dishes = waiting ? [...cart, waiting] : cart;
  const edited = reading.lines.map((l): L => {
    const verb =
      'seg' in l && switched.has(`${l.seg}`) && l.action === 'add' && !l.more && dishes.includes(l.itemId);
    const before = normalized.slice(0, l.span[0]);
    // "add mayo to my burger" at the burger's option question: read as a change already, of the dish
    // that waits, which stands in for it as below
    if (l.action === 'update' && waitsOutsideCart(l, waiting, cart) && changesCartDish(l, before))
      return { ...l, span: [0, 0] };
    if (!verb && !isPointedEdit(l, before, dishes)) return l;
    // the waiting dish's change stands in for it, as options said with no dish do ("no onions")
    if (l.itemId === waiting && !cart.includes(l.itemId)) return { ...l, action: 'update', span: [0, 0] };
    return { ...l, action: 'update' };
  });
  if (edited.every((l, i) => l === reading.lines[i])) return reading;
  const { intents } = reading;
  if (edited.some((l) => l.action === 'add') || intents.some((i) => i.intent === 'order_remove'))
    return { lines: edited, intents };
  return {
    lines: edited,
    intents: [
      { intent: 'order_update', confidence: Math.max(0.85, intents[0]?.confidence ?? 0) },
      ...intents.filter((i) => !NOT_AN_EDIT.has(i.intent)),
    ],
  };
}

function waitsOutsideCart(line: Line, waiting: string | undefined, cart: readonly string[]): boolean {
  return line.itemId === waiting && !cart.includes(line.itemId) && line.span[1] > 0;
}

function isPointedEdit(line: Line, before: string, dishes: readonly string[]): boolean {
  if (line.action !== 'add' || line.more || !dishes.includes(line.itemId)) return false;
  return changesCartDish(line, before);
}
