import { type ChoiceEntry, items } from './line-rules.ts';
import type { MenuIndex } from './menu-index.ts';
import { mentionScope, removalVerbBefore } from './negation-scope.ts';
import type { Segment } from './segment.ts';
import { heldOn } from './ungated-choices.ts';

/** What a negated word that names both a cart dish and a choice is read against. */
export interface NegatedDishContext {
  /** Cart dishes and the dish waiting on its option question. */
  pointable: readonly string[];
  /** The gates cart lines hold (`ParseContext.cartGates`), as `itemId/group/choice`. */
  gates: readonly string[];
  index: MenuIndex;
}

/**
 * "no fries", "scratch the onion rings" with Fries in the cart, where the word is also a choice of
 * another dish's group (the combo's side "Fries"): the cart dish taken back, when no other cart dish
 * holds the choice (as a default of a group it is offered, or in a group whose gate its line holds).
 * The dish id, or undefined when the word is no negated mention of a cart dish, another dish is named
 * beside it ("no fries on the burger"), or a cart dish may hold the choice (the removal is then that
 * dish's, as before).
 */
export function negatedCartDish(
  segs: readonly Segment[],
  k: number,
  ids: readonly string[],
  choices: readonly ChoiceEntry[],
  itemAt: ReadonlyArray<string | undefined>,
  ctx: NegatedDishContext,
): string | undefined {
  const { pointable, gates, index } = ctx;
  const id = ids.find((x) => pointable.includes(x));
  if (id === undefined || choices.length === 0) return undefined;
  if (mentionScope(segs, k, itemAt) !== 'negated' && !removalVerbBefore(segs, k)) return undefined;
  // another dish said beside it, not in a list of negated dishes: "no fries on the burger"
  for (let j = 0; j < segs.length; j++) {
    if (j === k || items(segs[j]).length === 0) continue;
    const before = segs[j - 1]?.type;
    if (before !== 'and' && before !== 'or' && before !== 'neg' && before !== 'break') return undefined;
  }
  const holds = (dish: string, c: ChoiceEntry): boolean => {
    const group = index.groups.get(c.group);
    if (!group || !index.accepts(dish, c.group)) return false;
    if (group.offeredWith) return index.offered(c.group, heldOn(dish, [], gates));
    return index.choice(c.group, c.choice)?.default === true;
  };
  const held = pointable.some((dish) => dish !== id && choices.some((c) => holds(dish, c)));
  return held ? undefined : id;
}
