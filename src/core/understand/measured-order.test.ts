import { describe, expect, it } from 'vitest';
import { measuredOrder } from './measured-order.ts';
import { normalize } from './normalize.ts';

const said = (text: string) => measuredOrder(normalize(text).tokens);

describe('measuredOrder', () => {
  it.each([
    'a pint of buttermilk',
    'two glasses of kombucha please',
    'can i get a liter of lemonade',
    'a cup of soup',
  ])('"%s" asks for the thing measured', (text) => expect(said(text)).toBe(true));

  it.each([
    'a lot of people',
    'a pint',
    'how many oz of milk',
    'one of the wings',
    'one cup of almonds has how many calories',
  ])('"%s" is no measured order', (text) => expect(said(text)).toBe(false));
});
