import type { Venue } from '../../domain/venue.ts';
import { BoundedMemo } from '../state/bounded-memo.ts';
import type { LineRef } from './command.ts';

/** A line reference read from a message, and the option choices it used to point (not to change). */
export interface LineReading {
  ref: LineRef;
  /** Choice ids said as the reference ("the large one"): not options to apply. */
  pointing: Set<string>;
}

const ORDINALS: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  fifth: 5,
  '5th': 5,
  last: -1,
};

/** "one of them", "one of the pizzas", "just one of those": one unit of a line. */
const ONE_OF = /\b(?:one|1) of (?:them|those|these|the \w+|my \w+|the two|both)\b/;
/**
 * "both", "all of them", "each one", "every pizza", "all the pizzas", "for all", "on everything", "for
 * everyone", "all of em": every line (of the dish named, else every line taking the change).
 */
const EVERY =
  /\b(?:both|all of (?:them|those|these|em)|all (?:the|my|of the|of my) \w+|each(?: one| of them| of em)?|every (?:one|\w+)|(?:them|em|those) all|(?:for|on|to) (?:all|everything|everyone|everybody|every one)|for (?:the )?(?:whole|entire) (?:order|lot))\b/;
/** "the second pizza", "the first one", "the last one". */
const ORDINAL = new RegExp(`\\b(?:the|my) (${Object.keys(ORDINALS).join('|')})\\b`);

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}"]+/gu, ' ')
    .trim();

/**
 * Reads how a message points at a cart line rather than at a menu item (issue 7): by an option the line
 * carries ("the mushroom one", "the one with mushrooms", "the large pizza"), by position ("the second
 * pizza", "the last one"), one unit of a line ("one of them") or every line ("both", "all of them").
 * `said` are the option choices understanding read in the message; only those are candidates for
 * pointing. Generic: the words come from the venue's option choices and category names. Undefined when
 * the message points at no line.
 */
export function readLineReference(
  text: string,
  venue: Venue,
  said: readonly { choice: string }[],
): LineReading | undefined {
  const { t, ordinal, one, all } = wordsOf(text);
  const pointing = new Set<string>();
  for (const { choice } of said) {
    const patterns = pointingPatterns(venue, choice);
    if (patterns.some((p) => p.test(t))) pointing.add(choice);
  }
  const ref: LineRef = { has: [...pointing] };
  if (ordinal !== undefined) ref.ordinal = ordinal;
  if (one) ref.one = true;
  else if (all) ref.all = true;
  if (ref.has.length === 0 && ref.ordinal === undefined && !ref.one && !ref.all) return undefined;
  return { ref, pointing };
}

/** What a message says about lines whatever the venue: its folded text, an ordinal, "one of", "all". */
interface LineWords {
  /** The folded text, padded with a space each side. */
  t: string;
  ordinal?: number;
  one: boolean;
  all: boolean;
}

/**
 * The words of recent messages (pure in the text; a turn reads them once per line it orders or edits,
 * and messages recur across sessions), up to a thousand of them.
 */
const WORDS = new BoundedMemo<LineWords>(1_000);
const WORDS_KEPT_MAX_CHARS = 500;

function wordsOf(text: string): LineWords {
  if (text.length > WORDS_KEPT_MAX_CHARS) return readWords(text);
  return WORDS.get(text) ?? WORDS.set(text, readWords(text));
}

function readWords(text: string): LineWords {
  const t = ` ${norm(text)} `;
  const ordinalWord = ORDINAL.exec(t)?.[1];
  const words: LineWords = { t, one: ONE_OF.test(t), all: EVERY.test(t) };
  if (ordinalWord) words.ordinal = ORDINALS[ordinalWord] as number;
  return Object.freeze(words);
}

/** The patterns of each option choice of a venue, by choice id (built when first asked for). */
const pointingPatternsOf = new WeakMap<Venue, Map<string, readonly RegExp[]>>();

/**
 * The patterns of a message pointing at the cart lines with an option choice ("the mushroom one",
 * "the ones with extra cheese"), over its name, id and aliases: none for a choice the menu lacks. Built
 * once per venue and choice (they depend on nothing else), not at every message.
 */
function pointingPatterns(venue: Venue, choice: string): readonly RegExp[] {
  let byChoice = pointingPatternsOf.get(venue);
  if (!byChoice) {
    byChoice = new Map();
    pointingPatternsOf.set(venue, byChoice);
  }
  let patterns = byChoice.get(choice);
  if (patterns === undefined) {
    const c = venue.menu.optionGroups.flatMap((g) => g.choices).find((x) => x.id === choice);
    // (kept for the menu's own choices only, so the memo is bounded by the menu)
    if (!c) return [];
    const built: RegExp[] = [];
    const heads = headNouns(venue);
    for (const name of [c.name, c.id.replaceAll('-', ' '), ...c.aliases]) {
      const stem = escapeRe(norm(name).replace(/(?:es|s)$/, ''));
      if (!stem) continue;
      const word = `${stem}(?:e?s)?`;
      built.push(
        // ("make that 20 wings": "that" right after a change verb is the line, the words after it its new value)
        new RegExp(
          `\\b(?:the|my|(?<!\\b(?:make|change|switch|turn|do)\\s+)that) ${word} (?:ones?|${heads})\\b`,
        ),
        new RegExp(`\\b(?:the )?ones? (?:with|that has|that have|having) (?:the |extra )?${word}\\b`),
      );
    }
    patterns = built;
    byChoice.set(choice, patterns);
  }
  return patterns;
}

const headNounsOf = new WeakMap<Venue, string>();

/**
 * Words that name a kind of dish: "one", the venue's category names and aliases, singular and plural
 * (as a regex alternation; worked out once per venue).
 */
function headNouns(venue: Venue): string {
  let heads = headNounsOf.get(venue);
  if (heads === undefined) {
    heads = readHeadNouns(venue);
    headNounsOf.set(venue, heads);
  }
  return heads;
}

function readHeadNouns(venue: Venue): string {
  const words = new Set(['one', 'ones']);
  for (const c of venue.menu.categories)
    for (const n of [c.name, ...c.aliases]) {
      const w = norm(n);
      if (!w || w.includes('"')) continue;
      words.add(escapeRe(w));
      words.add(escapeRe(w.replace(/s$/, '')));
    }
  return [...words].join('|');
}
