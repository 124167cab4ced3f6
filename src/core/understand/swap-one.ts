import { COURTESY, ARTICLES as SHARED_ARTICLES } from './courtesy-words.ts';
import type { Token } from './normalize.ts';

/** Verbs of a swap or change of a dish: "swap the croissant for …", "switch my latte to …". */
const SWAP_VERBS = new Set(['swap', 'switch', 'replace', 'change', 'exchange', 'trade', 'substitute', 'sub']);
/** Words before the dish that goes: "the", "my", "that". */
const DETERMINERS = new Set(['the', 'my', 'our', 'that', 'this', 'those', 'these', 'a', 'an']);
/** Words joining the dish that goes to what comes: "for", "with", "to", "into". */
const LINKS = new Set(['for', 'with', 'to', 'into']);
/** Articles before what comes: "for a plain one". */
const ARTICLES = new Set([...SHARED_ARTICLES, 'some']);
/** Pronouns that name no dish of their own: "swap it for a plain one" has no head noun to carry. */
const PRONOUNS = new Set(['it', 'that', 'this', 'them', 'those', 'these', 'one', 'ones']);
/** Words before "one" that pick no kind of the dish: "another one", "a different one", "the same one". */
const NO_MODIFIER = new Set(['another', 'other', 'different', 'new', 'same', 'fresh', 'second', 'better']);
/** Words that may close the request after "one": "please", "instead". */
const CLOSERS = new Set([...COURTESY, 'you', 'instead', 'then', 'now', 'actually']);

/**
 * "swap the croissant for a plain one", "switch my latte to an iced one", "replace the coke with a diet
 * one": the "one" of what comes stands for the head noun of the dish that goes (its last word), so it is
 * read as "a plain croissant", "an iced latte", "a diet coke": a dish of the same family, or none the
 * menu has (then said so), never a dish the modifier alone names in another family (a Plain Bagel).
 * Returns the tokens with that "one" given the head noun's words (same offsets), or the tokens as they
 * are. Pure.
 */
export function withSwapOneHead(tokens: readonly Token[]): readonly Token[] {
  const verb = tokens.findIndex((t) => SWAP_VERBS.has(t.norm));
  if (verb < 0) return tokens;
  let i = verb + 1;
  while (i < tokens.length && DETERMINERS.has((tokens[i] as Token).norm)) i++;
  const dishStart = i;
  while (i < tokens.length && !(tokens[i] as Token).punct && !LINKS.has((tokens[i] as Token).norm)) i++;
  const dishEnd = i;
  if (dishEnd - dishStart < 1 || dishEnd - dishStart > 4 || !LINKS.has(tokens[i]?.norm ?? '')) return tokens;
  const head = tokens[dishEnd - 1] as Token;
  if (PRONOUNS.has(head.norm) || head.num !== undefined) return tokens;
  i++;
  while (i < tokens.length && ARTICLES.has((tokens[i] as Token).norm)) i++;
  const modStart = i;
  while (i < tokens.length && (tokens[i] as Token).norm !== 'one' && (tokens[i] as Token).norm !== 'ones')
    i++;
  if (i >= tokens.length || i - modStart < 1 || i - modStart > 3) return tokens;
  const one = i;
  if (tokens.slice(modStart, one).some((t) => t.punct || NO_MODIFIER.has(t.norm))) return tokens;
  if (!tokens.slice(one + 1).every((t) => t.punct || CLOSERS.has(t.norm))) return tokens;
  const out = [...tokens];
  const said = tokens[one] as Token;
  out[one] = { ...said, norm: head.norm, key: head.key };
  return out;
}
