/**
 * Noun phrases that open a question about a dish without any verb or question word: "ingredients of the
 * garlic naan", "allergens in the margherita", "price of the mango lassi". A clause that opens with one
 * asks about the dish named after it; it is never an order of that dish (an order needs an order reading:
 * a verb, a count, a list). Generic restaurant English, nothing venue-specific.
 */
const TOPIC_NOUNS = [
  'ingredients',
  'ingredient list',
  'list of ingredients',
  'price',
  'prices',
  'pricing',
  'cost',
  'allergens',
  'allergen info',
  'allergen information',
  'allergy info',
  'allergy information',
  'spice level',
  'heat level',
  'description',
  'details',
  'portion size',
];
// calories and nutrition stay out: CLINC's nutrition requests ("what is the calorie count for one
// cookie") name foods a menu may hold; "calories in the margherita?" is still a question by its "?"
const LINKS = ['of', 'in', 'for', 'on'];

/** Every "<topic noun> <of|in|for|on>" phrase, with and without a leading "the". */
export const TOPIC_NOUN_OPENERS: readonly string[] = TOPIC_NOUNS.flatMap((n) =>
  LINKS.flatMap((l) => [`${n} ${l}`, `the ${n} ${l}`]),
);
