/**
 * Compounds whose last word does not say what they are (generic English, nothing venue-specific): root
 * beer is no beer, coconut milk no milk, a hot dog no dog. A dish named so is not what its last word
 * alone asks for: "do you sell beer?" is not a question about the root beer.
 */
export const COMPOUNDS_NOT_THEIR_HEAD: ReadonlySet<string> = new Set([
  'root beer',
  'ginger beer',
  'birch beer',
  'ginger ale',
  'cream soda',
  'egg cream',
  'hot dog',
  'corn dog',
  'coconut milk',
  'almond milk',
  'oat milk',
  'soy milk',
  'rice milk',
  'cashew milk',
  'peanut butter',
  'apple butter',
  'cocoa butter',
  'jelly fish',
  'sweet bread',
]);

/** Whether the last two words (lower case, as said) form a compound its last word does not name. */
export function endsInCompoundNotItsHead(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  return COMPOUNDS_NOT_THEIR_HEAD.has(`${words.at(-2)} ${words.at(-1)}`);
}
