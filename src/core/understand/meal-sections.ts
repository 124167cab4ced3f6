import type { Menu } from '../../domain/menu-schema.ts';

/**
 * Meal-time and course words a customer says ("for breakfast", "what's for dessert") and the words of the
 * menu sections that serve them: general English shipped with the engine, never a venue's words. A
 * breakfast is served from a menu's breakfast, brunch, griddle or omelet sections; a dessert from its
 * desserts or sweets.
 */
const MEAL_SECTIONS: ReadonlyMap<string, readonly string[]> = new Map([
  [
    'breakfast',
    ['breakfast', 'brunch', 'griddle', 'omelet', 'omelets', 'omelette', 'omelettes', 'pancakes', 'waffles'],
  ],
  [
    'brunch',
    ['breakfast', 'brunch', 'griddle', 'omelet', 'omelets', 'omelette', 'omelettes', 'pancakes', 'waffles'],
  ],
  ['dessert', ['dessert', 'desserts', 'sweets']],
  ['desserts', ['dessert', 'desserts', 'sweets']],
  ['pudding', ['dessert', 'desserts', 'sweets']],
  ['afters', ['dessert', 'desserts', 'sweets']],
]);

/** The words of a category's id and name ("From the Griddle" → from, the, griddle). */
const wordsOf = (s: string): string[] =>
  s
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);

/** The categories of a meal section asked for, with the meal word said. */
export interface MealSection {
  /** The meal word as the customer said it ("breakfast"). */
  meal: string;
  /** The menu's category ids serving it, in menu order (at least one). */
  categories: string[];
}

/**
 * The menu sections a meal-time or course word of the message names ("what can she have for
 * breakfast" → the breakfast, griddle and omelet categories of a diner). Undefined when the message
 * says no meal word or the menu has no section serving it. Pure.
 */
export function mealSectionOf(text: string, menu: Pick<Menu, 'categories'>): MealSection | undefined {
  for (const word of wordsOf(text)) {
    const sections = MEAL_SECTIONS.get(word);
    if (!sections) continue;
    const categories = menu.categories
      .filter((c) => [...wordsOf(c.id), ...wordsOf(c.name)].some((w) => sections.includes(w)))
      .map((c) => c.id);
    if (categories.length > 0) return { meal: word.replace(/s$/, ''), categories };
  }
  return undefined;
}
