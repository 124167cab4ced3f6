import { describe, expect, it } from 'vitest';
import { describedChoices, withDescribedChoices } from './described-choices.ts';
import { tinyMenu } from './fixtures/tiny-menu.ts';
import { Menu } from './menu-schema.ts';

describe('describedChoices', () => {
  it('reads a description opening with alternatives joined by "or"', () => {
    expect(
      describedChoices('Fountain Drink', 'Coke, Diet Coke, Sprite or lemonade from the fountain.'),
    ).toEqual(['Coke', 'Diet Coke', 'Sprite', 'lemonade']);
    expect(
      describedChoices('Cookie', 'Choice of chocolate chip, oatmeal raisin or sugar. Baked daily.'),
    ).toEqual(['chocolate chip', 'oatmeal raisin', 'sugar']);
    expect(describedChoices('Hot Tea', 'Black, green or chamomile.')).toEqual([
      'Black',
      'green',
      'chamomile',
    ]);
    // a leading participle compound describes the dish
    expect(describedChoices('Iced Tea', 'Fresh-brewed, sweet or unsweet.')).toEqual(['sweet', 'unsweet']);
  });

  it('reads no ingredient list, no sizes, no longer clause', () => {
    for (const description of [
      'Tomato, basil and mozzarella.',
      'Available in a 12 fl oz can, 16.9 fl oz or 2 liter bottles.',
      'Pairs well with a glass of our house red or a cold lager on tap tonight.',
      'Sprite lemon-lime soda, caffeine free.',
      'Our famous burger.',
      undefined,
    ])
      expect(describedChoices('Dish', description), description).toBeUndefined();
  });
});

describe('withDescribedChoices', () => {
  const menuWith = (description: string, optionGroups: unknown[] = [], groupIds: string[] = []) => {
    const raw = tinyMenu() as { items: Record<string, unknown>[]; optionGroups?: unknown[] };
    raw.items[0] = { ...raw.items[0], description, optionGroups: groupIds };
    raw.optionGroups = optionGroups;
    return Menu.parse(raw);
  };

  it('gives the dish a required one-of group of the alternatives, asked first', () => {
    const menu = withDescribedChoices(menuWith('Coke, Sprite or lemonade.'));
    const item = menu.items[0]!;
    const group = menu.optionGroups.find((g) => g.id === `${item.id}-kind`);
    expect(item.optionGroups[0]).toBe(group?.id);
    expect(group).toMatchObject({ selection: 'single', min: 1, max: 1 });
    expect(group?.choices.map((c) => [c.id, c.name, c.priceDelta])).toEqual([
      ['coke', 'Coke', 0],
      ['sprite', 'Sprite', 0],
      ['lemonade', 'Lemonade', 0],
    ]);
  });

  it('leaves a dish alone when one of its groups already offers an alternative', () => {
    const flavour = {
      id: 'flavour',
      name: 'Flavour',
      selection: 'single',
      choices: [{ id: 'sprite', name: 'Sprite' }],
    };
    const menu = withDescribedChoices(menuWith('Coke, Sprite or lemonade.', [flavour], ['flavour']));
    expect(menu.optionGroups.map((g) => g.id)).toEqual(['flavour']);
  });

  it('leaves a dish alone when its group names an alternative more fully ("Mexican Rice" for "Mexican")', () => {
    const rice = {
      id: 'rice',
      name: 'Rice',
      selection: 'single',
      choices: [
        { id: 'mexican-rice', name: 'Mexican Rice' },
        { id: 'cilantro-lime-rice', name: 'Cilantro Lime Rice' },
      ],
    };
    const menu = withDescribedChoices(menuWith('Mexican or cilantro lime.', [rice], ['rice']));
    expect(menu.optionGroups.map((g) => g.id)).toEqual(['rice']);
  });
});
