import { PhraseSet } from './phrase-set.ts';

/**
 * How a dish or drink is made or served, said of it with no menu option behind it: general English
 * shipped with the engine (never a venue's words), one word class of the kitchen's notes beside the
 * cooking degrees (cues.ts), serving heat and cutting (prep-notes.ts). A drink's strength and what goes
 * in it ("black", "strong", "unsweetened"), its ice ("light ice", "easy ice"), a side served apart
 * ("on the side"), a bread's or dish's finish ("lightly toasted", "dry", "buttered"). A word here that a
 * menu choice also names ("black" of a tea's Black) is that choice wherever the dish it is said of takes
 * it (`prep-notes.ts`, `understanding.ts`); an ingredient is never a style ("with bacon" stays an
 * option the dish may lack).
 */
export const SERVING_STYLES = new PhraseSet([
  // a drink's strength and what goes in it
  'black',
  'strong',
  'extra strong',
  'weak',
  'unsweetened',
  'unsweet',
  'no sweetener',
  'not too sweet',
  'less sweet',
  'half sweet',
  'with room',
  'no room',
  'room for milk',
  'room for cream',
  // ice
  'light ice',
  'easy ice',
  'extra ice',
  'less ice',
  'little ice',
  'half ice',
  'lots of ice',
  // served apart or in another way
  'on the side',
  'in a separate container',
  // a finish of bread or a dish
  'lightly toasted',
  'well toasted',
  'toasted dark',
  'buttered',
  'unbuttered',
  'dry',
  'extra dry',
  'warmed up',
  'heated up',
  'room temperature',
  'extra saucy',
  'saucy',
  'sauced',
  'extra sauced',
  'lightly salted',
  'unsalted',
  'no salt',
]);

/** Words said before a serving style that belong to its note ("nice and dry", "very strong", "extra sweet"). */
export const STYLE_LEADS = new PhraseSet([
  'very',
  'extra',
  'nice and',
  'super',
  'really',
  'make it',
  'make them',
]);
