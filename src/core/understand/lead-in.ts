import type { Token } from './normalize.ts';
import { PhraseSet } from './phrase-set.ts';

/**
 * Words that only lead into what follows: "one question", "quick q", "also", "oh and", "by the way",
 * "I was wondering". They ask nothing themselves; the question after them is the message.
 */
const LEAD_INS = new PhraseSet([
  'one question',
  'a question',
  'quick question',
  'quick q',
  'question',
  'another question',
  'one more question',
  'last question',
  'one last question',
  'a quick question',
  'i have a question',
  'i have a quick question',
  'i got a question',
  'got a question',
  'one thing',
  'one more thing',
  'one last thing',
  'last thing',
  'another thing',
  'quick one',
  'real quick',
  'also',
  'and',
  'and also',
  'oh',
  'oh and',
  'oh also',
  'ah',
  'plus',
  'btw',
  'by the way',
  'sorry',
  'wait',
  'hmm',
  'hm',
  'um',
  'uh',
  'ok',
  'okay',
  'ok so',
  'so',
  'hey',
  'actually',
  'just wondering',
  'i was wondering',
  'i am wondering',
  'wondering',
  'just curious',
  'curious',
  'out of curiosity',
  'just checking',
  'just to check',
  'before i forget',
  'can i ask',
  'may i ask',
  'let me ask',
]);

/**
 * Where the message goes on after its lead-ins ("one question, is it vegan?" → at "is"): the index of
 * the first token after every lead-in phrase and the punctuation between them; 0 when none opens it.
 */
export function afterLeadIn(tokens: readonly Token[]): number {
  let i = 0;
  for (;;) {
    while (i < tokens.length && (tokens[i] as Token).punct) i++;
    const len = LEAD_INS.matchAt(tokens, i);
    if (len === 0) break;
    i += len;
  }
  // a lead-in that is the whole message leads into nothing
  return i >= tokens.length ? 0 : i;
}
