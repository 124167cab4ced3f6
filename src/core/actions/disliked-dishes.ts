import type { MenuItemDto } from '../../contract/backend-api.ts';
import type { Venue } from '../../domain/venue.ts';
import { namesDisliked } from '../understand/disliked-ingredients.ts';

/**
 * Whether the dish holds something the customer said they would rather not have (`disliked`: singular
 * lowercase words, "doesn't like coffee" → ["coffee"]): a word of its name, description, ingredients,
 * tags, or its category's name or aliases ("Espresso Drinks", alias "coffee drinks"). Pure.
 */
export function holdsDisliked(
  item: Pick<MenuItemDto, 'name' | 'description' | 'ingredients' | 'tags' | 'category'>,
  disliked: readonly string[],
  categories: Venue['menu']['categories'],
): boolean {
  if (disliked.length === 0) return false;
  const category = categories.find((c) => c.id === item.category);
  const texts = [
    item.name,
    item.description ?? '',
    ...item.ingredients,
    ...item.tags,
    ...(category ? [category.name, ...category.aliases] : []),
  ];
  return texts.some((t) => namesDisliked(t, disliked));
}
