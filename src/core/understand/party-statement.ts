import { ACKNOWLEDGEMENTS, ARTICLES, COURTESY } from './courtesy-words.ts';
import type { Token } from './normalize.ts';
import { cardinal } from './quantity.ts';

/**
 * A statement of who is eating said around an ask ("party of 6, any suggestions?", "there are 4 of us,
 * what do you recommend", "feeding 10 people, what should I get", "any ideas for a family of five"):
 * general English, nothing venue-specific. The statement is blanked out and the rest read as said
 * alone; the caller keeps that reading only where it asks the house for a pick.
 */

/** Nouns of a group eating together: "a party of 6", "a family of five", "a crew of 9". */
const GROUP_NOUNS: ReadonlySet<string> = new Set(
  'party group table family crew bunch gang team troop household office class squad'.split(' '),
);

/** Nouns of the people counted: "6 people", "four adults", "3 hungry kids", "me and two friends". */
const PEOPLE_NOUNS: ReadonlySet<string> = new Set(
  'people persons person folks folk guys adults adult kids kid children child guests friends mates buddies ladies girls boys teens teenagers coworkers colleagues grownups eaters mouths heads'.split(
    ' ',
  ),
);

/** People one eats with, named without a count: "me and my wife", "my husband and I". */
const COMPANIONS: ReadonlySet<string> = new Set(
  'wife husband partner girlfriend boyfriend friend friends kids kid son daughter mom dad mum parents family roommate roommates brother sister'.split(
    ' ',
  ),
);

/** Counts said as words that no number reader takes for a number: "a dozen of us", "a few of us". */
const VAGUE_COUNTS: ReadonlyMap<string, number> = new Map([
  ['dozen', 12],
  ['couple', 2],
  ['few', 3],
  ['several', 4],
  ['bunch', 5],
]);

/**
 * Words that frame the statement without saying anything of their own ("we're", "there are", "it's
 * just", "ordering for", "coming over tonight"): the statement's clause may hold these and nothing else.
 */
const FRAMING: ReadonlySet<string> = new Set([
  ...COURTESY,
  ...ACKNOWLEDGEMENTS,
  ...ARTICLES,
  ...'we are is it there have has got get will be gonna going ordering order feeding feed for just so well here tonight today coming over total in all hungry eating us our with of and hi hey hello um uh right also'.split(
    ' ',
  ),
]);

/** A number of people at `i` ("6", "six", "a dozen", "a few"): its value and its length, or undefined. */
function countAt(tokens: readonly Token[], i: number): { value: number; length: number } | undefined {
  const t = tokens[i];
  if (t === undefined || t.punct) return undefined;
  if (t.num !== undefined) return t.num >= 1 && t.num <= 500 ? { value: t.num, length: 1 } : undefined;
  const word = cardinal(t.norm);
  if (word !== undefined) return word <= 500 ? { value: word, length: 1 } : undefined;
  const article = ARTICLES.has(t.norm) ? 1 : 0;
  const vague = VAGUE_COUNTS.get(tokens[i + article]?.norm ?? '');
  return vague !== undefined ? { value: vague, length: article + 1 } : undefined;
}

/** A mention of who is eating at `i`: its length and the party's size (0 when not said). */
interface Mention {
  readonly length: number;
  readonly size: number;
}

/**
 * "party of 6", "family of five", "6 of us", "six people", "4 hungry kids", "me and 3 friends",
 * "me and my wife", "my husband and i" at `i`, or undefined.
 */
function mentionAt(tokens: readonly Token[], i: number): Mention | undefined {
  const w = (k: number) => tokens[k]?.norm ?? '';
  // "a party of 6 (people)", "a family of five"
  if (GROUP_NOUNS.has(w(i)) && w(i + 1) === 'of') {
    const n = countAt(tokens, i + 2);
    if (n === undefined) return undefined;
    const after = i + 2 + n.length;
    const tail = PEOPLE_NOUNS.has(w(after)) || w(after) === 'us' ? 1 : 0;
    return { length: 2 + n.length + tail, size: n.value };
  }
  // "me and 3 friends", "me and my wife", "my husband and i"
  if (w(i) === 'me' && w(i + 1) === 'and') {
    const own = w(i + 2) === 'my' ? 1 : 0;
    const n = countAt(tokens, i + 2 + own);
    const at = i + 2 + own + (n?.length ?? 0);
    if (PEOPLE_NOUNS.has(w(at)) || COMPANIONS.has(w(at)))
      return { length: at + 1 - i, size: 1 + (n?.value ?? 1) };
    return undefined;
  }
  if (
    w(i) === 'my' &&
    COMPANIONS.has(w(i + 1)) &&
    w(i + 2) === 'and' &&
    (w(i + 3) === 'i' || w(i + 3) === 'me')
  )
    return { length: 4, size: 2 };
  // "6 of us", "the four of us", "six people", "10 hungry people"
  const n = countAt(tokens, i);
  if (n === undefined) return undefined;
  const at = i + n.length;
  if (w(at) === 'of' && w(at + 1) === 'us') return { length: n.length + 2, size: n.value };
  if (PEOPLE_NOUNS.has(w(at))) return { length: n.length + 1, size: n.value };
  if (!tokens[at]?.punct && PEOPLE_NOUNS.has(w(at + 1)) && !GROUP_NOUNS.has(w(at)))
    return { length: n.length + 2, size: n.value };
  return undefined;
}

/** The words of `from`..`to` are mentions of who is eating and framing words only, with one mention at least. */
function statementSpan(tokens: readonly Token[], from: number, to: number): number | undefined {
  let size = 0;
  let found = false;
  for (let i = from; i < to; ) {
    const m = mentionAt(tokens, i);
    if (m !== undefined && i + m.length <= to) {
      found = true;
      size += m.size;
      i += m.length;
      continue;
    }
    const t = tokens[i] as Token;
    if (!t.punct && !FRAMING.has(t.norm)) return undefined;
    i++;
  }
  return found ? size : undefined;
}

/** The reading of a message with its statement of who is eating blanked out. */
export interface PartyStatement {
  /** The message with the statement's words replaced by spaces (offsets kept). */
  readonly rest: string;
  /** How many are eating, as said (0 when the statement names no count: "me and my wife"). */
  readonly size: number;
}

/**
 * The message with a leading clause that only says who is eating ("party of 4 here,", "there are 6 of
 * us and", "it's me and three friends,") or a closing "for a family of five" / "for 6 people" blanked
 * out; undefined when it holds none or nothing is left. Pure.
 */
export function withoutPartyStatement(text: string, tokens: readonly Token[]): PartyStatement | undefined {
  const words = tokens.filter((t) => !t.punct).length;
  if (words < 3) return undefined;
  // a leading clause: up to the first clause break, else the longest opening that is one
  const stop = tokens.findIndex((t) => t.punct);
  const ends = stop > 0 ? [stop] : [];
  for (let e = Math.min(tokens.length - 1, 12); e > 0; e--) if (!ends.includes(e)) ends.push(e);
  for (const end of ends) {
    const size = statementSpan(tokens, 0, end);
    if (size === undefined) continue;
    let next = end;
    while (tokens[next]?.punct) next++;
    const first = tokens[next];
    if (first === undefined) return undefined;
    return { rest: ' '.repeat(first.oStart) + text.slice(first.oStart), size };
  }
  // a closing "for a group of 6", "for the 4 of us"
  let last = tokens.length;
  while (last > 0 && (tokens[last - 1] as Token).punct) last--;
  for (let i = last - 2; i > 0; i--) {
    if (tokens[i]?.norm !== 'for') continue;
    const size = statementSpan(tokens, i + 1, last);
    if (size === undefined) continue;
    const cut = (tokens[i] as Token).oStart;
    return { rest: text.slice(0, cut) + ' '.repeat(Math.max(0, text.length - cut)), size };
  }
  return undefined;
}
