import { englishWord } from './english-words.ts';
import { FOOD_WORDS } from './food-words.ts';
import type { Token } from './normalize.ts';

/** Nouns of talk about the order or the service that a word before them describes ("a minimum order"). */
const SERVICE_NOUNS = new Set([
  'order',
  'orders',
  'question',
  'questions',
  'problem',
  'issue',
  'request',
  'complaint',
  'policy',
]);

/** What the gate reads besides the message: the venue's FAQ words, the dishes spelt like the word. */
export interface DishSlotContext {
  /** Words of questions about the venue (faq-vocabulary.ts): keys and plain forms. */
  faqWords: ReadonlySet<string>;
  /** The message is read as an order (its first intents include `order_add`). */
  ordering: boolean;
  /** The menu has dishes spelt like the word (a typo of one: "samosaa"). */
  spelledLikeDish: (word: string) => boolean;
}

/**
 * The word at token `i`, said after a count ("a minimum order", "a slice of lime", "2 coronas"), stands
 * where a dish would, so that a word the menu does not know there is a dish we don't have: not a word
 * of the service ("minimum", "delivery", the venue's FAQ words), not a measure before "of" ("a slice of
 * lime"), not a word describing a service noun after it ("a late order question"); and in a message not
 * read as an order, only a food word, a word spelt like a dish or no English word at all ("is there a
 * quick way" names no dish). Pure.
 */
export function inDishSlot(tokens: readonly Token[], i: number, ctx: DishSlotContext): boolean {
  const t = tokens[i];
  if (!t) return false;
  const service = (w: Token | undefined) =>
    w !== undefined && (ctx.faqWords.has(w.key) || ctx.faqWords.has(w.norm) || SERVICE_NOUNS.has(w.norm));
  if (service(t)) return false;
  const next = tokens[i + 1];
  if (next?.norm === 'of' || service(next)) return false;
  if (ctx.ordering) return true;
  const food = FOOD_WORDS.has(t.key) || FOOD_WORDS.has(t.norm);
  return food || ctx.spelledLikeDish(t.norm) || !englishWord(t.norm);
}
