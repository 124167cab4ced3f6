import type { MenuIndex } from './menu-index.ts';
import type { Segment } from './segment.ts';

/** Verbs that attach what follows to the dish in focus when it names no dish by its whole name ("add cheese"). */
const ADD_VERBS = new Set(['add', 'put', 'throw']);

/** Words that may open a message before its "with" ("and with naan", "oh, with rice"). */
const OPENERS = new Set(['and', 'oh', 'also', 'ok', 'okay', 'plus', 'but', 'actually', 'um', 'uh']);

/**
 * "a butter chicken" then "with garlic naan": a message that opens with "with" names no dish of its
 * own; what follows continues the dish ordered last. A phrase there that is both a dish and a choice a
 * cart dish (or the dish waiting on its option question) takes is read as that choice only ("garlic
 * naan" the curry's side, not a Garlic Naan), so it goes to that dish (`cartLineForFreeOptions`) instead
 * of adding an unrelated dish. A phrase no such dish takes as a choice keeps its dish reading ("with a
 * coke"), and so does every phrase of a message that also orders a dish ("with naan and a lassi"). A
 * message opening with an add verb ("add cheese") reads so only the phrases that name a dish by a part
 * of its name alone ("cheese" of Cheese Pizza; "add garlic naan" still orders the Garlic Naan). `dishes`
 * are the cart's item ids and the waiting dish. Pure; returns `segs` itself when nothing changes.
 */
export function choicesContinuingDish(
  segs: readonly Segment[],
  dishes: readonly string[],
  index: MenuIndex,
): readonly Segment[] {
  if (dishes.length === 0) return segs;
  let k = 0;
  while (k < segs.length) {
    const s = segs[k] as Segment;
    if (s.type === 'break' || s.type === 'and' || (s.type === 'word' && OPENERS.has(s.norm))) k++;
    else break;
  }
  const opener = segs[k];
  // "add cheese" while the margherita waits on its size: an add verb before words that name a dish only
  // by a part of its name ("cheese" of Cheese Pizza) attaches them as "with" would
  const adding = opener?.type === 'word' && ADD_VERBS.has(opener.norm);
  if (opener?.type !== 'with' && !adding) return segs;
  let out: Segment[] | undefined;
  for (let j = k + 1; j < segs.length; j++) {
    const s = segs[j] as Segment;
    if (s.type !== 'lex' || !s.entries.some((e) => e.kind === 'item')) continue;
    if (adding && s.entries.some((e) => e.kind === 'item' && !e.weak)) continue;
    const taken = s.entries.filter(
      (e) => e.kind === 'choice' && dishes.some((id) => index.sameChoiceOn(id, e.group, e.choice)),
    );
    if (taken.length === 0) continue;
    out ??= [...segs];
    out[j] = { ...s, entries: taken };
  }
  // "with garlic naan and a mango lassi": a message that orders a dish besides is read as said
  if (!out || out.some((s) => s.type === 'lex' && s.entries.some((e) => e.kind === 'item'))) return segs;
  return out;
}
