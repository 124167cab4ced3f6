import { describe, expect, it } from 'vitest';
import { venueParser } from './venue-fixture.ts';

const { parse } = venueParser('spice-route');
const intent = (text: string, context?: Parameters<typeof parse>[1]) =>
  parse(text, context).intents[0]?.intent;

describe('a short message that only states a spice or allergen preference', () => {
  it.each(['mild please', 'gluten free please', 'nothing with nuts please'])(
    '"%s" with nothing ordered asks for the dishes that fit',
    (text) => {
      expect(intent(text)).toBe('browse_menu');
    },
  );

  it('with a dish in the cart it is no list request', () => {
    expect(intent('mild please', { cart: ['butter-chicken'] })).not.toBe('browse_menu');
  });

  it('at an option question it is no list request', () => {
    expect(
      intent('mild please', { expecting: { group: 'spice-level', itemId: 'chicken-biryani' } }),
    ).not.toBe('browse_menu');
  });
});
