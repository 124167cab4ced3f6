import type { Token } from './normalize.ts';
import { PhraseSet } from './phrase-set.ts';
import { TOPIC_NOUN_OPENERS } from './topic-noun-openers.ts';

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
  // "ingredients of the garlic naan", "price of the lassi": a topic noun asks without a verb
  ...TOPIC_NOUN_OPENERS,
]);
/**
 * Words that open a clause without being its content: joiners and interjections ("wait how spicy is
 * it", "lol is the curry hot", "hmm what's in the korma"): a question after them is still a question.
 */
export const CLAUSE_OPENERS = new Set(
  `and but so also oh um uh well then plus wait lol hmm hm hmm hmmm ok okay ah aha haha lmao omg btw
  anyway anyways yo hey hi sorry alright`.split(/\s+/),
);

const CLAUSE_JOINERS = new Set(['and', 'also', 'but', 'plus', 'btw']);
const WH_WORDS = new Set(['what', 'which', 'how', 'where', 'when', 'why', 'who']);
const AUX_WORDS = new Set(['do', 'does', 'are', 'is', 'can', 'could', 'will', 'would', 'did']);
const AUX_SUBJECTS = new Set(['you', 'u', 'ya', 'there', 'it', 'they', 'the', 'this', 'that', 'your']);

/**
 * Whether a new question starts at token `i` after a joiner: a wh-word ("what time..."), or an auxiliary
 * verb and its subject ("do you...", "is there...", "is the samosa..."), but not a request ("can I").
 */
function opensQuestion(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i]?.norm ?? '';
  const next = tokens[i + 1]?.norm ?? '';
  if (ORDERISH_QUESTION.has(`${w} ${next}`)) return false;
  return WH_WORDS.has(w) || (AUX_WORDS.has(w) && AUX_SUBJECTS.has(next));
}

/**
 * Marks the clause of tokens `start` to `end` (exclusive) in `out`: a question when `mark` (it ends with
 * "?") or when it opens with a question word. A function of its own, not a closure made per call: under
 * tsx (esbuild's keepNames) a named closure costs a defineProperty each time it is made.
 */
function closeClause(
  tokens: readonly Token[],
  out: boolean[],
  start: number,
  end: number,
  mark: boolean,
): void {
  let i = start;
  while (i < end && (tokens[i] as Token).punct) i++;
  while (i < end && CLAUSE_OPENERS.has((tokens[i] as Token).norm)) i++;
  const w = tokens[i]?.norm ?? '';
  const w2 = `${w} ${tokens[i + 1]?.norm ?? ''}`;
  const q =
    mark || (QUESTION_START.has(w) && !ORDERISH_QUESTION.has(w2)) || INFO_REQUEST.matchAt(tokens, i) > 0;
  for (let k = start; k < end; k++) out[k] = q;
}

/** For each token, whether its clause asks a question (ends with "?" or opens with a question word). */
export function questionClauses(tokens: readonly Token[]): boolean[] {
  const out: boolean[] = new Array(tokens.length).fill(false);
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.punct) {
      closeClause(tokens, out, start, i + 1, t.norm === '?');
      start = i + 1;
    } else if (i > start && CLAUSE_JOINERS.has(t.norm) && opensQuestion(tokens, i + 1)) {
      // "a samosa and are you open on sunday?", "a coke and what time do you close?"
      closeClause(tokens, out, start, i, false);
      start = i;
    }
  }
  closeClause(tokens, out, start, tokens.length, false);
  return out;
}
