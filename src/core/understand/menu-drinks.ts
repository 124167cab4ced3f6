import type { Menu } from '../../domain/menu-schema.ts';
import { kindCategories } from './kind-categories.ts';

/** Item tags that make a dish a sweet treat rather than a plain drink ("Shakes": Milkshake, Root Beer Float). */
const SWEET_TAGS: ReadonlySet<string> = new Set([
  'sweet',
  'sweets',
  'dessert',
  'desserts',
  'treat',
  'treats',
]);

/**
 * The menu's available drinks to offer in place of one it lacks, taken in turn from each drink category
 * ("Espresso Drinks", "Other Drinks": one of each before a second), at most `max`. Shakes are drinks,
 * but a drink category whose dishes the menu mostly tags as sweets and none as drinks (a "Shakes"
 * section of hand-spun milkshakes and floats) is a dessert served in a glass: it comes after the plain
 * drink categories, filling only the places they leave (asked for beer, a grill offers its sodas,
 * lemonade and iced tea before its milkshakes). Empty when the menu has no drink category. Pure.
 */
export function menuDrinks(menu: Menu, max = 4): { id: string; name: string; score: number }[] {
  const lists = kindCategories(menu, 'drink').map((c) =>
    menu.items.filter((i) => i.category === c && i.available),
  );
  const sweet = (list: readonly Menu['items'][number][]) =>
    list.filter((i) => i.tags.some((t) => SWEET_TAGS.has(t))).length * 2 > list.length &&
    !list.some((i) => i.tags.includes('drink') || i.tags.includes('drinks'));
  const out: { id: string; name: string; score: number }[] = [];
  for (const tier of [lists.filter((l) => !sweet(l)), lists.filter(sweet)])
    for (let round = 0; out.length < max && tier.some((l) => l.length > round); round++)
      for (const list of tier) {
        const item = list[round];
        if (item && out.length < max) out.push({ id: item.id, name: item.name, score: 0 });
      }
  return out;
}
