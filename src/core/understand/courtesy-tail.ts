import { CUES } from './cues.ts';
import { normalize, type Token } from './normalize.ts';
import { PhraseSet } from './phrase-set.ts';

/**
 * Words that may follow or join a thanks at the close of a message ("thanks so much mate", "and thank
 * you again", "cheers guys"): they say nothing of the request before them.
 */
const TAIL_FILLERS = new PhraseSet([
  'so much',
  'very much',
  'a lot',
  'a bunch',
  'a million',
  'heaps',
  'loads',
  'again',
  'in advance',
  'mate',
  'man',
  'buddy',
  'pal',
  'guys',
  'love',
  'x',
  'xx',
  'xo',
  'please',
  'pls',
  'plz',
]);

/** Words that join a closing thanks to the request before it ("… and thank you", "… ok thanks"). */
const TAIL_JOINERS = new Set(['and', 'ok', 'okay', 'oh', 'also', 'n', '&']);

/**
 * Where a closing courtesy starts: "add fries too, cheers", "make the fries 2 and thank you", "two onion
 * rings please, thanks a lot". The tail is a thanks phrase (`CUES.thanks`, not a cooking degree such as
 * "well done") with its joiners before it ("and", "ok") and fillers after it ("so much", "mate",
 * "again"), running to the end of the message, after at least one word of a request. Its words are
 * manners: the scope classifier, which learnt "cheers" from toasts and small talk, reads the request
 * without them, and a request's shortness is judged without them. Undefined when the message has no
 * such tail or is nothing but courtesy. Pure.
 */
export function courtesyTailStart(tokens: readonly Token[]): number | undefined {
  let best: number | undefined;
  // the earliest start whose rest is all courtesy, with a request's word before it
  for (let i = tokens.length - 1; i > 0; i--) {
    if (!isTail(tokens, i)) continue;
    best = i;
  }
  if (best === undefined) return undefined;
  const before = tokens.slice(0, best).filter((t) => !t.punct && !TAIL_JOINERS.has(t.norm));
  return before.some((t) => !CUES.acknowledge.has([t]) && !CUES.thanks.has([t])) ? best : undefined;
}

/** The token indices of the closing courtesy (`courtesyTailStart`), empty when there is none. */
export function courtesyTailTokens(tokens: readonly Token[]): Set<number> {
  const at = courtesyTailStart(tokens);
  const out = new Set<number>();
  if (at !== undefined) for (let i = at; i < tokens.length; i++) out.add(i);
  return out;
}

/**
 * The tokens from `from` to the end are a closing courtesy: punctuation and joiners, then a thanks
 * phrase first among the words, then thanks phrases, fillers and punctuation only.
 */
function isTail(tokens: readonly Token[], from: number): boolean {
  let i = from;
  while (i < tokens.length && ((tokens[i] as Token).punct || TAIL_JOINERS.has((tokens[i] as Token).norm)))
    i++;
  let thanked = false;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (t.punct) {
      i++;
      continue;
    }
    const thanks = CUES.cookingDegree.matchAt(tokens, i) > 0 ? 0 : CUES.thanks.matchAt(tokens, i);
    if (thanks > 0) {
      thanked = true;
      i += thanks;
      continue;
    }
    const filler = thanked ? TAIL_FILLERS.matchAt(tokens, i) : 0;
    if (filler === 0) return false;
    i += filler;
  }
  return thanked;
}

/**
 * `text` without its closing courtesy ("2 and thank you" → "2 "), for readers of a request's words in
 * the raw text; the whole text when it has none. Pure.
 */
export function withoutCourtesyTail(text: string): string {
  const { tokens } = normalize(text);
  const at = courtesyTailStart(tokens);
  return at === undefined ? text : text.slice(0, (tokens[at] as Token).oStart);
}
