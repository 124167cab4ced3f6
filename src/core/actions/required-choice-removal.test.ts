import { describe, expect, it } from 'vitest';
import type { CartLine } from '../../contract/backend-api.ts';
import { loadVenue } from '../../domain/load-venue.ts';
import { requiredChoiceRemoval } from './required-choice-removal.ts';

const { menu } = loadVenue('grill');

function line(itemId: string, options: Array<{ group: string; choice: string }>): CartLine {
  return {
    id: 'l1',
    itemId,
    name: itemId,
    quantity: 1,
    options: options.map((o) => ({
      ...o,
      groupName: o.group,
      choiceName: o.choice,
      quantity: 1,
      priceDelta: 0,
    })),
    without: [],
    notes: null,
    unitPrice: 0,
    lineTotal: 0,
  } as unknown as CartLine;
}

describe('requiredChoiceRemoval', () => {
  const soda = line('fountain-soda', [
    { group: 'soda-flavor', choice: 'coke' },
    { group: 'drink-size', choice: 'medium-drink' },
  ]);
  it('takes the line out when its defining pick is taken off ("actually no coke")', () => {
    expect(requiredChoiceRemoval(menu, soda, [{ group: 'soda-flavor', choice: 'coke' }], false)).toEqual({
      kind: 'remove',
    });
  });
  it('asks the group again for one part of a dish of several picks (a kids meal drink)', () => {
    const meal = line('kids-meal', [
      { group: 'kids-main', choice: 'kids-burger' },
      { group: 'kids-drink', choice: 'kids-milk' },
    ]);
    expect(requiredChoiceRemoval(menu, meal, [{ group: 'kids-drink', choice: 'kids-milk' }], false)).toEqual({
      kind: 'ask',
      group: 'kids-drink',
    });
  });
  it('leaves alone a pick the line does not hold, or a change that says more', () => {
    expect(
      requiredChoiceRemoval(menu, soda, [{ group: 'soda-flavor', choice: 'sprite' }], false),
    ).toBeUndefined();
    expect(
      requiredChoiceRemoval(menu, soda, [{ group: 'soda-flavor', choice: 'coke' }], true),
    ).toBeUndefined();
  });
});
