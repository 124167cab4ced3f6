import type { BuiltLines, LineDraft } from './build-lines.ts';
import { type MenuIndex, phraseKey } from './menu-index.ts';
import { defaultByHeadNoun } from './negation-scope.ts';
import { normalize } from './normalize.ts';
import { heldOn } from './ungated-choices.ts';

/**
 * "add bacon", "no onions", "pineapple instead of olives" said with no item: the one cart item whose
 * option groups take every option said becomes an `update` line for them (each option mapped onto that
 * item's own group). Undefined when no cart item or several take them (the engine then uses the line
 * last touched).
 */
export function cartLineForFreeOptions(
  built: Pick<BuiltLines, 'freeOptions' | 'freeWithout'>,
  cart: readonly string[],
  index: MenuIndex,
  text?: string,
  /** The gates cart lines hold (`ParseContext.cartGates`): "a coke" is no plain burger's combo drink. */
  gates: readonly string[] = [],
): LineDraft | undefined {
  const said = [...built.freeOptions, ...built.freeWithout];
  if (said.length === 0) return undefined;
  const saidKey = text === undefined ? undefined : phraseKey(text);
  const fits = [...new Set(cart)].filter((id) => {
    const held = heldOn(id, built.freeOptions, gates);
    return said.every((o) => {
      const at = index.sameChoiceOn(id, o.group, o.choice);
      return at !== undefined && index.offered(at.group, held, saidKey);
    });
  });
  if (fits.length !== 1) return undefined;
  const itemId = fits[0] as string;
  const { options, without } = optionsOnItem(built, itemId, index, text);
  return {
    itemId,
    name: index.items.get(itemId)?.name ?? itemId,
    quantity: 1,
    quantityExplicit: false,
    options,
    without,
    unresolved: [],
    span: [0, 0],
    action: 'update',
    seg: -1,
  };
}

/**
 * Options and removals said with no dish, mapped onto one item's own groups ("onions" read in the
 * generic toppings group is the veggie supreme's own onions; "no onions" on a pizza whose default is red
 * onions is that default, found by its head noun). One the item has no place for keeps its group, so the
 * engine can say the dish does not come with it. With the message's `text`, a choice moves to another
 * group only by a name or alias said ("on the bagel" read as a Bagel bread is no "plain bagel" kind).
 */
export function optionsOnItem(
  built: Pick<BuiltLines, 'freeOptions' | 'freeWithout'>,
  itemId: string,
  index: MenuIndex,
  text?: string,
): Pick<LineDraft, 'options' | 'without'> {
  const said = text === undefined ? undefined : phraseKey(text);
  const on = <T extends { group: string; choice: string }>(o: T): T => {
    const at = index.sameChoiceOn(itemId, o.group, o.choice, said);
    return at ? { ...o, group: at.group, choice: at.choice } : o;
  };
  const off = <T extends { group: string; choice: string; choiceName: string }>(o: T): T => {
    const at = on(o);
    if (index.choice(at.group, at.choice)?.default) return at;
    const head = normalize(o.choiceName)
      .tokens.filter((t) => !t.punct)
      .at(-1)?.key;
    const byHead = head === undefined ? undefined : defaultByHeadNoun(itemId, head, index);
    return byHead ? { ...at, group: byHead.group, choice: byHead.choice, choiceName: byHead.choiceName } : at;
  };
  return { options: built.freeOptions.map(on), without: built.freeWithout.map(off) };
}
