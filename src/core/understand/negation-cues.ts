/**
 * Cues that exclude what follows them both in an order ("no onions", "without cheese", "nothing with
 * nuts", "everything except the pickles") and in a wish for a suggestion ("something without coffee",
 * "I don't like mushrooms"): the words {@link NEGATION_PHRASES} and {@link DISLIKE_PHRASES} share.
 */
const EXCLUDING_PHRASES: readonly string[] = [
  'no',
  'without',
  'nothing with',
  'avoid',
  'except',
  'other than',
  'do not like',
];

/**
 * Words that negate what follows them, for options ("no onions", "hold the cheese", "I'll pass on the
 * peppers") and for items ("I don't want garlic knots"). General English, never a venue's words; the
 * segmenter reads them longest first, so "do not want" wins over "not". Contractions are already
 * expanded by normalize ("don't" → "do not").
 */
export const NEGATION_PHRASES: readonly string[] = [
  ...EXCLUDING_PHRASES,
  'not',
  'none',
  // "no more fries": the dish taken back
  'no more',
  'none of',
  'none of the',
  'zero',
  'minus',
  'minus the',
  // "a caprese, sans basil"
  'sans',
  'sans the',
  'except for',
  // "with everything but onions", "all but the pickles"
  'everything but',
  'everything but the',
  'all but',
  'all but the',
  'except the',
  'hold',
  'hold the',
  'hold off on',
  'hold off on the',
  'skip',
  'skip the',
  'leave out',
  'leave out the',
  'leave off',
  'leave off the',
  'pass on',
  'pass on the',
  'avoid the',
  'no need for',
  // "nothing with gluten for my husband", "nothing containing nuts"
  'nothing with any',
  'nothing containing',
  'nothing that has',
  'do not want',
  'do not need',
  'do not add',
  'do not put',
  'do not include',
  'do not give me',
  'do not do',
  'would not want',
  'would rather not have',
  'rather not have',
  'not want',
  'never mind the',
  'changed my mind about',
  'changed my mind about the',
  'changed my mind on',
  'changed my mind on the',
];

/**
 * Phrases after which the customer names what they would rather not have in a suggestion ("someone who
 * doesn't like coffee", "I hate mushrooms", "nothing with nuts", "without cheese", "no onions"): the
 * excluding cues an order shares, and the words of dislike, allergy and exception only a wish says.
 * General English, never a venue's words.
 */
export const DISLIKE_PHRASES: readonly string[] = [
  ...EXCLUDING_PHRASES,
  'does not like',
  'did not like',
  'not like',
  'does not eat',
  'do not eat',
  'not a fan of',
  'no fan of',
  'not into',
  'can not stand',
  'cannot stand',
  'could not stand',
  'cant stand',
  'not keen on',
  'not big on',
  'not a big fan of',
  'will not eat',
  'would not eat',
  'detest',
  'detests',
  'loathe',
  'loathes',
  'hate',
  'hates',
  'dislike',
  'dislikes',
  'avoids',
  'avoiding',
  'allergic to',
  'but not',
  'anything but',
];

/** "leave the onions off", "take the coke off my order": a verb before and a particle after the object. */
export const SPLIT_NEGATION_VERBS = new Set(['leave', 'take', 'keep', 'hold']);
export const SPLIT_NEGATION_PARTICLES = new Set(['off', 'out']);

/**
 * Words that may stand between a negation and what it negates without ending its reach:
 * "without any anchovies", "don't put any olives on it please".
 */
export const NEGATION_FILLER = new Set([
  'the',
  'a',
  'an',
  'any',
  'of',
  'on',
  'it',
  'them',
  'my',
  'that',
  'those',
  'this',
  'please',
  'at',
  'all',
  'more',
  'me',
  'for',
  'to',
  'us',
  'really',
  'actually',
  'want',
  'too',
  'much',
  'anything',
]);

/** A phrase that starts with one of these is a positive request even in a list after a negation ("no rice, extra naan"). */
export const POSITIVE_STARTS = new Set(['extra', 'xtra', 'add', 'double', 'dbl', 'more', 'with', 'plus']);

/** Verbs that remove an item from the cart when it is their object ("scratch the coke"). */
export const REMOVAL_VERBS = new Set([
  'remove',
  'delete',
  'drop',
  'cancel',
  'rid',
  'minus',
  'scratch',
  'forget',
  'nix',
  'ditch',
  'lose',
  'scrap',
  // "never mind the lassi" (a negation cue, read as this one word by the line's verb reader)
  'nevermind',
]);

/** Words after a negated item that say it was wanted before: a removal, cart or not ("…anymore"). */
export const NO_LONGER = [['anymore'], ['any', 'more'], ['after', 'all'], ['no', 'more'], ['now']];
