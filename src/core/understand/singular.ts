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
  return pluralize.singular(word);
}
