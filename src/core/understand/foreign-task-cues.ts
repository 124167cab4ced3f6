import { PhraseSet } from './phrase-set.ts';

/**
 * Phrases that make a message another assistant's task even when it holds a menu word or an ordering
 * verb ("how long should i bake the brownies", "restaurants near the station", "roll the dice", "remind me to
 * order cookies"): cooking at home, other places to eat, reminders and lists, games and arithmetic,
 * car and house chores. General English, no dish and no venue. A message holding one never becomes a
 * menu or cart action (intent-signals.ts `menuAction`) nor a question for the venue's documents; the venue's own questions ("how long is the
 * wait", "do you bake your bread") hold none of them.
 */
export const FOREIGN_TASK = new PhraseSet([
  // cooking at home: a recipe, or the customer as the cook
  'recipe',
  'recipes',
  'cookbook',
  'how do i make',
  'how can i make',
  'how should i make',
  'how to make',
  'how to cook',
  'how to bake',
  'how do i cook',
  'how do i bake',
  'how can i cook',
  'should i make',
  'should i cook',
  'should i bake',
  'should i fry',
  'should i grill',
  'should i roast',
  'should i boil',
  'do i bake',
  'do i cook',
  'do i fry',
  'i am making',
  'i am cooking',
  'i am baking',
  'make at home',
  'cook at home',
  'cooking time',
  'cook time',
  'take to cook',
  'in my fridge',
  'ingredients do i need',
  'ingredients i will need',
  // other places to eat
  'restaurant around here',
  'restaurants around here',
  'restaurant near',
  'restaurants near',
  // reminders, lists, media
  'remind me',
  'reminder',
  'to do list',
  'todo list',
  'shopping list',
  'grocery list',
  'playlist',
  'my calendar',
  'set an alarm',
  'wake me up',
  // games and arithmetic
  'roll the dice',
  'roll a dice',
  'roll a die',
  'roll dice',
  'roll die',
  'the dice',
  'sided die',
  'flip a coin',
  'square root',
  // car and house
  'oil change',
  'change my oil',
  'change the oil',
  'thermostat',
  // banking and travel with an ordering verb
  'my bank',
  'bank account',
  'a flight',
  'rental car',
  'an uber',
  'a plumber',
]);

/**
 * "can I use milk instead of cream?": the customer as the cook, swapping an ingredient at home. With
 * "instead" it vetoes a menu action only (a question about paying, "can I use apple pay instead?", still
 * goes to the venue's documents); "can you use oat milk instead" asks the venue and is no such phrase.
 */
export const HOME_SUBSTITUTION = new PhraseSet([
  'can i use',
  'could i use',
  'should i use',
  'is it ok to use',
  'is it okay to use',
  'is it acceptable to use',
  'ok to use',
  'okay to use',
]);
