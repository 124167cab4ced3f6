import type { LineDraft } from './build-lines.ts';
import type { MenuIndex } from './menu-index.ts';
import { NEGATION_FILLER } from './negation-cues.ts';
import { normalize, type Token } from './normalize.ts';
import { joinNotes } from './prep-notes.ts';
import type { Segment } from './segment.ts';

/** Courtesy words that may follow a removal without being part of it ("no onions please"). */
const COURTESY = new Set(['please', 'pls', 'plz', 'thanks', 'thank', 'you', 'thx', 'ty', 'ok', 'okay']);

/** One negated word group said after a negation: its token range. */
interface Negated {
  from: number;
  to: number;
}

/**
 * The word groups a negation reaches ("no onions or coriander" → onions, coriander): plain words
 * and non-dish menu words after the cue, split at "or"/commas, up to a clause break, "and", a
 * qualifier, "with" or a dish's name.
 */
function negatedGroups(segs: readonly Segment[], j: number, tokens: readonly Token[]): Negated[] {
  const out: Negated[] = [];
  let cur: Negated | undefined;
  const close = () => {
    if (cur) out.push(cur);
    cur = undefined;
  };
  for (let k = j + 1; k < segs.length; k++) {
    const s = segs[k] as Segment;
    if (s.type === 'or' || (s.type === 'break' && s.comma && segs[k + 1]?.type !== 'neg')) {
      close();
      continue;
    }
    const isWord = s.type === 'word';
    const isMenuWord = s.type === 'lex' && s.entries.every((e) => e.kind !== 'item');
    if (!isWord && !isMenuWord) break;
    if (isWord && (NEGATION_FILLER.has(s.norm) || COURTESY.has(s.norm))) {
      close();
      continue;
    }
    if (isWord && (tokens[s.start] as Token).num !== undefined) break;
    cur = cur ? { from: cur.from, to: s.end } : { from: s.start, to: s.end };
  }
  close();
  return out;
}

/** The add line a removal at segment `j` is about: the last one said before it, else the next one. */
function targetLine(lines: readonly LineDraft[], j: number): LineDraft | undefined {
  const adds = lines.filter((l) => l.action === 'add');
  return adds.findLast((l) => l.seg < j) ?? adds.find((l) => l.seg > j);
}

/** The dish's ingredient whose words hold every word of the removal (singular keys), if any. */
function heldIngredient(ingredients: readonly string[], keys: readonly string[]): string | undefined {
  return ingredients.find((ing) => {
    const own = new Set(
      normalize(ing)
        .tokens.filter((t) => !t.punct)
        .map((t) => t.key),
    );
    return keys.every((k) => own.has(k));
  });
}

/**
 * "paneer tikka, leave off the onions", "chana masala, no coriander": a removal of one of the dish's
 * listed ingredients that none of its option groups offers becomes a kitchen note on the line ("no
 * onions") instead of being dropped. Only words the menu's own ingredient list holds count; removals
 * a choice already took, and words the dish does not list, are left as they were. The removal's words
 * leave the line's `unresolved`.
 */
export function ingredientRemovalNotes(
  lines: LineDraft[],
  segs: readonly Segment[],
  tokens: readonly Token[],
  index: MenuIndex,
): void {
  segs.forEach((s, j) => {
    if (s.type !== 'neg') return;
    const line = targetLine(lines, j);
    const item = line ? index.items.get(line.itemId) : undefined;
    if (!line || !item || item.ingredients.length === 0) return;
    const noted: string[] = [];
    for (const g of negatedGroups(segs, j, tokens)) {
      const words = tokens.slice(g.from, g.to);
      const keys = words.map((t) => t.key);
      const said = words.map((t) => t.norm).join(' ');
      const taken = line.without.some((w) => {
        const name = new Set(
          normalize(w.choiceName)
            .tokens.filter((t) => !t.punct)
            .map((t) => t.key),
        );
        return keys.every((k) => name.has(k));
      });
      if (taken || !heldIngredient(item.ingredients, keys)) continue;
      noted.push(`no ${said}`);
      line.unresolved = line.unresolved.filter((u) => u !== said && u !== `no ${said}`);
    }
    if (noted.length > 0) line.note = joinNotes([...(line.note ? [line.note] : []), ...noted]);
  });
}
