import pluralize from 'pluralize';

// food words ending in "-ie" whose plural pluralize would fold to "-y" ("brownies" → "browny")
for (const word of ['brownie', 'cookie', 'smoothie', 'hoagie', 'veggie', 'pierogie', 'birdie', 'calorie'])
  pluralize.addIrregularRule(word, `${word}s`);

/**
 * The singular of a lowercase plural noun ("pizzas" → "pizza", "tomatoes" → "tomato", "curries" →
 * "curry", "knives" → "knife"), by the `pluralize` library. Callers keep words that only look plural
 * ("yes", "hummus") away from it.
 */
export function singularOf(word: string): string {
  let singular = SINGULARS.get(word);
  if (singular === undefined) {
    singular = pluralize.singular(word);
    if (SINGULARS.size >= SINGULAR_CACHE_LIMIT) SINGULARS.clear();
    SINGULARS.set(word, singular);
  }
  return singular;
}

/**
 * Singulars already worked out, by word: `pluralize` tries its rules' regular expressions one by one
 * (tens of microseconds a word), and every turn folds the same menu and chat words again. Its rules are
 * fixed once this module loaded (above), so a word's singular never changes. Bounded all the same.
 */
const SINGULARS = new Map<string, string>();
const SINGULAR_CACHE_LIMIT = 20_000;
