import type { LineDraft } from './build-lines.ts';
import type { LexMatch } from './lexicon.ts';
import type { MenuIndex } from './menu-index.ts';
import { normalize, type Token } from './normalize.ts';
import type { CountsDish } from './segment.ts';

/** Head nouns already read, by dish name (a menu's names are few and do not change). */
const HEAD_BY_NAME = new Map<string, string | undefined>();

/** The folded last word of a dish name ("Garlic naan" → "naan"), its head noun. */
function headOf(name: string): string | undefined {
  if (HEAD_BY_NAME.has(name)) return HEAD_BY_NAME.get(name);
  const head = normalize(name)
    .tokens.filter((t) => !t.punct)
    .at(-1)?.key;
  // bounded: names come from menus, but a process may load many venues over its life
  if (HEAD_BY_NAME.size >= 10_000) HEAD_BY_NAME.clear();
  HEAD_BY_NAME.set(name, head);
  return head;
}

/**
 * "remove one naan" with 2 × Garlic Naan in the cart and no Plain Naan: a change or removal that names
 * a dish by one word only, when that dish is not in the cart, goes to the one cart dish whose name has
 * that word as its head noun (the menu's names decide, no word list); so does a count that adds to
 * the cart ("another naan", "two more naans", `more`), a change said "on the naan" (`before`, the
 * text before the mention), and a switch said as a verb before it ("warm the croissants", `switched`:
 * `readSwitchVerbs` gave the line its switch). `said` is the line's words (its span of the normalized text); `cart` the
 * cart's item ids. Returns the line unchanged when the dish named is in
 * the cart, the words are more than a head noun, or no cart dish (or several) has it. Pure.
 */
export function cartDishByHeadNoun(
  line: LineDraft,
  said: string,
  cart: readonly string[],
  index: MenuIndex,
  before = '',
  switched = false,
): LineDraft {
  const edits =
    line.action === 'remove' ||
    line.action === 'update' ||
    (line.action === 'add' && (line.more || switched || changesCartDish(line, before)));
  if (!edits || cart.includes(line.itemId)) return line;
  const words = normalize(said).tokens.filter((t) => !t.punct && t.num === undefined);
  if (words.length !== 1) return line;
  const head = (words[0] as (typeof words)[number]).key;
  let found = [...new Set(cart)].filter((id) => headOf(index.items.get(id)?.name ?? '') === head);
  // "no pickles on the burger" with The Smash Stack the one burger in the cart: a change pointed at a
  // dish by a word naming another dish of its category goes to the cart's dish of that category
  if (found.length === 0 && line.action === 'add' && !ONE_OF_THOSE.test(before)) {
    const category = index.items.get(line.itemId)?.category;
    found = [...new Set(cart)].filter((id) => index.items.get(id)?.category === category);
  }
  if (found.length !== 1) return line;
  const itemId = found[0] as string;
  // the options said go on that dish's own groups ("cheddar" of a burger's add-cheese is the
  // cheeseburger's cheese); one it has no place for keeps its group, so the dish is said not to take it
  const on = <T extends { group: string; choice: string }>(o: T): T => {
    const at = index.sameChoiceOn(itemId, o.group, o.choice);
    return at ? { ...o, group: at.group, choice: at.choice } : o;
  };
  return {
    ...line,
    itemId,
    name: index.items.get(itemId)?.name ?? itemId,
    options: line.options.map(on),
    without: line.without.map(on),
  };
}

/**
 * "no onions on the naan", "extra sauce for my wrap": a change said of a dish the customer points at with
 * "on / to / for / in / from" and "the / my / that / this" (`before` is the text before the mention),
 * with no count of its own: an edit of the cart's dish, never a new one. So is a change said of "one of
 * the / my / those" dishes ("one of the burgers without onions"): its "one" picks a unit of the cart's
 * line (commands/line-reference.ts), no count of a new dish.
 */
export function changesCartDish(
  line: Pick<LineDraft, 'options' | 'without' | 'unresolved' | 'note' | 'quantityExplicit'>,
  before: string,
): boolean {
  const changes =
    line.options.length > 0 || line.without.length > 0 || (line.unresolved?.length ?? 0) > 0 || line.note;
  if (!changes) return false;
  if (ONE_OF_THOSE.test(before)) return true;
  return !line.quantityExplicit && POINTED_AT.test(before);
}

const POINTED_AT = /\b(?:on|to|for|in|from) (?:the|my|that|this)\s*$/i;
/**
 * "one of the", "1 of my", "one of those" right before the dish, opening its clause (or after an edit
 * verb, "make one of the"): a unit of dishes already ordered. After an order verb ("can I get one of
 * the burgers") it orders from the menu, so it is no pointer there.
 */
const ONE_OF_THOSE =
  /(?:^|[,.;:!?]|\b(?:and|also|oh|ok|okay|actually|so|but|just|wait|sorry|then|make|do|leave|change))\s*(?:one|1) of (?:the|my|our|those|these)\s*$/i;

/**
 * "another naan" where the menu also names an add-on so (Extra Naan): the count and the dish when the
 * cart holds that dish or one whose head noun the word is (one more of that line, cartDishByHeadNoun),
 * or when neither the dish waiting on its option (`waiting`) nor a cart dish takes the add-on; else the
 * add-on. A count counts dishes: the cart line is the likelier thing to have another of than an add-on
 * of a dish not yet ordered. A bare "more" ("more naan") is an amount: the add-on wherever a dish takes
 * it. Pure.
 */
export function countsCartDish(
  tokens: readonly Token[],
  cart: readonly string[],
  waiting: string | undefined,
  index: MenuIndex,
): CountsDish {
  return (dish: LexMatch, option: LexMatch, counted: boolean) => {
    const choices = option.entries.flatMap((e) => (e.kind === 'choice' ? [e] : []));
    const takers = waiting ? [waiting, ...cart] : cart;
    const taken = takers.some((id) => choices.some((c) => index.sameChoiceOn(id, c.group, c.choice)));
    if (!counted) return !taken;
    const named = new Set(dish.entries.flatMap((e) => (e.kind === 'item' ? [e.id] : [])));
    const words = tokens.slice(dish.start, dish.end).filter((t) => !t.punct && t.num === undefined);
    const head = words.length === 1 ? (words[0] as Token).key : undefined;
    const inCart = [...new Set(cart)].some(
      (id) => named.has(id) || (head !== undefined && headOf(index.items.get(id)?.name ?? '') === head),
    );
    return inCart || !taken;
  };
}
