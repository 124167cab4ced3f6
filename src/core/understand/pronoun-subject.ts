import { afterLeadIn } from './lead-in.ts';
import type { Token } from './normalize.ts';
import type { Segment } from './segment.ts';

/** Verbs opening a yes-no question about a thing ("is it …", "does that …"). */
const QUESTION_VERBS = new Set(['is', 'are', 'was', 'does', 'do', 'has', 'can', 'will', 'would', 'could']);
/** Pronouns standing for a dish. */
const PRONOUNS = new Set(['it', 'that', 'this', 'they', 'those', 'these']);
/** Longest question read this way, in words: longer ones say more than a property of "it". */
const MAX_WORDS = 8;

/**
 * A short question whose subject is a pronoun: "is it spicy?", "does that have nuts", "how spicy is it?",
 * "what's in it", also after a lead-in ("one question, is it vegan?": `afterLeadIn`). Its adjectives ask
 * about the dish "it" stands for; they name no dish themselves.
 */
export function asksAboutPronoun(tokens: readonly Token[]): boolean {
  const words = tokens
    .slice(afterLeadIn(tokens))
    .filter((t) => !t.punct)
    .map((t) => t.norm);
  if (words.length < 2 || words.length > MAX_WORDS) return false;
  if (QUESTION_VERBS.has(words[0] as string) && PRONOUNS.has(words[1] as string)) return true;
  return (words[0] === 'how' || words[0] === 'what') && PRONOUNS.has(words.at(-1) as string);
}

/** The segment names a dish only by a part of its name ("spicy" of "spicy burger"): every item entry is weak. */
export function partOfNameOnly(seg: Segment | undefined): boolean {
  if (seg?.type !== 'lex') return false;
  const items = seg.entries.filter((e) => e.kind === 'item');
  return items.length > 0 && items.every((e) => e.kind === 'item' && e.weak === true);
}
