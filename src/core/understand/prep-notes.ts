import { CUES } from './cues.ts';
import type { Token } from './normalize.ts';
import { PhraseSet } from './phrase-set.ts';
import type { Segment } from './segment.ts';
import { SERVING_STYLES, STYLE_LEADS } from './serving-styles.ts';

/** Longest kitchen note kept from one message, in characters (the backend takes up to 500). */
export const NOTE_MAX = 120;

/** A preparation request found in a message: its token range and its words as the customer wrote them. */
export interface PrepPhrase {
  /** Token range [from, to). */
  from: number;
  to: number;
  /** Offsets in the original text. */
  oStart: number;
  oEnd: number;
  text: string;
  /**
   * A serving style whose words a menu choice also names ("black" of a tea's Black): those choices. The
   * phrase is a note only where the dish it is said of takes none of them (`understanding.ts`).
   */
  choices?: readonly { group: string; choice: string }[];
}

/** How a dish is cut, said as "<word> cut" ("square cut", "tavern cut", "party cut"). */
const CUT_STYLES = new Set(['square', 'squares', 'tavern', 'party', 'pie', 'double', 'triangle', 'no']);
/** Verbs of cutting followed by "in"/"into" and the pieces ("cut in squares", "sliced into 8"). */
const CUT_VERBS = new Set(['cut', 'sliced', 'slice', 'cutted']);
/** A dish not to be cut at all. */
const UNCUT = new PhraseSet([
  'uncut',
  'not cut',
  'do not cut it',
  'do not cut',
  'no cutting',
  'unsliced',
  'not sliced',
]);
/**
 * How hot a drink or dish is served ("extra hot", "kids temp"): a note only where no menu choice lies in
 * it (a spice level or salsa named "Hot" is the menu's, and so is a temperature group's "Hot").
 */
const SERVING_HEAT = new PhraseSet([
  'extra hot',
  'very hot',
  'piping hot',
  'super hot',
  'not too hot',
  'not so hot',
  'lukewarm',
  'kids temp',
  'kid temp',
  'kids temperature',
  'warm not hot',
]);
/** Words that end the pieces of a cut ("cut in squares please", "cut in half and well done"). */
const PIECES_END = new Set(['please', 'pls', 'and', 'thanks', 'thank', 'with', 'for', 'but', 'too', 'also']);
/** Words that may lead into a doneness ("nice and crispy", "make it well done", "cooked well done"). */
const LEADS = new PhraseSet([
  'nice and',
  'cooked',
  'baked',
  'done',
  'make it',
  'make them',
  'make sure it is',
  'extra',
]);

/**
 * The preparation requests of a message, general English shipped with the engine (never a venue's
 * words): doneness and crispness ("well done", "extra crispy", "medium rare", the cooking degrees in
 * cues.ts), serving heat ("extra hot") and cutting ("cut in squares", "cut into 8 slices", "square cut", "uncut"). A phrase that a
 * menu word covers or runs past ("Crispy Calamari" is a dish; a choice named "Well Done" is an
 * option) is the menu's, not a note: only phrases whose menu matches lie strictly inside them count.
 */
export function findPrepPhrases(
  tokens: readonly Token[],
  segs: readonly Segment[],
  text: string,
): PrepPhrase[] {
  const out: PrepPhrase[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const { length, lead, object = 0, style = false } = prepAt(tokens, i);
    if (length === 0) continue;
    const from = i;
    const to = i + length;
    // "a coffee, black": a style the menu names only as choices stays a candidate, with those choices
    // ("extra dry" where a cappuccino's Dry lies inside: its choice, weighed the same way)
    const weighed = style && choiceWithin(segs, from, to) ? choicesCovering(segs, from, to) : [];
    const choices = weighed.length > 0 ? weighed : undefined;
    if (!choices && !ownsItsWords(segs, from, to)) continue;
    // "make it well done", "cooked medium rare": a degree the menu offers as a choice is that choice,
    // whatever leads into it, as it is said bare
    if (lead > 0 && !ownsItsWords(segs, from + lead, to)) continue;
    if (SERVING_HEAT.matchAt(tokens, from) === to - from && choiceWithin(segs, from, to)) continue;
    const first = tokens[from] as Token;
    const last = tokens[to - 1] as Token;
    out.push({
      from,
      to,
      oStart: first.oStart,
      oEnd: last.oEnd,
      // "cut the pizza into squares": the note says how, the dish cut is the line it goes on
      text: cleanNote(
        object > 0
          ? `${text.slice(first.oStart, first.oEnd)} ${text.slice((tokens[from + 1 + object] as Token).oStart, last.oEnd)}`
          : text.slice(first.oStart, last.oEnd),
      ),
      ...(choices ? { choices } : {}),
    });
    i = to - 1;
  }
  return out;
}

/**
 * Tokens of a preparation request starting at `i` (`length`, 0 for none), how many of them lead
 * into a degree (`lead`: "make it" of "make it well done", else 0) and how many after a cutting verb
 * name what is cut (`object`: "the pizza" of "cut the pizza into squares"; left out of the note).
 */
function prepAt(
  tokens: readonly Token[],
  i: number,
): { length: number; lead: number; object?: number; style?: boolean } {
  const none = { length: 0, lead: 0 };
  const t = tokens[i] as Token;
  if (t.punct) return none;
  const degree = CUES.cookingDegree.matchAt(tokens, i);
  if (degree > 0) return { length: degree, lead: 0 };
  // "nice and crispy", "make it well done": the lead belongs to the note
  const lead = LEADS.matchAt(tokens, i);
  if (lead > 0) {
    const after = CUES.cookingDegree.matchAt(tokens, i + lead);
    if (after > 0) return { length: lead + after, lead };
  }
  const heat = SERVING_HEAT.matchAt(tokens, i);
  if (heat > 0) return { length: heat, lead: 0 };
  // "black", "light ice", "dressing on the side", "very strong": a serving style (serving-styles.ts)
  const styled = STYLE_LEADS.matchAt(tokens, i);
  const led = styled > 0 ? SERVING_STYLES.matchAt(tokens, i + styled) : 0;
  if (led > 0) return { length: styled + led, lead: 0, style: true };
  const style = SERVING_STYLES.matchAt(tokens, i);
  if (style > 0) return { length: style, lead: 0, style: true };
  const uncut = UNCUT.matchAt(tokens, i);
  if (uncut > 0) return { length: uncut, lead: 0 };
  const next = tokens[i + 1];
  if (CUT_STYLES.has(t.norm) && next?.norm === 'cut') return { length: 2, lead: 0 };
  if (CUT_VERBS.has(t.norm)) {
    // "cut it in half", "cut the pizza into squares": the dish cut is said between verb and pieces
    const object = cutObjectAt(tokens, i + 1);
    const into = tokens[i + 1 + object]?.norm;
    if (into !== 'in' && into !== 'into') return none;
    const from = i + 2 + object;
    let j = from;
    while (j < tokens.length && j < from + 3) {
      const w = tokens[j] as Token;
      if (w.punct || PIECES_END.has(w.norm)) break;
      j++;
    }
    return j > from ? { length: j - i, lead: 0, object } : none;
  }
  return none;
}

/** Words pointing at what is cut ("it", "them", "both"), or a determiner opening it ("the pizza"). */
const CUT_PRONOUNS = new Set(['it', 'them', 'both', 'each', 'this', 'that', 'these', 'those']);
const CUT_DETERMINERS = new Set(['the', 'my', 'our', 'each', 'both', 'this', 'that', 'these', 'those']);

/**
 * How many words at `i` name what a cutting verb cuts: a pronoun ("it"), or a determiner and up to two
 * words ("the pizza", "my sub", "both sandwiches"), ending right before "in"/"into". 0 for none.
 */
function cutObjectAt(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (!t || t.punct) return 0;
  const into = (k: number) => tokens[k]?.norm === 'in' || tokens[k]?.norm === 'into';
  if (CUT_PRONOUNS.has(t.norm) && into(i + 1)) return 1;
  if (!CUT_DETERMINERS.has(t.norm)) return 0;
  for (let n = 2; n <= 3; n++) {
    const words = tokens.slice(i + 1, i + n);
    if (words.length < n - 1 || words.some((w) => w.punct)) return 0;
    if (into(i + n)) return n;
  }
  return 0;
}

/** True when a menu choice's words lie in [from, to) ("hot" of a salsa or spice level named Hot). */
function choiceWithin(segs: readonly Segment[], from: number, to: number): boolean {
  return segs.some(
    (s) => s.type === 'lex' && s.start < to && s.end > from && s.entries.some((e) => e.kind === 'choice'),
  );
}

/**
 * The menu choices of the matches over [from, to) when they lie within it and name no dish or category
 * ("black" of a tea's Black); empty otherwise.
 */
function choicesCovering(
  segs: readonly Segment[],
  from: number,
  to: number,
): { group: string; choice: string }[] {
  const out: { group: string; choice: string }[] = [];
  for (const s of segs) {
    if (s.type !== 'lex' || s.end <= from || s.start >= to) continue;
    if (s.start < from || s.end > to) return [];
    for (const e of s.entries) {
      if (e.kind === 'item' || e.kind === 'category') return [];
      if (e.kind === 'choice') out.push({ group: e.group, choice: e.choice });
    }
  }
  return out;
}

/** True when no menu match covers or runs past the phrase [from, to): any inside it is strictly inside. */
function ownsItsWords(segs: readonly Segment[], from: number, to: number): boolean {
  for (const s of segs) {
    if (s.type !== 'lex') continue;
    if (s.end <= from || s.start >= to) continue;
    const inside = s.start >= from && s.end <= to && s.end - s.start < to - from;
    if (!inside) return false;
  }
  return true;
}

/**
 * A note as stored and shown: plain text (markup and control characters taken out, spaces collapsed),
 * at most `NOTE_MAX` characters.
 */
export function cleanNote(raw: string): string {
  return raw
    .replace(/<[^>]*>/g, ' ')
    .replace(/[\p{Cc}\p{Cf}<>]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, NOTE_MAX);
}

/** Several notes for one line, as one: "well done, cut in squares", capped at `NOTE_MAX`. */
export function joinNotes(notes: readonly string[]): string {
  return cleanNote([...new Set(notes)].join(', '));
}
