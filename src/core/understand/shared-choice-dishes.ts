import { ACKNOWLEDGEMENTS, ARTICLES, COURTESY } from './courtesy-words.ts';
import type { ChoiceEntry } from './line-rules.ts';
import type { MenuIndex } from './menu-index.ts';
import type { Segment } from './segment.ts';

/** At most this many dishes are offered for a choice they share; more, and the choice names no dish. */
export const MAX_SHARED_CHOICE_DISHES = 4;

/**
 * The dishes a choice said on its own ("a sprite") names equally: the dishes among `candidates` (those
 * taking every choice said) whose required groups the said choices fill most, when two to
 * MAX_SHARED_CHOICE_DISHES of them tie ("Sprite" is the Flavor of both the Can of Soda and the 2 Liter
 * Soda). Undefined when one dish is named (the caller takes it), when no required group is filled (an
 * optional side or topping names no dish), when too many dishes tie, or when a cart dish takes one of
 * the said choices' groups (the choice is then about that line, as before).
 */
export function sharedChoiceDishes(
  said: readonly ChoiceEntry[][],
  candidates: readonly string[],
  index: MenuIndex,
  cart: readonly string[],
): string[] | undefined {
  if (candidates.length < 2) return undefined;
  if (cart.some((id) => said.some((ch) => ch.some((c) => index.accepts(id, c.group))))) return undefined;
  const defining = (id: string) =>
    said.filter((ch) =>
      ch.some((c) => index.accepts(id, c.group) && (index.groups.get(c.group)?.min ?? 0) > 0),
    ).length;
  const scored = candidates.map((id) => ({ id, n: defining(id) }));
  const best = Math.max(...scored.map((x) => x.n));
  const top = scored.filter((x) => x.n === best).map((x) => x.id);
  if (best === 0 || top.length < 2 || top.length > MAX_SHARED_CHOICE_DISHES) return undefined;
  return top;
}

/** The ids of the said choices each of `dishes` takes (in a group of its own or a shared one), once each, in the order said. */
export function sharedChoiceIds(
  said: readonly ChoiceEntry[][],
  dishes: readonly string[],
  index: MenuIndex,
): string[] {
  const out: string[] = [];
  for (const ch of said) {
    // the same choice id may stand in each dish's own group ("Blueberry" of the muffin's flavours and
    // of the scone's)
    const c = ch.find((x) =>
      dishes.every((id) => ch.some((y) => y.choice === x.choice && index.accepts(id, y.group))),
    );
    if (c && !out.includes(c.choice)) out.push(c.choice);
  }
  return out;
}

/** Words an order of a choice alone may come with ("can I get a sprite please", "just a coke, thanks"). */
const ORDER_COMPANIONS = new Set([
  ...COURTESY,
  ...ACKNOWLEDGEMENTS,
  ...ARTICLES,
  ...'you i we would like can could get have give me us will take need want just and yes yeah also some one for'.split(
    ' ',
  ),
]);

/**
 * The message is the choices and nothing more than order words, counts and courtesy ("a sprite",
 * "can I get 2 sprites please"): a leftover reading of it (help, out of scope) may give way to an
 * order. A sentence about something else that holds a choice's word ("how many calories in a hot
 * dog", "say it as an italian would") is not one.
 */
export function choicesSaidAlone(segs: readonly Segment[], also: ReadonlySet<string> = NONE): boolean {
  return segs.every(
    (s) =>
      s.type === 'lex' ||
      s.type === 'qty' ||
      s.type === 'break' ||
      s.type === 'and' ||
      (s.type === 'word' && (ORDER_COMPANIONS.has(s.norm) || also.has(s.norm))),
  );
}

const NONE: ReadonlySet<string> = new Set();
