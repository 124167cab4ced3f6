import { CUES } from '../understand/cues.ts';
import { normalize } from '../understand/normalize.ts';
import type { Command } from './command.ts';
import type { GenerationContext } from './generation-context.ts';
import { onDish, optionPick, withoutPick } from './line-picks.ts';

/**
 * A yes to the offer of a dish said with options and no dish named ("ok that one with extra egg",
 * "sure, no onions" at "How about the Shoyu Ramen?"): the offered dish ordered with the choices and
 * removals it takes (each in its own group holding it, `onDish`); those it does not take are said back
 * (`notTaken`, by their menu names), never dropped. The `add_item` of the offered dish answers the offer
 * (the engine pops it). Undefined when no offer is pending or nothing but the yes was said.
 */
export function offerTakenWithOptions(g: GenerationContext): Command | undefined {
  const { parse, state } = g;
  const pending = state.pending;
  if (pending?.kind !== 'offer_item' || !pending.itemId || parse.lines.length > 0) return undefined;
  const said = parse.freeOptions ?? [];
  const removed = parse.freeWithout ?? [];
  if (said.length === 0 && removed.length === 0) return undefined;
  const itemId = pending.itemId;
  const options = onDish(itemId, g.venue.menu, said);
  const without = onDish(itemId, g.venue.menu, removed);
  const notTaken = said
    .filter((o) => !options.some((t) => t.choice === o.choice))
    .map((o) => o.choiceName.toLowerCase());
  return {
    type: 'add_item',
    itemId,
    quantity: parse.quantity !== undefined && parse.quantity >= 1 ? parse.quantity : 1,
    options: options.map(optionPick),
    without: without.map(withoutPick),
    ...(notTaken.length > 0 ? { notTaken: notTaken.slice(0, 8) } : {}),
  };
}

/**
 * "sure, with wavy noodles and no scallions" at the offer of a dish, read as a no for its "no": a yes
 * opening the message with removals said (`freeWithout`) is the yes with them, the offered dish ordered
 * (`offerTakenWithOptions`). Undefined otherwise (the no stands).
 */
export function offerYesWithRemovals(g: GenerationContext): Command | undefined {
  if (g.state.pending?.kind !== 'offer_item' || (g.parse.freeWithout?.length ?? 0) === 0) return undefined;
  if (CUES.affirm.matchAt(normalize(g.text).tokens, 0) === 0) return undefined;
  return offerTakenWithOptions(g);
}
