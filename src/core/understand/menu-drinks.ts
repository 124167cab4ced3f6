import type { Menu } from '../../domain/menu-schema.ts';
import { kindCategories } from './kind-categories.ts';

/**
 * The menu's available drinks to offer in place of one it lacks, taken in turn from each drink category
 * ("Espresso Drinks", "Other Drinks": one of each before a second), at most `max`. Empty when the menu
 * has no drink category. Pure.
 */
export function menuDrinks(menu: Menu, max = 4): { id: string; name: string; score: number }[] {
  const lists = kindCategories(menu, 'drink').map((c) =>
    menu.items.filter((i) => i.category === c && i.available),
  );
  const out: { id: string; name: string; score: number }[] = [];
  for (let round = 0; out.length < max && lists.some((l) => l.length > round); round++)
    for (const list of lists) {
      const item = list[round];
      if (item && out.length < max) out.push({ id: item.id, name: item.name, score: 0 });
    }
  return out;
}
