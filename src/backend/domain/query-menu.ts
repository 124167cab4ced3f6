import type { MenuItemDto, MenuQuery, MenuResponse } from '../../contract/backend-api.ts';
import { Allergen, type MenuItem } from '../../domain/index.ts';
import { BackendError } from './backend-error.ts';
import { type ItemState, isOrderable, type MenuCatalog, menuVersion } from './menu-catalog.ts';

export function toMenuItemDto(item: MenuItem, state: ItemState | undefined): MenuItemDto {
  return {
    id: item.id,
    name: item.name,
    aliases: item.aliases,
    category: item.category,
    description: item.description,
    ingredients: item.ingredients,
    price: item.price,
    diet: item.diet,
    dietFlags: item.dietFlags,
    allergens: item.allergens,
    spiceLevel: item.spiceLevel ?? null,
    tags: item.tags,
    optionGroups: item.optionGroups,
    available: isOrderable(state),
    stock: state?.stock ?? null,
  };
}

/** The menu filtered by diet (vegetarian includes vegan), category, allergens to avoid and words. */
export function queryMenu(
  catalog: MenuCatalog,
  states: Map<string, ItemState>,
  query: MenuQuery,
): MenuResponse {
  const avoid = parseAllergens(query.allergen_free);
  const words = (query.q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const items = catalog.items.filter((item) => {
    if (query.diet === 'vegan' && item.diet !== 'vegan') return false;
    if (query.diet === 'vegetarian' && item.diet === 'non-vegetarian') return false;
    if (query.diet === 'non-vegetarian' && item.diet !== 'non-vegetarian') return false;
    if (query.category !== undefined && item.category !== query.category) return false;
    if (avoid.some((a) => item.allergens.includes(a))) return false;
    if (words.length > 0) {
      const text = [item.name, ...item.aliases, item.description, ...item.ingredients]
        .join('\n')
        .toLowerCase();
      if (!words.every((w) => text.includes(w))) return false;
    }
    return true;
  });
  const { venue } = catalog.document;
  return {
    version: menuVersion(catalog, states),
    venue: {
      id: venue.id,
      name: venue.name,
      currency: venue.currency,
      taxRateBps: venue.taxRateBps,
      delivery: venue.delivery,
      pickup: venue.pickup,
      paymentMethods: venue.paymentMethods,
    },
    categories: catalog.document.categories,
    optionGroups: catalog.document.optionGroups,
    items: items.map((item) => toMenuItemDto(item, states.get(item.id))),
  };
}

function parseAllergens(list: string | undefined): Allergen[] {
  if (!list) return [];
  const names = list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = names.filter((n) => !Allergen.safeParse(n).success);
  if (bad.length > 0) {
    throw new BackendError('VALIDATION_FAILED', `unknown allergen: ${bad.join(', ')}`, {
      issues: bad.map((n) => ({ path: 'allergen_free', message: `unknown allergen "${n}"` })),
    });
  }
  return names as Allergen[];
}
