import { describe, expect, it } from 'vitest';
import { OptionGroup } from '../../domain/index.ts';
import { fixtureMenu } from '../testing/fixture-venue.ts';
import { BackendError } from './backend-error.ts';
import { computeTotals } from './compute-totals.ts';
import type { MenuCatalog } from './menu-catalog.ts';
import { type LineRequest, priceLine } from './price-line.ts';

const menu = fixtureMenu();
const { items, ...document } = menu;
const catalog: MenuCatalog = {
  document,
  items,
  itemsById: new Map(items.map((i) => [i.id, i])),
  groupsById: new Map(menu.optionGroups.map((g) => [g.id, g])),
};

const line = (over: Partial<LineRequest>): LineRequest => ({
  itemId: 'veggie-burger',
  quantity: 1,
  options: [{ group: 'size', choice: 'regular', quantity: 1 }],
  without: [],
  notes: null,
  ...over,
});

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(BackendError);
    const e = error as BackendError;
    return ((e.details?.problems as { message: string }[]) ?? [{ message: e.code }]).map((p) => p.message);
  }
  throw new Error('expected a refusal');
}

describe('priceLine', () => {
  it('adds option deltas per choice quantity and multiplies by the line quantity', () => {
    const priced = priceLine(
      catalog,
      'l1',
      line({
        quantity: 3,
        options: [
          { group: 'size', choice: 'large', quantity: 1 },
          { group: 'toppings', choice: 'cheese', quantity: 2 },
        ],
      }),
    );
    expect(priced.unitPrice).toBe(1000 + 300 + 2 * 100);
    expect(priced.lineTotal).toBe(3 * 1500);
    expect(priced.options.map((o) => o.priceDelta)).toEqual([300, 200]);
  });

  it('prices `extra` with extraPriceDelta, falling back to priceDelta; defaults cost nothing', () => {
    const extraCheese = priceLine(
      catalog,
      'l',
      line({
        options: [
          { group: 'size', choice: 'regular', quantity: 1 },
          { group: 'toppings', choice: 'cheese', quantity: 1, qualifier: 'extra' },
          { group: 'toppings', choice: 'bacon', quantity: 1, qualifier: 'extra' },
          { group: 'toppings', choice: 'onions', quantity: 1, qualifier: 'light' },
        ],
      }),
    );
    expect(extraCheese.unitPrice).toBe(1000 + 150 + 200 + 0);
  });

  it('a required single group is satisfied by one choice; two shots count twice', () => {
    const latte = priceLine(
      catalog,
      'l',
      line({ itemId: 'latte', options: [{ group: 'shots', choice: 'shot', quantity: 2 }] }),
    );
    expect(latte.unitPrice).toBe(450 + 150);
    expect(problemsOf(() => priceLine(catalog, 'l', line({ options: [] })))).toEqual(['Which size?']);
  });

  it('removes defaults and ignores removing a non-default', () => {
    const priced = priceLine(
      catalog,
      'l',
      line({
        without: [
          { group: 'toppings', choice: 'onions' },
          { group: 'toppings', choice: 'bacon' },
        ],
      }),
    );
    expect(priced.without).toEqual([{ group: 'toppings', choice: 'onions', choiceName: 'Onions' }]);
    expect(priced.unitPrice).toBe(1000);
  });

  it('refuses foreign groups, unknown or unavailable choices, too many, bad qualifiers', () => {
    expect(
      problemsOf(() =>
        priceLine(
          catalog,
          'l',
          line({
            options: [
              { group: 'size', choice: 'regular', quantity: 1 },
              { group: 'shots', choice: 'shot', quantity: 1 },
              { group: 'toppings', choice: 'truffle', quantity: 1 },
              { group: 'toppings', choice: 'cheese', quantity: 3 },
              { group: 'size', choice: 'giant', quantity: 1 },
            ],
          }),
        ),
      ),
    ).toEqual([
      'option group "shots" does not belong to Veggie Burger',
      'Truffle is not available',
      'Cheese can be taken at most 2 time(s)',
      '"giant" is not a choice of Size',
    ]);
    expect(
      problemsOf(() =>
        priceLine(
          catalog,
          'l',
          line({
            itemId: 'latte',
            options: [{ group: 'shots', choice: 'shot', quantity: 1, qualifier: 'extra' }],
          }),
        ),
      ),
    ).toEqual(['Espresso shots does not allow "extra"']);
    expect(problemsOf(() => priceLine(catalog, 'l', line({ itemId: 'nope' })))).toEqual(['UNKNOWN_ITEM']);
  });

  it('enforces a group maximum', () => {
    const many = priceLine.bind(
      null,
      catalog,
      'l',
      line({
        options: [
          { group: 'size', choice: 'regular', quantity: 1 },
          { group: 'toppings', choice: 'cheese', quantity: 2 },
          { group: 'toppings', choice: 'bacon', quantity: 1 },
          { group: 'toppings', choice: 'onions', quantity: 1, qualifier: 'extra' },
        ],
      }),
    );
    expect(many().unitPrice).toBe(1000 + 200 + 200);
    const tooMany = line({
      options: [
        { group: 'size', choice: 'regular', quantity: 1 },
        { group: 'toppings', choice: 'cheese', quantity: 2 },
        { group: 'toppings', choice: 'bacon', quantity: 1 },
        { group: 'toppings', choice: 'onions', quantity: 2 },
      ],
    });
    expect(problemsOf(() => priceLine(catalog, 'l', tooMany))).toContain('choose at most 4 of Toppings');
  });
});

describe('computeTotals', () => {
  const venue = menu.venue;
  const lines = (amount: number) => [{ lineTotal: amount } as never];

  it('rounds tax half up in integers and adds the delivery fee below freeAbove', () => {
    // 8.25% of 1000 = 82.5 → 83
    expect(computeTotals(lines(1000), venue, 'delivery')).toEqual({
      currency: 'USD',
      subtotal: 1000,
      tax: 83,
      deliveryFee: 499,
      total: 1582,
    });
    // 8.25% of 1001 = 82.58 → 83; 8.25% of 1006 = 82.995 → 83; of 994 = 82.005 → 82
    expect(computeTotals(lines(994), venue, 'pickup').tax).toBe(82);
    expect(computeTotals(lines(1006), venue, 'pickup').tax).toBe(83);
  });

  it('makes delivery free from freeAbove and charges nothing for pickup or an empty cart', () => {
    expect(computeTotals(lines(5000), venue, 'delivery').deliveryFee).toBe(0);
    expect(computeTotals(lines(4999), venue, 'delivery').deliveryFee).toBe(499);
    expect(computeTotals(lines(4999), venue, 'pickup').deliveryFee).toBe(0);
    expect(computeTotals([], venue, 'delivery').total).toBe(0);
  });

  it('keeps a default declined only in its qualifier ("no extra onions") and refuses that qualifier alongside', () => {
    const kept = priceLine(
      catalog,
      'l1',
      line({ without: [{ group: 'toppings', choice: 'onions', qualifier: 'extra' }] }),
    );
    expect(kept.without).toEqual([]);
    expect(
      problemsOf(() =>
        priceLine(
          catalog,
          'l1',
          line({
            options: [
              { group: 'size', choice: 'regular', quantity: 1 },
              { group: 'toppings', choice: 'onions', quantity: 1, qualifier: 'extra' },
            ],
            without: [{ group: 'toppings', choice: 'onions', qualifier: 'extra' }],
          }),
        ),
      ),
    ).toEqual(['Onions is both extra and not extra']);
  });
});

describe('priceLine with a group offered only with another group (offeredWith)', () => {
  const group = (over: Record<string, unknown>) =>
    OptionGroup.parse({ selection: 'single', choices: [{ id: 'x', name: 'X' }], ...over });
  const groups = [
    group({
      id: 'combo',
      name: 'Make it a combo',
      choices: [{ id: 'combo', name: 'Combo', priceDelta: 450 }],
    }),
    group({
      id: 'combo-drink',
      name: 'Combo Drink',
      offeredWith: { group: 'combo' },
      choices: [{ id: 'coke', name: 'Coke' }],
    }),
    group({
      id: 'combo-side',
      name: 'Combo Side',
      min: 1,
      offeredWith: { group: 'combo', choices: ['combo'] },
      choices: [{ id: 'fries', name: 'Fries' }],
    }),
  ];
  const burger = {
    ...(items[0] as (typeof items)[number]),
    id: 'burger',
    name: 'Burger',
    price: { amount: 800, currency: items[0]?.price.currency ?? 'USD' },
    optionGroups: groups.map((g) => g.id),
  };
  const gated: MenuCatalog = {
    document,
    items: [burger],
    itemsById: new Map([['burger', burger]]),
    groupsById: new Map(groups.map((g) => [g.id, g])),
  };
  const burgerLine = (options: LineRequest['options']): LineRequest => ({
    itemId: 'burger',
    quantity: 1,
    options,
    without: [],
    notes: null,
  });

  it('refuses the gated choice on a line without the gate (no free drink) and names the gate', () => {
    const problems = problemsOf(() =>
      priceLine(gated, 'l', burgerLine([{ group: 'combo-drink', choice: 'coke', quantity: 1 }])),
    );
    expect(problems).toEqual(['Coke is offered only with Make it a combo']);
  });

  it('does not ask for a gated required group on a line without the gate', () => {
    expect(priceLine(gated, 'l', burgerLine([])).unitPrice).toBe(800);
  });

  it('takes the gated choices with the gate, and then its min applies', () => {
    const combo = { group: 'combo', choice: 'combo', quantity: 1 };
    expect(problemsOf(() => priceLine(gated, 'l', burgerLine([combo])))).toEqual([
      'choose at least 1 of Combo Side',
    ]);
    const priced = priceLine(
      gated,
      'l',
      burgerLine([
        combo,
        { group: 'combo-drink', choice: 'coke', quantity: 1 },
        { group: 'combo-side', choice: 'fries', quantity: 1 },
      ]),
    );
    expect(priced.unitPrice).toBe(800 + 450);
    expect(priced.options.map((o) => o.choiceName)).toEqual(['Combo', 'Coke', 'Fries']);
  });
});
