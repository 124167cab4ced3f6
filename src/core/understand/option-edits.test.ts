import { describe, expect, it } from 'vitest';
import { venueParser } from './venue-fixture.ts';

const pizzeria = venueParser('pizzeria');
const pz = pizzeria.lines;

describe('option swaps', () => {
  it('replaces an option on the line ("pineapple instead of olives")', () => {
    expect(pz('a veggie supreme with pineapple instead of olives')).toEqual([
      'veggie-supreme x1 [pineapple] -[black-olives]',
    ]);
    expect(pz('a cheese pizza with mushrooms, swap the mushrooms for spinach')).toEqual([
      'cheese-pizza x1 [spinach] -[mushrooms]',
    ]);
  });

  it('replaces an option on the cart item that takes it', () => {
    expect(pz('pineapple instead of olives', { cart: ['veggie-supreme', 'coca-cola'] })).toEqual([
      'veggie-supreme x1 [pineapple] -[black-olives]',
    ]);
    const r = pizzeria.parse('pineapple instead of olives');
    expect(r.freeOptions?.map((o) => o.choice)).toEqual(['pineapple']);
    expect(r.freeWithout?.map((o) => o.choice)).toEqual(['black-olives']);
  });

  it('keeps a swap of options on a named cart item an update, not an item swap', () => {
    const r = pizzeria.parse('could i do onions instead of peppers on the supreme', {
      cart: ['supreme-pizza'],
    });
    expect(r.lines.map((l) => l.action)).toEqual(['update']);
    expect(pz('could i do onions instead of peppers on the supreme', { cart: ['supreme-pizza'] })).toEqual([
      'supreme-pizza x1 [onions] -[green-peppers]',
    ]);
  });

  it('reads "extra cheese" as an option, not the cheese pizza', () => {
    expect(pizzeria.parse('extra cheese please').freeOptions?.map((o) => o.choice)).toEqual(['mozzarella']);
  });

  it('does not read "change it to large" as a swap', () => {
    expect(pizzeria.parse('change it to large').freeWithout).toBeUndefined();
  });
});

describe('an option said alone goes to the one cart item that takes it', () => {
  it('adds bacon to the only item that takes bacon', () => {
    const r = pizzeria.parse('add bacon', { cart: ['coca-cola', 'veggie-supreme'] });
    expect(r.intents[0]?.intent).toBe('order_update');
    expect(pz('add bacon', { cart: ['coca-cola', 'veggie-supreme'] })).toEqual([
      'veggie-supreme x1 [bacon] -[]',
    ]);
  });

  it('leaves the choice to the engine when several cart items take it', () => {
    expect(pz('add bacon', { cart: ['cheese-pizza', 'veggie-supreme'] })).toEqual([]);
  });
});
