import { PhraseSet } from './phrase-set.ts';

/**
 * Phrases of impatience or frustration with the conversation itself ("ugh this is taking so long",
 * "this is useless", "so slow"): general English, no dish. Such a message is no order, no name, no
 * address and no kitchen note: the reply apologises and asks the pending question again. A complaint
 * about a delivered order is `COMPLAINT` (complaint-cues.ts), not this.
 */
export const FRUSTRATION = new PhraseSet([
  'taking so long',
  'taking too long',
  'taking way too long',
  'taking forever',
  'takes forever',
  'took forever',
  'taking ages',
  'so slow',
  'too slow',
  'very slow',
  'this is slow',
  'useless',
  'ridiculous',
  'annoying',
  'frustrating',
  'so frustrated',
  'i am frustrated',
  'waste of time',
  'wasting my time',
  'not helpful',
  'unhelpful',
  'not working',
  'does not work',
  'this sucks',
  'hurry up',
  'come on',
  'ugh',
  'argh',
  'omg',
  'wtf',
  'seriously',
  'terrible bot',
  'stupid bot',
  'dumb bot',
  'this bot is',
]);
