import type { Token } from './normalize.ts';
import { PhraseSet } from './phrase-set.ts';

export const QUESTION_START = new Set([
  'what',
  'which',
  'how',
  'is',
  'are',
  'do',
  'does',
  'can',
  'could',
  'will',
  'would',
  'where',
  'when',
  'why',
  'who',
  'any',
  'anything',
  'got',
  'have',
  'did',
  'should',
]);
export const ORDERISH_QUESTION = new Set([
  'can i',
  'could i',
  'may i',
  'can we',
  'could we',
  'would you',
  'can you',
  'could you',
  // a wish with its "I" dropped ("would love a large pizza", "will take two") is an order, not a question
  'would love',
  'would like',
  'would want',
  'would prefer',
  'would take',
  'would have',
  'will have',
  'will take',
  'will get',
  'will do',
  'could use',
]);
export const INFO_REQUEST = new PhraseSet([
  'tell me about',
  'tell me more about',
  'describe',
  'explain',
  'what about',
  'info on',
  'details of',
  'i want to know',
  'i would like to know',
]);
const CLAUSE_OPENERS = new Set(['and', 'but', 'so', 'also', 'oh', 'um', 'well', 'then', 'plus']);

/** For each token, whether its clause asks a question (ends with "?" or opens with a question word). */
export function questionClauses(tokens: readonly Token[]): boolean[] {
  const out: boolean[] = new Array(tokens.length).fill(false);
  let start = 0;
  const close = (end: number, mark: boolean) => {
    let i = start;
    while (i < end && (tokens[i] as Token).punct) i++;
    while (i < end && CLAUSE_OPENERS.has((tokens[i] as Token).norm)) i++;
    const w = tokens[i]?.norm ?? '';
    const w2 = `${w} ${tokens[i + 1]?.norm ?? ''}`;
    const q =
      mark || (QUESTION_START.has(w) && !ORDERISH_QUESTION.has(w2)) || INFO_REQUEST.matchAt(tokens, i) > 0;
    for (let k = start; k < end; k++) out[k] = q;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.punct) {
      close(i + 1, t.norm === '?');
      start = i + 1;
    } else if (
      t.norm === 'and' &&
      i > start &&
      QUESTION_START.has(tokens[i + 1]?.norm ?? '') &&
      tokens[i + 2]?.norm === 'you'
    ) {
      // "a samosa and are you open on sunday?"
      close(i, false);
      start = i;
    }
  }
  close(tokens.length, false);
  return out;
}
