import type { MenuItemDto, MenuResponse } from '../../contract/backend-api.ts';
import type { KnowledgeChunk } from '../../core/ports/knowledge-retriever.ts';

/** Spice levels as the menu format defines them (0 none … 4 very hot; docs/menu-format.md). */
const SPICE = ['not spicy', 'mild', 'medium spicy', 'hot', 'very hot'] as const;

const DIET_TEXT: Record<MenuItemDto['diet'], string> = {
  vegan: 'Vegan (and vegetarian)',
  vegetarian: 'Vegetarian',
  'non-vegetarian': 'Not vegetarian',
};

/** Opens the card's sentence of other names: searched, never quoted (`quotableMenuText`). */
const OTHER_NAMES = 'Also called:';

/**
 * A menu card as a customer may read it: without its sentence of other names ("Also called: white pie,
 * pizza bianca, …"), which is there for the search (misspellings and nicknames), not for the reply.
 * The sentence ends where the card's next one starts (ingredients, else the diet, always present).
 */
export function quotableMenuText(text: string): string {
  return text.replace(/ ?Also called: .*?\.(?= Ingredients: | Diet: )/, '');
}

/**
 * One chunk per item of the backend's menu, id `menu:<itemId>`: a plain-text card with the name, other
 * names, category, description, ingredients, diet and diet flags, allergens, spice, price (formatted in
 * the menu's currency from integer minor units), availability, and each option group with its choices.
 * Metadata: diet, allergens, category id, the menu version. `context` is `Menu > <category name> > <item name>` (the card's heading).
 */
export function chunkMenu(menu: MenuResponse, locale = 'en-US'): KnowledgeChunk[] {
  const categories = new Map(menu.categories.map((c) => [c.id, c.name]));
  const groups = new Map(menu.optionGroups.map((g) => [g.id, g]));
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: menu.venue.currency });
  return menu.items.map((item) => {
    const category = categories.get(item.category) ?? item.category;
    // a menu of names and prices gives no description: the card opens with the name and category
    const description = item.description?.trim();
    const lines: string[] = [
      description ? `${item.name} (${category}): ${description}` : `${item.name} (${category}).`,
    ];
    if (item.aliases.length > 0) lines.push(`${OTHER_NAMES} ${item.aliases.join(', ')}.`);
    if (item.ingredients.length > 0) lines.push(`Ingredients: ${item.ingredients.join(', ')}.`);
    const diet = [DIET_TEXT[item.diet], ...item.dietFlags].join(', ');
    lines.push(`Diet: ${diet}.`);
    lines.push(
      item.allergens.length > 0
        ? `Allergens: ${item.allergens.map((a) => a.replace(/-/g, ' ')).join(', ')}.`
        : 'Allergens: none declared.',
    );
    lines.push(
      item.spiceLevel === null
        ? 'Spice: not rated on the menu.'
        : `Spice: ${SPICE[item.spiceLevel] ?? `level ${item.spiceLevel}`}.`,
    );
    lines.push(`Price: ${money.format(item.price.amount / 10 ** digits(money))}.`);
    if (!item.available) lines.push('Currently unavailable.');
    for (const groupId of item.optionGroups) {
      const group = groups.get(groupId);
      if (group === undefined) continue;
      lines.push(`${group.name}: ${group.choices.map((c) => c.name).join(', ')}.`);
    }
    return {
      id: `menu:${item.id}`,
      text: lines.join(' ').replace(/\s+/g, ' '),
      context: `Menu > ${category} > ${item.name}`,
      source: { kind: 'menu', document: 'menu', title: 'Menu', section: category, itemId: item.id },
      diet: item.diet,
      allergens: [...item.allergens],
      category: item.category,
      menuVersion: menu.version,
    };
  });
}

/** Minor-unit digits of the formatter's currency (2 for USD, 0 for JPY), from Intl itself. */
function digits(format: Intl.NumberFormat): number {
  return format.resolvedOptions().maximumFractionDigits ?? 2;
}
