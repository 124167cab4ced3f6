import { describe, expect, it } from 'vitest';
import type { MenuItemDto } from '../../contract/backend-api.ts';
import { loadVenue } from '../../domain/load-venue.ts';
import type { Menu } from '../../domain/menu-schema.ts';
import { ingredientDiet } from './animal-ingredients.ts';
import {
  allergenFacts,
  choiceDiet,
  dietVerdict,
  freeAlternatives,
  itemGroup,
  openRequiredGroups,
  picksFor,
  spiceGroup,
  unitPrice,
} from './item-facts.ts';

const pizzeria = loadVenue('pizzeria').menu;
const spiceRoute = loadVenue('spice-route').menu;

/** The item as the backend serves it (MenuItemDto), from the venue file. */
function dto(menu: Menu, id: string): MenuItemDto {
  const i = menu.items.find((x) => x.id === id);
  if (!i) throw new Error(`no ${id}`);
  return { ...i, spiceLevel: i.spiceLevel ?? null, available: true, stock: null };
}

describe('item facts from the menu', () => {
  it('maps a group word to the item’s own group of that name ("size" on a drink is its drink size)', () => {
    const coke = dto(pizzeria, 'coca-cola');
    expect(itemGroup(coke, pizzeria.optionGroups, 'size')?.id).toBe('drink-size');
    expect(itemGroup(coke, pizzeria.optionGroups, 'crust')).toBeUndefined();
    const margherita = dto(pizzeria, 'margherita');
    expect(itemGroup(margherita, pizzeria.optionGroups, 'toppings')?.id).toBe('margherita-toppings');
  });

  it('prices an item with its options by the backend’s rules (non-default deltas, integer minor units)', () => {
    const pepperoni = dto(pizzeria, 'pepperoni-pizza');
    const { picks } = picksFor(pizzeria.optionGroups, ['large', 'deep-dish', 'hand-tossed'], pepperoni);
    // 1249 + large 600 + deep dish 250; hand-tossed is the default crust: no charge
    expect(unitPrice(pepperoni, picks)).toBe(1249 + 600 + 250);
    expect(openRequiredGroups(pepperoni, pizzeria.optionGroups, picks)).toEqual([]);
    expect(openRequiredGroups(pepperoni, pizzeria.optionGroups, []).map((g) => g.id)).toEqual(['size']);
  });

  it('says why a dish is not vegan and which choice would make it so', () => {
    const margherita = dto(pizzeria, 'margherita');
    const v = dietVerdict(margherita, pizzeria.optionGroups, [], 'vegan');
    expect(v.fits).toBe(false);
    expect(v.because).toEqual(['Fresh Mozzarella']);
    expect(v.without).toEqual(['Fresh Mozzarella']);
    expect(v.instead.map((c) => c.id)).toEqual(['vegan-mozzarella']);
    expect(dietVerdict(margherita, pizzeria.optionGroups, [], 'vegetarian').fits).toBe(true);
  });

  it('a picked choice can break the diet of a dish that fits', () => {
    const garden = dto(pizzeria, 'vegan-garden-pizza');
    expect(dietVerdict(garden, pizzeria.optionGroups, [], 'vegan').fits).toBe(true);
    const { picks } = picksFor(pizzeria.optionGroups, ['pepperoni'], garden);
    const v = dietVerdict(garden, pizzeria.optionGroups, picks, 'vegan');
    expect(v.fits).toBe(false);
    expect(v.because).toContain('Pepperoni');
  });

  it('names animal ingredients when no choice explains the diet', () => {
    const korma = dto(spiceRoute, 'vegetable-korma');
    const v = dietVerdict(korma, spiceRoute.optionGroups, [], 'vegan');
    expect(v).toMatchObject({ fits: false, because: ['cream'], without: [], instead: [] });
  });

  it('reads ingredient words as diets, plant-based ones and lookalikes excepted', () => {
    expect(ingredientDiet('halal chicken thigh')).toBe('non-vegetarian');
    expect(ingredientDiet('fresh mozzarella')).toBe('vegetarian');
    expect(ingredientDiet('vegan mozzarella')).toBeUndefined();
    expect(ingredientDiet('coconut milk')).toBeUndefined();
    expect(ingredientDiet('eggplant')).toBeUndefined();
  });

  it('a choice’s diet is declared, else implied by its allergens', () => {
    const crust = pizzeria.optionGroups.find((g) => g.id === 'crust')?.choices ?? [];
    const of = (id: string) => crust.find((c) => c.id === id);
    expect(choiceDiet(of('gluten-free-crust') ?? { allergens: [] })).toBe('vegan');
    expect(choiceDiet({ allergens: ['milk'] })).toBe('vegetarian');
    expect(choiceDiet({ allergens: ['fish'] })).toBe('non-vegetarian');
  });

  it('allergens per choice: contained with their source, and the options that would add one', () => {
    const margherita = dto(pizzeria, 'margherita');
    const none = allergenFacts(margherita, pizzeria.optionGroups, [], ['tree-nuts']);
    expect(none.contains).toEqual([]);
    expect(none.optional).toEqual([{ allergen: 'tree-nuts', from: ['Basil Pesto'] }]);
    const { picks } = picksFor(pizzeria.optionGroups, ['pesto'], margherita);
    const withPesto = allergenFacts(margherita, pizzeria.optionGroups, picks, ['tree-nuts']);
    expect(withPesto.contains).toEqual([{ allergen: 'tree-nuts', from: ['Basil Pesto'] }]);
    const choiceOnly = picksFor(pizzeria.optionGroups, ['pesto']);
    expect(
      allergenFacts(undefined, pizzeria.optionGroups, choiceOnly.picks).contains.map((c) => c.allergen),
    ).toEqual(expect.arrayContaining(['milk', 'tree-nuts']));
  });

  it('finds choices named free of an allergen and the item’s spice group', () => {
    const margherita = dto(pizzeria, 'margherita');
    expect(freeAlternatives(margherita, pizzeria.optionGroups, 'gluten').map((c) => c.id)).toEqual([
      'gluten-free-crust',
    ]);
    expect(spiceGroup(dto(spiceRoute, 'chicken-chettinad'), spiceRoute.optionGroups)?.id).toBe('spice-level');
    expect(spiceGroup(margherita, pizzeria.optionGroups)).toBeUndefined();
  });
});
