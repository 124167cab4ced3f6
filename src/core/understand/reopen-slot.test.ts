import { describe, expect, it } from 'vitest';
import { fixtureUnderstanding } from './test-fixture.ts';

const u = fixtureUnderstanding();
const reopen = (text: string) => u.parse(text, { expecting: 'confirmation' }).reopen;

describe('reopenedSlot', () => {
  it('names the detail asked to be changed without its new value', () => {
    expect(reopen('hmm change the address')).toBe('address');
    expect(reopen('can i change the name')).toBe('name');
    expect(reopen('i need to update my phone number')).toBe('phone');
    expect(reopen('different payment please')).toBe('paymentMethod');
  });

  it('is nothing with the new value, with no change word, or naming two details', () => {
    expect(reopen('change the name to Bo')).toBeUndefined();
    expect(reopen('what is the address')).toBeUndefined();
    expect(reopen('change the name and the address')).toBeUndefined();
    expect(reopen('change my order')).toBeUndefined();
  });
});
