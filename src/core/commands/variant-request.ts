import { foldPhrase, variantModifiers } from '../understand/variant-modifiers.ts';
import type { LineRef } from './command.ts';
import { COMMAND_AT } from './command-order.ts';
import type { CommandPart, GenerationContext } from './generation-context.ts';

/** A request to turn a cart line into its variant ("make it iced", "make the latte iced"). */
export interface VariantRequest {
  /** The modifier said, folded ("iced"). */
  modifier: string;
  /** The dish named as the line to change ("the latte"), when one was. */
  itemId?: string;
  /** "one of them": one unit of the line. */
  one: boolean;
}

/** Lead-ins before the change verb: "can you", "actually", "could you please". */
const SHAPE =
  /^(?:(?:ok|okay|oh|and|also|so|actually|sorry|wait|hmm|um|please|pls|can you|could you|would you|will you|can i|could i|can we|may i|i|i'?d|id|we|would|let'?s|just)[\s,]+)*(?:make|have|get|want|like|change|turn|switch)\s+(.+?)\s*[.!?]*$/i;
/** The line pointed at by a pronoun. */
const PRONOUN =
  /^(?:it|that|this|them|those|these|both|that one|this one|one of them|one of those|one of these)$/;
/** Words around the modifier that add nothing: "to", "an", "one", "instead", "please". */
const BEFORE = /^(?:(?:to|into|as|an?|the)\s+)+/;
const AFTER = /(?:\s+(?:one|ones|version|instead|please|pls|then|now|thanks|thank you|for me|too|as well))+$/;

/**
 * Reads "make it iced", "can you make that decaf", "make the latte iced", "make them diet", "make one of
 * them nitro": a change verb, the line (a pronoun, "one of them", or a dish of the cart), then a
 * modifier word of the menu. The modifier is a variant modifier of the menu ("iced" of Iced Latte), or a
 * word of the menu's dish names that is no dish of its own. Undefined for any other shape, for a dish
 * ("make it a bacon cheeseburger": a swap) and for a count ("make it two"). The line may be the dish
 * waiting on its option question (`waitingVariantCommands`).
 */
export function readVariantRequest(g: GenerationContext): VariantRequest | undefined {
  // a dish waiting on its option question is a line to change too ("make it iced" at the latte's size)
  if (g.state.cartItems.length === 0 && g.state.pending?.kind !== 'option') return undefined;
  const m = SHAPE.exec(g.text.toLowerCase().replace(/\s+/g, ' '));
  if (!m) return undefined;
  const words = (m[1] as string).split(' ');
  const menu = g.venue.menu;
  const lexicon = variantModifiers(menu);
  // the split between the line and the modifier: the longest line part that leaves a modifier
  for (let k = 1; k < words.length; k++) {
    const target = words.slice(0, k).join(' ');
    const said = words.slice(k).join(' ').replace(AFTER, '').replace(BEFORE, '');
    if (!said) continue;
    const modifier = foldPhrase(said);
    if (!modifier || !isModifier(modifier, lexicon)) continue;
    if (PRONOUN.test(target)) return { modifier, one: /^one of/.test(target) };
    const dish = dishOf(target, g);
    if (dish) return { modifier, itemId: dish, one: false };
  }
  return undefined;
}

function isModifier(modifier: string, lexicon: ReturnType<typeof variantModifiers>): boolean {
  if (lexicon.byModifier.has(modifier)) return true;
  if (lexicon.dishPhrases.has(modifier) || /\d/.test(modifier)) return false;
  // a word of the menu's dish names said as what a dish becomes ("iced" where an Iced Tea is sold)
  return modifier.split(' ').every((w) => lexicon.itemWords.has(w)) && modifier.split(' ').length === 1;
}

/** The cart dish a line part names ("the latte", "my cold brew", "the lattes"), by a line understanding read. */
function dishOf(target: string, g: GenerationContext): string | undefined {
  const bare = target.replace(/^(?:the|my|our|that|this|those|these)\s+/, '');
  if (bare === target && !/^(?:the|my|our)\b/.test(target)) return undefined;
  const folded = foldPhrase(bare);
  const menu = g.venue.menu;
  const item = menu.items.find(
    (i) =>
      (g.state.cartItems.includes(i.id) || i.id === g.state.pending?.itemId) &&
      [i.name, ...i.aliases].some((n) => foldPhrase(n) === folded),
  );
  return item?.id;
}

/**
 * The request read by `readVariantRequest` as its command: an `update_item` with the modifier as
 * `variant`, for the dish named or the line the pronoun points at (the line last touched).
 */
export function variantCommands(request: VariantRequest): CommandPart {
  return (g) => {
    const ref: LineRef | undefined = g.state.lastLineId
      ? { has: [], lineId: g.state.lastLineId, ...(request.one ? { one: true as const } : {}) }
      : request.one
        ? { has: [], one: true }
        : undefined;
    return [
      {
        cmd: {
          type: 'update_item',
          variant: request.modifier,
          ...(request.itemId ? { itemId: request.itemId } : ref ? { line: ref } : {}),
        },
        pos: COMMAND_AT.said(0),
      },
    ];
  };
}
