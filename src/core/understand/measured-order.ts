import { isUnitWord, SERVING_VESSELS } from '../../domain/measure-units.ts';
import type { Token } from './normalize.ts';
import { countWord } from './quantity.ts';

/** Words that open a measured request before its count ("can i get", "i'll take", "just"). */
const OPENERS: ReadonlySet<string> = new Set([
  'can',
  'could',
  'may',
  'i',
  'we',
  'get',
  'have',
  'take',
  'want',
  'need',
  'would',
  'like',
  'will',
  'just',
  'please',
  'gimme',
  'and',
  'also',
]);

/** Words that make the message a question about the thing measured. */
const QUESTION_WORDS: ReadonlySet<string> = new Set([
  'how',
  'what',
  'which',
  'calories',
  'many',
  'much',
  'is',
  'are',
]);

/**
 * "a pint of buttermilk", "two glasses of milk", "can I get a liter of lemonade": a count, a vessel or
 * a unit of volume or weight, "of", then the thing asked for: an order of that thing, whether or not
 * the menu has it (then it is said to be absent with the nearest dishes), never talk out of scope. The
 * vessels and units are those of domain/measure-units.ts. Pure.
 */
export function measuredOrder(tokens: readonly Token[]): boolean {
  // "one cup of almonds has how many calories": a question about the thing orders nothing
  if (tokens.some((t) => QUESTION_WORDS.has(t.norm) || t.norm === '?')) return false;
  const words = tokens.filter((t) => !t.punct);
  let i = 0;
  while (i < words.length && OPENERS.has((words[i] as Token).norm)) i++;
  const count = words[i];
  if (!count || !(count.norm === 'a' || count.norm === 'an' || countWord(count.norm) !== undefined))
    return false;
  const unit = words[i + 1]?.norm ?? '';
  if (!isMeasureOfServing(unit)) return false;
  return words[i + 2]?.norm === 'of' && words.length > i + 3;
}

/** The word `w` is a vessel or a unit of volume or weight a thing is asked for by ("pint", "glass", "liter"). */
export function isMeasureOfServing(w: string): boolean {
  return SERVING_VESSELS.has(w) || isUnitWord(w, ['volume', 'weight']);
}
