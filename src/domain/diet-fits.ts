import type { Diet } from './menu-schema.ts';

/** How much a diet allows (higher: fits more eaters): a vegan dish suits a vegetarian, never the reverse. */
export const DIET_RANK: Readonly<Record<Diet, number>> = { vegan: 2, vegetarian: 1, 'non-vegetarian': 0 };

/** True when something of diet `has` is fine for someone who eats `wants` (anything fits no stated diet). */
export function dietFits(has: Diet, wants: Diet | undefined): boolean {
  return wants === undefined || DIET_RANK[has] >= DIET_RANK[wants];
}
