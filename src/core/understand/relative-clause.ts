import type { Token } from './normalize.ts';

/** Words that open a relative clause after a noun or an indefinite ("anything that", "dishes which"). */
const RELATIVES = new Set(['that', 'which', 'who']);
/** Verbs a relative clause of a dish's feature starts with ("that is not", "which do not have"). */
const CLAUSE_VERBS = new Set([
  'is',
  'are',
  'was',
  'were',
  'do',
  'does',
  'did',
  'has',
  'have',
  'contain',
  'contains',
  'come',
  'comes',
  'can',
  'will',
  'would',
  'wo',
]);
/**
 * Words that make "that"/"which" no relative pronoun when right before it: a verb or preposition whose
 * object it is ("is that spicy", "what about that", "I will have that"), or a question word.
 */
const NOT_ANTECEDENT = new Set([
  'is',
  'are',
  'was',
  'were',
  'does',
  'do',
  'did',
  'about',
  'of',
  'in',
  'on',
  'with',
  'like',
  'get',
  'take',
  'want',
  'how',
  'why',
  'so',
  'and',
  'but',
  'or',
]);

/**
 * The indices of relative pronouns that open a clause about the dishes asked for: "anything that is
 * mild", "dishes which have no nuts" (a "that"/"which" after a word that can be its antecedent, followed
 * by a clause verb). Such a "that" is never "it", the dish in focus. Pure token scan.
 */
export function relativePronouns(tokens: readonly Token[]): Set<number> {
  const words = tokens.map((t) => t.norm);
  const found = new Set<number>();
  for (let i = 1; i < words.length; i++) {
    if (!RELATIVES.has(words[i] as string)) continue;
    const before = words[i - 1] as string;
    if (NOT_ANTECEDENT.has(before) || (tokens[i - 1] as Token).punct) continue;
    if (CLAUSE_VERBS.has(words[i + 1] ?? '')) found.add(i);
  }
  return found;
}
