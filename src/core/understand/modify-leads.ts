import type { Token } from './normalize.ts';
import { PhraseSet } from './phrase-set.ts';

/** Verbs that put something on, in or onto a dish: "add honey to", "put bacon on", "drizzle syrup on". */
export const PUT_VERBS: ReadonlySet<string> = new Set([
  'add',
  'put',
  'throw',
  'toss',
  'stick',
  'sprinkle',
  'drizzle',
  'pour',
  'include',
  'top',
]);

/** A request's lead before a put verb: "can you add", "I'd like to put", "please add". */
const POLITE = [
  '',
  'please',
  'can you',
  'could you',
  'would you',
  'will you',
  'can you please',
  'could you please',
  'can i',
  'could i',
  'may i',
  'can we',
  'could we',
  'i want to',
  'i would like to',
  'i need to',
  'we would like to',
  'i wanna',
  'lets',
  'let us',
];

/** Leads only with a put verb: "can I get oat milk in my chai" may ask the price, and is left to the rules. */
const LEADS = new PhraseSet(POLITE.flatMap((p) => [...PUT_VERBS].map((v) => `${p} ${v}`.trim())));

/**
 * The length of a modification request's lead starting at token `i` ("add", "can you put", "I'd like to
 * add"), before the thing wanted and "on / to / in my <dish>"; 0 when none. Pure.
 */
export function modifyLeadAt(tokens: readonly Token[], i: number): number {
  return LEADS.matchAt(tokens, i);
}

/**
 * A modifier as said back, without the put verb a menu phrase may open with ("add bacon", an alias of
 * Bacon, said back as "bacon"). Pure.
 */
export function withoutPutVerb(said: string): string {
  const [first, ...rest] = said.split(' ');
  return rest.length > 0 && PUT_VERBS.has(first ?? '') ? rest.join(' ') : said;
}
