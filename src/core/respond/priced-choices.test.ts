import { describe, expect, it } from 'vitest';
import { OptionGroup } from '../../domain/menu-schema.ts';
import { pricedChoiceList, pricedChoiceName } from './priced-choices.ts';

const group = (
  choices: { id: string; name: string; priceDelta?: number; available?: boolean }[],
  extra = {},
) => OptionGroup.parse({ id: 'size', name: 'Size', selection: 'single', min: 1, max: 1, choices, ...extra });

describe('pricedChoiceName', () => {
  it('adds a difference after the name, inside a closing parenthesis, or nothing at none', () => {
    expect(pricedChoiceName({ name: 'Large', priceDelta: 200 }, 'USD')).toBe('Large (+$2.00)');
    expect(pricedChoiceName({ name: 'Medium (16 oz)', priceDelta: 50 }, 'USD')).toBe(
      'Medium (16 oz, +$0.50)',
    );
    expect(pricedChoiceName({ name: 'Kids', priceDelta: -100 }, 'USD')).toBe('Kids (−$1.00)');
    expect(pricedChoiceName({ name: 'Regular', priceDelta: 0 }, 'USD')).toBe('Regular');
    expect(pricedChoiceName({ name: 'Large', priceDelta: 4000 }, 'INR')).toBe('Large (+₹40.00)');
  });
});

describe('pricedChoiceList', () => {
  it('lists the available choices with their differences when the prices differ', () => {
    const g = group([
      { id: 's', name: 'Small' },
      { id: 'm', name: 'Medium', priceDelta: 100 },
      { id: 'x', name: 'Huge', priceDelta: 500, available: false },
      { id: 'l', name: 'Large', priceDelta: 200 },
    ]);
    expect(pricedChoiceList(g, 'USD')).toBe('Small, Medium (+$1.00) or Large (+$2.00)');
  });

  it('says nothing when every choice costs the same, for a group of several picks, or past the limit', () => {
    expect(
      pricedChoiceList(
        group([
          { id: 'a', name: 'A' },
          { id: 'b', name: 'B' },
        ]),
        'USD',
      ),
    ).toBeUndefined();
    const same = group([
      { id: 'a', name: 'A', priceDelta: 100 },
      { id: 'b', name: 'B', priceDelta: 100 },
    ]);
    expect(pricedChoiceList(same, 'USD')).toBeUndefined();
    const several = group(
      [
        { id: 'a', name: 'A' },
        { id: 'b', name: 'B', priceDelta: 100 },
      ],
      { selection: 'multiple', max: 2 },
    );
    expect(pricedChoiceList(several, 'USD')).toBeUndefined();
    const many = group(
      Array.from({ length: 9 }, (_, i) => ({ id: `c${i}`, name: `C${i}`, priceDelta: i * 10 })),
    );
    expect(pricedChoiceList(many, 'USD')).toBeUndefined();
  });
});
