import { COMMON_WORDS } from './common-words.ts';

/**
 * Chat spellings of conversational words, shipped with the engine (general text-speak, never from a
 * venue or an eval sentence): each key is one typed word, its value the words it stands for. The
 * normalizer expands them like contractions, so cue phrases, the scope classifier and slot readers all
 * see "thank you so much" for "tysm".
 */
export const CHAT_SHORTHAND: Readonly<Record<string, readonly string[]>> = {
  // thanks
  tysm: ['thank', 'you', 'so', 'much'],
  nvm: ['never', 'mind'],
  tyvm: ['thank', 'you', 'very', 'much'],
  thnx: ['thanks'],
  thnks: ['thanks'],
  thks: ['thanks'],
  thanx: ['thanks'],
  tnx: ['thanks'],
  tq: ['thank', 'you'],
  // greetings and goodbyes
  gm: ['good', 'morning'],
  gn: ['good', 'night'],
  ttyl: ['talk', 'to', 'you', 'later'],
  cya: ['see', 'you'],
  gtg: ['got', 'to', 'go'],
  g2g: ['got', 'to', 'go'],
  brb: ['be', 'right', 'back'],
  hbu: ['how', 'about', 'you'],
  wbu: ['what', 'about', 'you'],
  wyd: ['what', 'are', 'you', 'doing'],
  // yes, ok
  yeh: ['yeah'],
  yah: ['yeah'],
  yh: ['yeah'],
  yas: ['yes'],
  yus: ['yes'],
  yass: ['yes'],
  kk: ['ok'],
  okie: ['okay'],
  oki: ['okay'],
  okey: ['okay'],
  okk: ['okay'],
  dokie: [],
  dokey: [],
  // other
  idk: ['i', 'do', 'not', 'know'],
  rn: ['right', 'now'],
};

/**
 * Emoji that carry a conversational act on their own, as the words they stand for (a wave greets, a
 * thumbs up agrees, folded hands thank, a laughing face laughs). Other pictographs are dropped.
 */
export const GESTURE_EMOJI: Readonly<Record<string, readonly string[]>> = {
  '👋': ['hi'],
  '👍': ['ok'],
  '👌': ['ok'],
  '✅': ['yes'],
  '👎': ['no'],
  '❌': ['no'],
  '🙏': ['thanks'],
  '😂': ['haha'],
  '🤣': ['haha'],
  '😆': ['haha'],
  '😅': ['haha'],
};

/** Emoji and other pictographs (one code point; modifiers and variation selectors are not matched). */
export const PICTOGRAPH = /\p{Extended_Pictographic}/u;

const HAS_STRETCH = /([a-z])\1{2}/;
const INNER_STRETCH = /([a-z])\1{2,}(?=[a-z])/g;
const FINAL_STRETCH = /([a-z])\1{2,}$/;

/**
 * A word with a letter stretched for emphasis back to its dictionary form. A run of three or more of one
 * letter inside the word is a doubled letter typed once too often ("lattte", "gooood"): two letters. A
 * run at the end stretches the last sound ("hellooo", "byeee", "nooo", "youuu"): one letter, unless two
 * spell a common word ("tooo", "seee"). Words without such a run are returned unchanged (English spells
 * no letter three times in a row).
 */
export function unstretch(word: string): string {
  if (!HAS_STRETCH.test(word)) return word;
  const inner = word.replace(INNER_STRETCH, '$1$1');
  const two = inner.replace(FINAL_STRETCH, '$1$1');
  if (two === inner || COMMON_WORDS.has(two) || Object.hasOwn(CHAT_SHORTHAND, two)) return two;
  return inner.replace(FINAL_STRETCH, '$1');
}
