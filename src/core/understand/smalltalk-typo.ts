import { CUES } from './cues.ts';
import { editDistance } from './edit-distance.ts';

/** The small-talk intents a lone mistyped word can be ("helo", "thnaks", "goodbey"). */
export type TypoSmallTalk = 'greet' | 'thanks' | 'goodbye';

/** Shortest word compared: shorter ones ("hey", "yo") sit one letter from too many other words ("yes"). */
const MIN_LENGTH = 4;

const SINGLE_WORDS: readonly (readonly [TypoSmallTalk, readonly string[]])[] = (
  ['greet', 'thanks', 'goodbye'] as const
).map((intent) => [intent, CUES[intent].singleWords().filter((w) => w.length >= MIN_LENGTH)] as const);

/**
 * The small-talk intent of a message that is one word one typo away from a one-word greeting, thanks
 * or goodbye ("helo", "thnaks", "byee"), or undefined. The caller checks that the word is nothing
 * else (no cue, no menu word); a word that is itself such a cue is not a typo.
 */
export function typoSmallTalk(word: string): TypoSmallTalk | undefined {
  if (word.length < MIN_LENGTH || !/^[a-z]+$/.test(word)) return undefined;
  for (const [intent, words] of SINGLE_WORDS) {
    if (words.includes(word)) return undefined;
    if (words.some((w) => editDistance(word, w, 1) <= 1)) return intent;
  }
  return undefined;
}
