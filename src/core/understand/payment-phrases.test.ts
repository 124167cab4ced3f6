import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/index.ts';
import type { VenueSettings } from '../../domain/menu-schema.ts';
import { normalize } from './normalize.ts';
import { paymentPhrases } from './payment-phrases.ts';

/** The method a message's payment words stand for at a venue (the first phrase found), if any. */
function methodOf(text: string, venue?: VenueSettings): string | undefined {
  const tokens = normalize(text).tokens;
  return paymentPhrases(venue).find(([set]) => set.has(tokens))?.[1];
}

const pizzeria = loadVenue('pizzeria').menu.venue;
const spice = loadVenue('spice-route').menu.venue;

describe('payment phrases of a venue', () => {
  it('reads the wallets the venue lists as the wallet method', () => {
    for (const text of ['google pay', 'gpay', 'G Pay', 'apple pay', 'paying with google wallet'])
      expect([text, methodOf(text, pizzeria)]).toEqual([text, 'wallet']);
    expect(methodOf('gpay', spice)).toBe('wallet');
    expect(methodOf('upi', spice)).toBe('upi');
  });

  it('does not read a wallet the venue does not list as a choice it takes', () => {
    expect(methodOf('samsung pay', pizzeria)).toBeUndefined();
    expect(methodOf('paypal', spice)).toBeUndefined();
    expect(methodOf('samsung pay')).toBe('wallet');
  });

  it('reads Google Pay as UPI where UPI is taken and wallets are not', () => {
    const upiOnly: VenueSettings = { ...spice, paymentMethods: ['cash', 'upi'], payment: { other: ['UPI'] } };
    expect(methodOf('gpay', upiOnly)).toBe('upi');
    expect(methodOf('google pay', upiOnly)).toBe('upi');
  });

  it('reads a wallet the venue lists that the general lexicon lacks', () => {
    const venue: VenueSettings = { ...pizzeria, payment: { wallets: ['Venmo', 'Apple Pay'] } };
    expect(methodOf('venmo', venue)).toBe('wallet');
    expect(methodOf('cash', venue)).toBe('cash');
    expect(methodOf('visa', venue)).toBe('card');
  });
});
