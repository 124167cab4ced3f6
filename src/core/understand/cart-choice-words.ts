import type { LineDraft } from './build-lines.ts';
import type { MenuIndex } from './menu-index.ts';

/**
 * "make it a combo with a snapple" with a hero in the cart: words said with a new dish that it takes no
 * option for (the line's `unresolved`), whose tail names a choice the dish has no group for but exactly
 * one cart dish has, are a change of that cart dish (an `update` line with the choice), not words said
 * back as the new dish's. Lines and words that fit nothing pass as they are.
 */
export function cartChoiceWords(
  lines: readonly LineDraft[],
  cart: readonly string[],
  index: MenuIndex,
): LineDraft[] {
  if (cart.length === 0) return [...lines];
  const out: LineDraft[] = [];
  const updates = new Map<string, LineDraft>();
  for (const line of lines) {
    if ((line.action ?? 'add') !== 'add' || line.unresolved.length === 0) {
      out.push(line);
      continue;
    }
    const kept: string[] = [];
    for (const words of line.unresolved) {
      const found = cartChoice(words, line.itemId, cart, index);
      if (!found) {
        kept.push(words);
        continue;
      }
      const update = updates.get(found.itemId) ?? {
        itemId: found.itemId,
        name: index.items.get(found.itemId)?.name ?? found.itemId,
        quantity: 1,
        quantityExplicit: false,
        options: [],
        without: [],
        unresolved: [],
        span: [0, 0],
        action: 'update',
        seg: -1,
      };
      const choice = index.choice(found.group, found.choice);
      update.options.push({
        group: found.group,
        choice: found.choice,
        choiceName: choice?.name ?? found.choice,
        quantity: 1,
      });
      updates.set(found.itemId, update);
    }
    out.push(kept.length === line.unresolved.length ? line : { ...line, unresolved: kept });
  }
  return updates.size === 0 ? out : [...updates.values(), ...out];
}

/** The one cart dish (not `itemId`'s kind) taking a choice the tail of `words` names, with that choice. */
function cartChoice(
  words: string,
  itemId: string,
  cart: readonly string[],
  index: MenuIndex,
): { itemId: string; group: string; choice: string } | undefined {
  const said = words.split(' ');
  for (let start = 0; start < said.length; start++) {
    const phrase = said.slice(start).join(' ');
    const named = index.choicesNamed(phrase).filter((c) => !index.accepts(itemId, c.group));
    const takers = [...new Set(cart)].filter(
      (id) => id !== itemId && named.some((c) => index.accepts(id, c.group)),
    );
    if (named.length === 0) continue;
    if (takers.length !== 1) return undefined;
    const taker = takers[0] as string;
    const choice = named.find((c) => index.accepts(taker, c.group));
    return choice ? { itemId: taker, ...choice } : undefined;
  }
  return undefined;
}
