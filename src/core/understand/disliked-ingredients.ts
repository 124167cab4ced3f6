import { STOPWORDS } from './common-words.ts';
import { DISLIKE_PHRASES } from './negation-cues.ts';
import type { Token } from './normalize.ts';
import { PhraseSet } from './phrase-set.ts';
import { singularOf } from './singular.ts';

/** Phrases after which the customer names what they would rather not have (negation-cues.ts). */
const DISLIKE = new PhraseSet(DISLIKE_PHRASES);

/** Words that end the stretch a dislike reaches over ("no coffee, but something sweet"). */
const STRETCH_ENDS = new Set([
  'but',
  'though',
  'although',
  'so',
  'what',
  'which',
  'any',
  'anything',
  'something',
]);

/** Words said after a dislike that name no food ("I don't like it too much", "no thanks"). */
const NOT_FOOD = new Set([
  'it',
  'that',
  'this',
  'them',
  'those',
  'these',
  'much',
  'really',
  'very',
  'too',
  'thanks',
  'thank',
  'problem',
  'worries',
  'idea',
  'clue',
  'preference',
  'way',
  'one',
  'thing',
  'things',
  'stuff',
  'food',
  'dish',
  'dishes',
  'spicy',
  'spice',
  'heat',
  'hot',
  'meat',
  'dairy',
  'gluten',
  'nuts',
  'nut',
  'more',
  'else',
  'extra',
  'please',
  'lol',
]);

/** How many words after a dislike phrase are read as what is disliked. */
const REACH = 3;

/**
 * The words of what the customer would rather not have, read after a dislike phrase ({@link DISLIKE}) up
 * to the end of its clause ("someone who doesn't like coffee" → ["coffee"], "I hate mushrooms and olives"
 * → ["mushroom", "olive"]): content words, singular, at most REACH after each phrase. Heat, diet and
 * allergen words are left to their own filters; words that name no food ("it", "thanks") are dropped.
 * A pure token scan: the caller matches the words against dishes' names, descriptions and ingredients.
 */
export function dislikedWords(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (const j of dislikedAt(tokens)) {
    const word = singularOf((tokens[j] as Token).norm);
    if (!out.includes(word)) out.push(word);
  }
  return out;
}

/**
 * The token indices of the words `dislikedWords` reads ("someone who hates paneer" → the index of
 * "paneer"), in order: a dish word among them is what the customer would rather not have, never a dish
 * asked for ("recommend something for someone who hates paneer"). Pure.
 */
export function dislikedAt(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const len = DISLIKE.matchAt(tokens, i);
    if (len === 0) continue;
    let taken = 0;
    for (let j = i + len; j < tokens.length && taken < REACH; j++) {
      const t = tokens[j] as Token;
      if (t.punct || STRETCH_ENDS.has(t.norm)) break;
      if (t.norm === 'and' || t.norm === 'or' || t.norm === 'nor') continue;
      if (STOPWORDS.has(t.norm) || NOT_FOOD.has(t.norm) || !/^[a-z]{3,}$/.test(t.norm)) continue;
      if (!out.includes(j)) out.push(j);
      taken++;
    }
    i += len - 1;
  }
  return out;
}

/** The words of `text`, lowercase and singular. */
export function foodWords(text: string): string[] {
  return (text.toLowerCase().match(/[a-z]+/g) ?? []).map(singularOf);
}

/** Whether `text` (a dish's name, description, ingredient or tag) holds one of the `disliked` words. */
export function namesDisliked(text: string, disliked: readonly string[]): boolean {
  const words = foodWords(text);
  return disliked.some((d) => words.includes(d));
}
