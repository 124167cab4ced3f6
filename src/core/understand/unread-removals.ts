import type { Menu } from '../../domain/menu-schema.ts';
import type { Token } from './normalize.ts';
import type { ParsedLine, ParseResult } from './parse-result.ts';
import { joinNotes } from './prep-notes.ts';
import { foldKey, removalHolds, removalKeys } from './removal-holds.ts';

/** Words right before an ingredient that take it off ("no onions", "without cheese", "minus ham", "sans garlic"). */
const REMOVERS = new Set(['no', 'without', 'minus', 'sans', 'hold', 'skip', 'remove', 'omit', 'nix']);
/** Words allowed between a remover and the ingredient ("hold the onions", "without any garlic"). */
const FILLERS = new Set(['the', 'any', 'all', 'out', 'off', 'of']);

/** Whether `words` (folded token keys, `foldKey`) are said right after a remover in the message. */
function saidRemoved(tokens: readonly Token[], words: readonly string[]): boolean {
  for (let i = 0; i + words.length <= tokens.length; i++) {
    if (!words.every((w, k) => foldKey(tokens[i + k]?.key ?? '') === w)) continue;
    let j = i - 1;
    while (j >= 0 && FILLERS.has((tokens[j] as Token).norm)) j--;
    if (j >= 0 && REMOVERS.has((tokens[j] as Token).norm)) return true;
  }
  return false;
}

const bare = (text: string) => text.replace(/^(no|without)\s+/i, '');

/** What a removal reading needs of a parse: its lines and the unknown words said with no dish. */
export interface RemovalReading {
  lines: ParsedLine[];
  unresolved: ParseResult['unresolved'];
}

/**
 * "chicken biryani no onions", "masala dosa no potatoes" where the dish holds the ingredient but no option
 * takes it off: the removal is kept as a kitchen note on the line ("no onions") instead of being dropped
 * as an option the dish does not take, or read as a dish the menu lacks. Only words said right after a
 * remover ("no", "without", "hold the", "minus") that the dish's own ingredients, description or name
 * hold (`removal-holds.ts`) become a note; any other unread word stays as it was. Pure.
 */
export function ingredientRemovalsAsNotes(
  reading: RemovalReading,
  tokens: readonly Token[],
  menu: Menu,
): RemovalReading {
  const removes = (itemId: string, said: string): boolean => {
    const words = removalKeys(bare(said));
    if (words.length === 0) return false;
    const how = removalHolds(menu, itemId, [{ said: bare(said) }])[0]?.how;
    return (how === 'listed' || how === 'named') && saidRemoved(tokens, words);
  };
  const notes = new Map<number, string[]>();
  const lines = reading.lines.map((line, k) => {
    if (line.unresolved.length === 0 || line.action === 'remove') return line;
    const removed = line.unresolved.filter((u) => removes(line.itemId, u));
    if (removed.length === 0) return line;
    notes.set(
      k,
      removed.map((u) => `no ${bare(u)}`),
    );
    return { ...line, unresolved: line.unresolved.filter((u) => !removed.includes(u)) };
  });
  // an unknown word with no dish of its own ("no potatoes" read as a dish the menu lacks): the one
  // ordered dish that holds it takes the note
  const unresolved = reading.unresolved.filter((u) => {
    const takers = lines
      .map((l, k) => ({ l, k }))
      .filter(({ l }) => l.action !== 'remove' && removes(l.itemId, u.text));
    const only = takers.length === 1 ? takers[0] : undefined;
    if (!only) return true;
    // a part of a removal the line already notes ("spring" of "no spring onions"): nothing more to note
    const noted = new Set(removalKeys(only.l.note ?? ''));
    if (removalKeys(bare(u.text)).every((k) => noted.has(k))) return false;
    notes.set(only.k, [...(notes.get(only.k) ?? []), `no ${bare(u.text)}`]);
    return false;
  });
  if (notes.size === 0)
    return unresolved.length === reading.unresolved.length ? reading : { ...reading, unresolved };
  return {
    lines: lines.map((l, k) => {
      const added = notes.get(k);
      return added ? { ...l, note: joinNotes([...(l.note ? [l.note] : []), ...added]) } : l;
    }),
    unresolved,
  };
}
