import type { Token } from './normalize.ts';
import { PhraseSet } from './phrase-set.ts';

/**
 * Adverbial phrases of manner or urgency said beside an order ("super fast", "real quick", "asap",
 * "right away", "quickly please", "in a hurry", "no rush"): how soon, never what. General English,
 * nothing venue-specific; a dish's own name word ("super", "express", "double") is read as that dish
 * only when it is not part of one of these.
 */
const URGENCY_PHRASES = new PhraseSet([
  ...['super', 'real', 'really', 'very', 'extra', 'nice and', 'double'].flatMap((lead) =>
    ['fast', 'quick', 'quickly', 'speedy', 'rapid'].map((how) => `${lead} ${how}`),
  ),
  'asap',
  'a s a p',
  'as soon as possible',
  'as soon as you can',
  'as fast as you can',
  'as fast as possible',
  'as quick as you can',
  'as quickly as you can',
  'as quickly as possible',
  'quick as you can',
  'fast as you can',
  'quickly',
  'speedily',
  'promptly',
  'pronto',
  'right away',
  'right now',
  'straight away',
  'straightaway',
  'immediately',
  'in a hurry',
  'in a rush',
  'in a big hurry',
  'in a bit of a hurry',
  'in a bit of a rush',
  'no rush',
  'no hurry',
  'no rush at all',
  'take your time',
  'on the double',
  'chop chop',
  'stat',
  'when you can',
  'whenever you can',
  'hurry up',
  'hurry',
]);

/**
 * The length of the manner or urgency phrase starting at token `i`, or 0. The caller keeps a reading
 * the menu gives the same words whole (a dish named "Express Special" said in full). Pure.
 */
export function urgencyPhraseAt(tokens: readonly Token[], i: number): number {
  return URGENCY_PHRASES.matchAt(tokens, i);
}
