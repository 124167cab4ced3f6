/** The vessels and measures a drink or a dish is served in, singular. */
const SINGULAR = [
  'bowl',
  'cup',
  'plate',
  'serving',
  'portion',
  'glass',
  'mug',
  'carton',
  'pint',
  'jug',
  'basket',
  'bag',
];

/**
 * What a drink or a dish is served in, said before "of" ("a bowl of", "a glass of", "a carton of"), in
 * the singular and the plural ("glasses"): no dish of its own. General English, never a venue's words;
 * shared by the readers of absent dishes (`unknown-dishes.ts`, `absent-mentions.ts`).
 */
export const SERVING_VESSELS: ReadonlySet<string> = new Set(
  SINGULAR.flatMap((w) => [w, /(?:s|x|ch|sh)$/.test(w) ? `${w}es` : `${w}s`]),
);
