import { BoundedMemo } from '../state/bounded-memo.ts';

/**
 * Text helpers for reading fact questions: a normalised form (lowercase, typographic apostrophes
 * folded, punctuation to spaces, single spaces, padded with one space at each end) that phrase
 * lookups match on word boundaries.
 */
export function factText(text: string): string {
  const folded = text
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/'s\b/g, 's')
    .replace(/[^a-z0-9'\s-]/g, ' ')
    .replace(/(^|\s)['-]+|['-]+(?=\s|$)/g, ' ')
    .replace(/'/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return ` ${folded} `;
}

/**
 * Normalised phrases, by phrase: the phrases come from word lists and venue files (a closed set), and
 * every turn checks hundreds of them, so each is normalised once. Bounded all the same.
 */
const PHRASES = new BoundedMemo<string>(20_000);

function phraseText(phrase: string): string {
  return PHRASES.get(phrase) ?? PHRASES.set(phrase, factText(phrase));
}

/** Whether the normalised text holds the phrase as whole words (`phrase` is normalised here too). */
export function hasPhrase(normalised: string, phrase: string): boolean {
  return normalised.includes(phraseText(phrase));
}

/** Each phrase list sorted longest first, kept while the list lives (lists are module or venue constants). */
const LONGEST_FIRST = new WeakMap<readonly string[], readonly string[]>();

/** The first phrase of the list the text holds, longest first; undefined when none. */
export function firstPhrase(normalised: string, phrases: readonly string[]): string | undefined {
  let sorted = LONGEST_FIRST.get(phrases);
  if (!sorted) {
    sorted = [...phrases].sort((a, b) => b.length - a.length);
    LONGEST_FIRST.set(phrases, sorted);
  }
  return sorted.find((p) => hasPhrase(normalised, p));
}

/** Joins a list as English prose: "a", "a and b", "a, b and c". */
export function joinList(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}
