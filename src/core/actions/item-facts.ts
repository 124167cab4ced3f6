import type { MenuItemDto } from '../../contract/backend-api.ts';
import { dietFits } from '../../domain/diet-fits.ts';
import type { Allergen, Choice, Diet, OptionGroup } from '../../domain/menu-schema.ts';
import { ingredientDiet } from './animal-ingredients.ts';

/**
 * Facts about one item and its option choices, read from the backend's menu (`getItem`, `getMenu`):
 * the group asked about, the choices said, the diet and allergens with those choices, the unit price with
 * them. Pure functions; every figure comes from the backend's menu.
 */

/** One choice of one option group. */
export interface OptionPick {
  group: OptionGroup;
  choice: Choice;
}

const words = (s: string) =>
  s
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
/** The last word of a name, its head noun ("Vegan Mozzarella" → mozzarella). */
const headWord = (s: string) => words(s).at(-1);

/**
 * The item's option group for `groupId`: that group when the item has it, else the item's group that
 * shares its name or an alias ("size" asked, the drink's "Drink Size" group with alias "size").
 */
export function itemGroup(
  item: Pick<MenuItemDto, 'optionGroups'>,
  groups: readonly OptionGroup[],
  groupId: string,
): OptionGroup | undefined {
  const own = groups.filter((g) => item.optionGroups.includes(g.id));
  const exact = own.find((g) => g.id === groupId);
  if (exact) return exact;
  const asked = groups.find((g) => g.id === groupId);
  if (!asked) return undefined;
  const names = new Set([asked.name, ...asked.aliases].map((n) => n.toLowerCase()));
  return own.find((g) => [g.name, ...g.aliases].some((n) => names.has(n.toLowerCase())));
}

/**
 * Choice ids as picks: on the item's groups when an item is given (the preferred group first), else on
 * the menu's groups in menu order. Ids found nowhere are returned in `unknown`.
 */
export function picksFor(
  groups: readonly OptionGroup[],
  choiceIds: readonly string[],
  item?: Pick<MenuItemDto, 'optionGroups'>,
  preferGroup?: string,
): { picks: OptionPick[]; unknown: string[] } {
  const pool = (item ? groups.filter((g) => item.optionGroups.includes(g.id)) : [...groups]).sort(
    (a, b) => Number(b.id === preferGroup) - Number(a.id === preferGroup),
  );
  const picks: OptionPick[] = [];
  const unknown: string[] = [];
  for (const id of choiceIds) {
    const group = pool.find((g) => g.choices.some((c) => c.id === id));
    const choice = group?.choices.find((c) => c.id === id);
    if (group && choice) picks.push({ group, choice });
    else unknown.push(id);
  }
  return { picks, unknown };
}

/**
 * A choice's own diet: the one the menu declares (menu-format: the choice makes the item non-vegan or
 * non-vegetarian), else what its declared allergens imply (milk or eggs: vegetarian; fish, crustaceans or
 * molluscs: non-vegetarian), else vegan.
 */
export function choiceDiet(choice: Pick<Choice, 'diet' | 'allergens'>): Diet {
  if (choice.diet) return choice.diet;
  if (choice.allergens.some((a) => a === 'fish' || a === 'crustaceans' || a === 'molluscs'))
    return 'non-vegetarian';
  if (choice.allergens.some((a) => a === 'milk' || a === 'eggs')) return 'vegetarian';
  return 'vegan';
}

/** The default choices the item comes with that are still on it given the picks (a single group's pick replaces its default). */
export function keptDefaults(
  item: Pick<MenuItemDto, 'optionGroups'>,
  groups: readonly OptionGroup[],
  picks: readonly OptionPick[],
): OptionPick[] {
  return groups
    .filter((g) => item.optionGroups.includes(g.id))
    .flatMap((g) => {
      if (g.selection === 'single' && picks.some((p) => p.group.id === g.id)) return [];
      return g.choices.filter((c) => c.default).map((choice) => ({ group: g, choice }));
    });
}

/** Whether the item (with the picks) fits a diet, why not, and what would make it fit. */
export interface DietVerdict {
  fits: boolean;
  /**
   * Names of what keeps it from fitting: picked or default choices, then animal ingredients. Empty when
   * only the item's own `diet` says so (a menu that lists no ingredients).
   */
  because: string[];
  /** Choices that would make it fit: default choices to leave off (`without`) and alternatives to take. */
  without: string[];
  instead: Choice[];
}

/**
 * Whether the item, with the picked choices, fits `asked`. The verdict is the menu's: the item's `diet`
 * (as served with its defaults) and each picked choice's diet (choiceDiet). The reasons name the picked
 * or default choices that do not fit and the ingredients naming an animal product (animal-ingredients.ts).
 * When only default choices are in the way, `without` names them and `instead` lists the same group's
 * choices that fit and share their head noun ("Vegan Mozzarella" for "Fresh Mozzarella").
 */
export function dietVerdict(
  item: MenuItemDto,
  groups: readonly OptionGroup[],
  picks: readonly OptionPick[],
  asked: Diet,
): DietVerdict {
  const pickBlockers = picks.filter((p) => !dietFits(choiceDiet(p.choice), asked));
  const defaults = keptDefaults(item, groups, picks).filter((p) => !dietFits(choiceDiet(p.choice), asked));
  const baseFits = dietFits(item.diet, asked);
  const covered = (ingredient: string) =>
    defaults.some((d) => {
      const a = ingredient.toLowerCase();
      const b = d.choice.name.toLowerCase();
      return a.includes(b) || b.includes(a);
    });
  const ingredientBlockers = baseFits
    ? []
    : item.ingredients.filter((i) => {
        const d = ingredientDiet(i);
        return d !== undefined && !dietFits(d, asked) && !covered(i);
      });
  const because = [
    ...pickBlockers.map((p) => p.choice.name),
    ...(baseFits ? [] : defaults.map((p) => p.choice.name)),
    ...ingredientBlockers,
  ];
  const fits = baseFits && pickBlockers.length === 0;
  // only removable defaults in the way: say which to leave off and what to take instead
  const fixable = !fits && !baseFits && defaults.length > 0 && ingredientBlockers.length === 0;
  const instead = fixable
    ? defaults.flatMap((d) =>
        d.group.choices.filter(
          (c) =>
            c.available &&
            !c.default &&
            dietFits(choiceDiet(c), asked) &&
            headWord(c.name) === headWord(d.choice.name),
        ),
      )
    : [];
  return { fits, because, without: fixable ? defaults.map((d) => d.choice.name) : [], instead };
}

/** One allergen found, and where: the item itself or named choices. */
export interface AllergenSource {
  allergen: Allergen;
  /** Choice names it comes from; empty when it comes from the dish itself. */
  from: string[];
}

/**
 * The allergens of the item as served (the backend's `allergens`, with the default choices carrying each
 * named as its source) plus those of the picked choices; and, per allergen of `asked` not contained, the
 * item's optional choices that would add it.
 */
export function allergenFacts(
  item: MenuItemDto | undefined,
  groups: readonly OptionGroup[],
  picks: readonly OptionPick[],
  asked?: readonly Allergen[],
): { contains: AllergenSource[]; optional: AllergenSource[] } {
  const defaults = item ? keptDefaults(item, groups, picks) : [];
  const all = new Map<Allergen, Set<string>>();
  for (const a of item?.allergens ?? []) all.set(a, new Set());
  for (const p of [...defaults, ...picks])
    for (const a of p.choice.allergens) all.set(a, (all.get(a) ?? new Set()).add(p.choice.name));
  const contains = [...all]
    .filter(([a]) => !asked || asked.includes(a))
    .map(([allergen, from]) => ({ allergen, from: [...from] }));
  const optional: AllergenSource[] = [];
  if (item && asked)
    for (const a of asked) {
      if (all.has(a)) continue;
      const from = groups
        .filter((g) => item.optionGroups.includes(g.id))
        .flatMap((g) => g.choices.filter((c) => !c.default && c.allergens.includes(a)).map((c) => c.name));
      if (from.length > 0) optional.push({ allergen: a, from: [...new Set(from)] });
    }
  return { contains, optional };
}

/** Words a choice's name uses to say it is free of an allergen ("Gluten-Free Crust", "Dairy-free cheese"). */
const FREE_WORDS: Partial<Record<Allergen, string[]>> = {
  gluten: ['gluten'],
  milk: ['dairy', 'lactose', 'milk'],
  eggs: ['egg'],
  'tree-nuts': ['nut'],
  peanuts: ['nut', 'peanut'],
  soy: ['soy'],
};

/** The item's choices whose names say they are free of the allergen ("Gluten-Free Crust" for gluten). */
export function freeAlternatives(
  item: Pick<MenuItemDto, 'optionGroups'>,
  groups: readonly OptionGroup[],
  allergen: Allergen,
): Choice[] {
  const ws = FREE_WORDS[allergen] ?? [];
  return groups
    .filter((g) => item.optionGroups.includes(g.id))
    .flatMap((g) =>
      g.choices.filter((c) => {
        const name = c.name.toLowerCase();
        return (
          c.available &&
          !c.allergens.includes(allergen) &&
          ws.some((w) => name.includes(`${w}-free`) || name.includes(`${w} free`))
        );
      }),
    );
}

/**
 * The unit price of the item with the picked choices, by the backend's pricing rules
 * (src/backend/domain/price-line.ts): the item's price plus each picked choice's `priceDelta`; a default
 * choice costs nothing. Integer minor units of the item's currency. The figures are the backend menu's.
 */
export function unitPrice(item: Pick<MenuItemDto, 'price'>, picks: readonly OptionPick[]): number {
  return picks.reduce((sum, p) => sum + (p.choice.default ? 0 : p.choice.priceDelta), item.price.amount);
}

/** The item's required groups (min ≥ 1) with no default and no pick: the price depends on them. */
export function openRequiredGroups(
  item: Pick<MenuItemDto, 'optionGroups'>,
  groups: readonly OptionGroup[],
  picks: readonly OptionPick[],
): OptionGroup[] {
  return groups.filter(
    (g) =>
      item.optionGroups.includes(g.id) &&
      g.min >= 1 &&
      !g.choices.some((c) => c.default) &&
      !picks.some((p) => p.group.id === g.id),
  );
}

/** The item's group that sets its heat ("Spice level"): a name or alias with a spice word. */
export function spiceGroup(
  item: Pick<MenuItemDto, 'optionGroups'>,
  groups: readonly OptionGroup[],
): OptionGroup | undefined {
  const spice = /\b(spice|spicy|spiciness|heat)\b/i;
  return groups.find(
    (g) => item.optionGroups.includes(g.id) && [g.name, ...g.aliases].some((n) => spice.test(n)),
  );
}
