import { recentListed } from '../state/session-state.ts';
import { COMMAND_AT } from './command-order.ts';
import type { CommandPart, GenerationContext } from './generation-context.ts';
import { readListPick } from './list-pick.ts';

/** A pick from the card said in a clause of its own beside named dishes. */
export interface PickBeside {
  itemId: string;
  quantity: number;
  /** Where its clause starts in the normalized text: its place among the lines' (`COMMAND_AT.said`). */
  offset: number;
}

/** Where a message's clauses part: "and", "plus", "also", "&", a comma or a semicolon. */
const CLAUSE_BREAK = /\s*(?:,|;|&|\band\b|\bplus\b|\balso\b)\s*/g;

/**
 * "two of the first one and a coffee", "a coke and the second one please": a pick by place from the card
 * shown in the last LISTED_TURNS turns (`recentListed`), said in a clause of its own (parted by "and", a
 * comma, "plus", "also") that holds none of the dishes the message names; those are ordered as usual
 * beside it. Only beside new dishes (an edit of a cart line points at the cart, not the card), never
 * while a pending question is answered. The count is the pick clause's own ("two of the first one").
 * Undefined when no clause picks; a message naming no dish is `pickFromList`'s.
 */
export function pickBesideLines(g: GenerationContext): PickBeside | undefined {
  const listed = recentListed(g.state);
  const { lines, normalized } = g.parse;
  if (!listed || lines.length === 0 || g.answers.answered) return undefined;
  if (g.parse.itemRefs.length > 0 || lines.some((l) => (l.action ?? 'add') !== 'add')) return undefined;
  let start = 0;
  const clauses: { from: number; to: number }[] = [];
  for (const m of normalized.matchAll(CLAUSE_BREAK)) {
    clauses.push({ from: start, to: m.index });
    start = m.index + m[0].length;
  }
  clauses.push({ from: start, to: normalized.length });
  for (const { from, to } of clauses) {
    if (to <= from || lines.some((l) => l.span[0] < to && l.span[1] > from)) continue;
    const pick = readListPick(normalized.slice(from, to), g.misspelt);
    if (!pick) continue;
    const itemId = pick.position === -1 ? listed.itemIds.at(-1) : listed.itemIds[pick.position - 1];
    if (itemId !== undefined) return { itemId, quantity: pick.quantity, offset: from };
  }
  return undefined;
}

/** The pick said beside named dishes (`GenerationContext.pickBeside`) as an order, in its place. */
export const itemPickedBeside: CommandPart = (g) => {
  const pick = g.pickBeside;
  if (!pick) return [];
  return [
    {
      cmd: { type: 'add_item', itemId: pick.itemId, quantity: pick.quantity, options: [] },
      pos: COMMAND_AT.said(pick.offset),
    },
  ];
};
