/**
 * Food phrases whose words must not be read one by one (a general list shipped with the engine, never
 * from a venue): "salt and pepper" is a seasoning, not salt plus green peppers; "mac and cheese" is a
 * dish, not macaroni plus a cheese topping. The lexicon indexes each as one phrase standing for nothing
 * on the menu, unless every word of it is itself on the menu (then the words are read as said).
 */
export const FIXED_FOOD_PHRASES: readonly string[] = [
  'salt and pepper',
  'salt and vinegar',
  'mac and cheese',
  'macaroni and cheese',
  'fish and chips',
  'bread and butter',
  'peanut butter and jelly',
  'cookies and cream',
  'surf and turf',
  'sweet and sour',
  'sweet and spicy',
  'chips and salsa',
  'chips and dip',
  'half and half',
  'rice and beans',
  'rice and peas',
  'bangers and mash',
  'biscuits and gravy',
  'chicken and waffles',
  'lemon pepper',
  'black pepper',
  'cracked pepper',
  'pepper sauce',
  'cheese sauce',
  'cheese steak',
  'cheesesteak',
  'cream cheese',
  'cottage cheese',
  'string cheese',
];
