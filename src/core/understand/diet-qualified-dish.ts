import { dietFits } from '../../domain/diet-fits.ts';
import type { Diet } from '../../domain/menu-schema.ts';
import type { LineDraft } from './build-lines.ts';
import { type MenuIndex, phraseKey } from './menu-index.ts';

/** Diet words said as a dish's adjective, and the diet each names. */
const DIET_ADJECTIVES: Readonly<Record<string, Diet>> = {
  vegan: 'vegan',
  vegetarian: 'vegetarian',
  veggie: 'vegetarian',
  veg: 'vegetarian',
};

/**
 * "a vegetarian burger please" where "burger" names the beef Hamburger (its alias) and the Black Bean
 * Burger is the one vegetarian dish of its category named with that word: a dish added with a diet said in
 * the message right before it (`diet`, the browse filter read from it) that it does not fit becomes the one dish of its
 * category whose name or an alias holds the last word said for it (`normalized`, the message the spans
 * index) and that fits the diet, keeping the count and the options the new dish takes. Lines are left as
 * they are when the dish fits, or none or several dishes fit (the engine's diet check then speaks).
 */
export function dietQualifiedDishes(
  lines: readonly LineDraft[],
  diet: Diet | undefined,
  normalized: string,
  index: MenuIndex,
): LineDraft[] {
  if (diet === undefined) return [...lines];
  return lines.map((line) => {
    const item = index.items.get(line.itemId);
    if ((line.action ?? 'add') !== 'add' || !item || dietFits(item.diet, diet)) return line;
    // the diet said as the dish's own word, right before it ("a vegetarian burger"), never elsewhere
    // ("a turkey sub with all the veggies")
    const before = normalized.slice(0, line.span[0]).trim().split(/\s+/).at(-1) ?? '';
    if (DIET_ADJECTIVES[before] !== diet) return line;
    const word = phraseKey(normalized.slice(line.span[0], line.span[1])).split(' ').at(-1);
    if (!word) return line;
    const fits = index
      .itemsInCategory(item.category)
      .filter(
        (i) =>
          i.id !== item.id &&
          i.available &&
          dietFits(i.diet, diet) &&
          [i.name, ...i.aliases].some((n) => phraseKey(n).split(' ').includes(word)),
      );
    const only = fits.length === 1 ? fits[0] : undefined;
    if (!only) return line;
    return {
      ...line,
      itemId: only.id,
      name: only.name,
      options: line.options.filter((o) => index.accepts(only.id, o.group)),
    };
  });
}
