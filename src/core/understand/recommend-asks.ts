import { ACKNOWLEDGEMENTS, ARTICLES, COURTESY } from './courtesy-words.ts';
import type { Token } from './normalize.ts';
import { PhraseSet } from './phrase-set.ts';

/**
 * Ways of asking the house for a pick that the scope classifier (trained on other domains' requests)
 * may read as foreign: "any recommendations for a first timer", "any recs?", "what do most people get
 * here". Generic restaurant English, nothing venue-specific.
 */
const RECOMMEND_ASKS = new PhraseSet([
  // bare "recommend" and "any suggestions" stay the intent table's ("any suggestions for a peruvian
  // meal", "recommend a good plumber" ask for no dish here); a first visit or "recs" asks the house
  'any recs',
  'your recs',
  'first timer',
  'first timers',
  'first time here',
  'first time ordering',
  'first time visiting',
  'first time trying',
  'first time eating here',
  'first visit',
  'new here',
  'never been here',
  'never ordered here',
  'never eaten here',
  'most popular',
  'what is popular',
  'crowd favorite',
  'crowd favourite',
  'fan favorite',
  'fan favourite',
  'best seller',
  'best sellers',
  'bestseller',
  'bestsellers',
  'what do most people',
  'what do people usually',
  'what do people get',
  'what do people order',
  'what does everyone',
  'what is everyone',
  'people usually get',
  'people usually order',
  'most people get',
  'most people order',
  'what is good here',
  'what should i try',
  'what should we try',
  'what should i get',
  'what should we get',
  'what should i order',
  'what should we order',
  'must try',
]);

/**
 * Whether the message asks the house for a recommendation in one of the ways above. The caller reads
 * it as a recommendation only where nothing else (an order, a venue question, small talk) was read.
 * Pure.
 */
export function asksForRecommendation(tokens: readonly Token[]): boolean {
  return RECOMMEND_ASKS.has(tokens) || asksBarely(tokens);
}

/** The words that ask for a pick on their own ("suggestions?", "recs?"). */
const BARE_ASK_CORE: ReadonlySet<string> = new Set([
  'recommend',
  'recommendation',
  'recommendations',
  'rec',
  'recs',
  'suggest',
  'suggestion',
  'suggestions',
]);

/** Words around a bare ask that name no object of it ("got any", "what are your", "please"). */
const BARE_ASK_FILLERS: ReadonlySet<string> = new Set([
  ...COURTESY,
  ...ACKNOWLEDGEMENTS,
  ...ARTICLES,
  ...'any got have has you do does your ur some so well hmm then there what are is'.split(' '),
]);

/**
 * "any recommendations?", "got any suggestions", "what are your recs": an ask for a pick with no object
 * at all can only be of the house; with one ("any suggestions for a hotel") it stays the classifier's.
 */
function asksBarely(tokens: readonly Token[]): boolean {
  let core = false;
  for (const t of tokens) {
    if (t.punct) continue;
    if (BARE_ASK_CORE.has(t.norm)) core = true;
    else if (!BARE_ASK_FILLERS.has(t.norm)) return false;
  }
  return core;
}

/**
 * Phrases that ask for a pick or a referral of something ("recommend a good plumber", "know a good
 * dentist nearby?", "where can I find a cheap hotel"): a request, never a greeting, thanks or goodbye,
 * whatever the "good" in it sounds like to the scope classifier.
 */
const SUGGESTION_ASKS = new PhraseSet([
  ...BARE_ASK_CORE,
  'know a good',
  'know a decent',
  'know a nice',
  'know any good',
  'know any decent',
  'know of a',
  'know of any',
  'where can i find',
  'where can we find',
  'looking for a good',
  'looking for a decent',
]);

/**
 * Whether the message asks for a suggestion or a referral (of a dish or of anything else): the scope
 * classifier's greeting, thanks or goodbye reading of it is set aside (social-rules.ts). Pure.
 */
export function asksForSuggestion(tokens: readonly Token[]): boolean {
  return SUGGESTION_ASKS.has(tokens);
}
