import type { OptionGroup } from '../domain/menu-schema.ts';

/**
 * A single-pick option group for unit tests, its choices named `names` with ids `c0`, `c1`, … in order,
 * no prices, aliases or allergens; `id` and `name` default to a size group's.
 */
export function optionGroupOf(names: readonly string[], id = 'g', name = 'Size'): OptionGroup {
  return {
    id,
    name,
    aliases: [],
    selection: 'single',
    min: 1,
    max: 1,
    qualifiers: [],
    choices: names.map((choice, i) => ({
      id: `c${i}`,
      name: choice,
      aliases: [],
      priceDelta: 0,
      allergens: [],
    })),
  } as unknown as OptionGroup;
}
