import type { LineDraft } from './build-lines.ts';
import { ACKNOWLEDGEMENTS, COURTESY as COURTESY_WORDS } from './courtesy-words.ts';
import { CUES } from './cues.ts';
import type { MenuIndex } from './menu-index.ts';
import { PUT_VERBS } from './modify-leads.ts';
import { NEGATION_FILLER, POSITIVE_STARTS } from './negation-cues.ts';
import type { Token } from './normalize.ts';
import { joinNotes } from './prep-notes.ts';
import { foldKey, isFoodKey, removalHolds, removalKeys } from './removal-holds.ts';
import type { Segment } from './segment.ts';

/** Courtesy words that may follow a removal without being part of it ("no onions please"). */
const COURTESY = new Set([...COURTESY_WORDS, ...ACKNOWLEDGEMENTS, 'you']);

/** One negated word group said after a negation: its token range. */
interface Negated {
  from: number;
  to: number;
}

/**
 * A word that opens a request of its own after a comma ("no pickles, add bacon", "no onions, make it
 * medium", "no mayo, extra cheese"): the negated list ends before it.
 */
function opensRequest(s: Segment, tokens: readonly Token[]): boolean {
  // a menu word may start with the verb itself (a choice aliased "add bacon")
  if (s.type !== 'word' && s.type !== 'lex') return false;
  const first = (tokens[s.start] as Token).norm;
  return POSITIVE_STARTS.has(first) || PUT_VERBS.has(first) || CUES.update.matchAt(tokens, s.start) > 0;
}

/**
 * The word groups a negation reaches ("no onions or coriander" → onions, coriander): plain words
 * and non-dish menu words after the cue, split at "or"/commas, up to a clause break, "and", a
 * qualifier, "with", a dish's name or a request opened after a comma ("no pickles, add bacon").
 */
function negatedGroups(segs: readonly Segment[], j: number, tokens: readonly Token[]): Negated[] {
  const out: Negated[] = [];
  let cur: Negated | undefined;
  let afterComma = false;
  const close = () => {
    if (cur) out.push(cur);
    cur = undefined;
  };
  for (let k = j + 1; k < segs.length; k++) {
    const s = segs[k] as Segment;
    if (s.type === 'or' || (s.type === 'break' && s.comma && segs[k + 1]?.type !== 'neg')) {
      close();
      afterComma = s.type === 'break';
      continue;
    }
    if (afterComma && cur === undefined && opensRequest(s, tokens)) break;
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

/** The choices the menu words of a negated group were read as ("avocado" → the Guacamole extra). */
function choicesReadIn(segs: readonly Segment[], g: Negated): { group: string; choice: string }[] {
  return segs.flatMap((s) =>
    s.type === 'lex' && s.start >= g.from && s.end <= g.to
      ? s.entries.flatMap((e) => (e.kind === 'choice' ? [{ group: e.group, choice: e.choice }] : []))
      : [],
  );
}

/** The add line a removal at segment `j` is about: the last one said before it, else the next one. */
function targetLine(lines: readonly LineDraft[], j: number): LineDraft | undefined {
  const adds = lines.filter((l) => l.action === 'add');
  return adds.findLast((l) => l.seg < j) ?? adds.find((l) => l.seg > j);
}

/**
 * "paneer tikka, leave off the onions", "chana masala, no coriander": a removal of one of the dish's
 * listed ingredients that none of its option groups offers becomes a kitchen note on the line ("no
 * onions") instead of being dropped. Only words the menu's own ingredient list holds count; removals
 * a choice already took are left as they were, and so are words only the dish's name or description
 * holds (`unread-removals.ts` reads those). A food word the dish does not hold at all ("chicken tikka,
 * no cashews") joins the line's `unresolved` as "no cashews", so the dialog says there is nothing to
 * take off. A noted removal's words leave the line's `unresolved`. How a dish holds a removal:
 * `removal-holds.ts`.
 */
export function ingredientRemovalNotes(
  lines: LineDraft[],
  segs: readonly Segment[],
  tokens: readonly Token[],
  index: MenuIndex,
): void {
  const menu = index.menu;
  segs.forEach((s, j) => {
    if (s.type !== 'neg') return;
    const line = targetLine(lines, j);
    const item = line ? index.items.get(line.itemId) : undefined;
    if (!line || !item || item.ingredients.length === 0) return;
    const noted: string[] = [];
    for (const g of negatedGroups(segs, j, tokens)) {
      const words = tokens.slice(g.from, g.to);
      const said = words.map((t) => t.norm).join(' ');
      // the words read as a choice to take off ("avocado" as the Guacamole extra): one removal, read
      // once, as the option when the dish holds that choice as one, else as its listed ingredient
      const read = choicesReadIn(segs, g).flatMap((c) => {
        const w = line.without.find((x) => x.group === c.group && x.choice === c.choice);
        return w ? [w] : [];
      });
      const asOption = read.filter(
        (w) =>
          removalHolds(menu, line.itemId, [{ said, choice: w }], { picks: line.options })[0]?.how ===
          'option',
      );
      if (read.length > 0 && asOption.length === read.length) continue;
      const [hold] = removalHolds(menu, line.itemId, [{ said }], { removed: line.without });
      const head = foldKey((words.at(-1) as Token).key);
      const heard = line.unresolved.some((u) => u === said || u === `no ${said}`);
      if (hold?.how === 'listed') {
        line.without = line.without.filter((w) => !read.includes(w) || asOption.includes(w));
        noted.push(`no ${said}`);
        // the group's words leave `unresolved`, whole or in parts ("spring", "onions" of "spring onions")
        const keys = new Set(removalKeys(said));
        line.unresolved = line.unresolved.filter((u) => {
          const parts = removalKeys(u.replace(/^no\s+/, ''));
          return parts.length === 0 || !parts.every((k) => keys.has(k));
        });
      } else if (hold?.how === 'none' && !heard && (read.length > 0 || isFoodKey(menu, head))) {
        // said back once, in the customer's words ("no avocado"), not again as the choice they were read as
        line.without = line.without.filter((w) => !read.includes(w));
        line.unresolved.push(`no ${said}`);
      }
    }
    if (noted.length > 0) line.note = joinNotes([...(line.note ? [line.note] : []), ...noted]);
  });
}
