import { describe, expect, it } from 'vitest';
import { fixtureUnderstanding } from './test-fixture.ts';

const u = fixtureUnderstanding();
const slots = (text: string, expecting?: 'address' | 'name' | 'phone' | 'paymentMethod') =>
  u.parse(text, expecting ? { expecting } : undefined).slots;

describe('checkout slots', () => {
  it('reads delivery or pickup in many words', () => {
    expect(slots('delivery please').fulfillment).toBe('delivery');
    expect(slots("I'll pick it up").fulfillment).toBe('pickup');
    expect(slots('I will collect').fulfillment).toBe('pickup');
    expect(slots('take away').fulfillment).toBe('pickup');
  });

  it('takes the whole answer as the address when asked, else only "deliver to ..."', () => {
    expect(slots('221B Baker Street, London', 'address').address).toBe('221B Baker Street, London');
    expect(slots('deliver to 12 Baker Street')).toEqual({
      fulfillment: 'delivery',
      address: '12 Baker Street',
    });
    expect(slots('do you deliver to my area?').address).toBeUndefined();
  });

  it('reads names, but not states like "I\'m vegan" or "I\'m stressed"', () => {
    expect(slots('my name is John Smith').name).toBe('John Smith');
    expect(slots("I'm John").name).toBe('John');
    expect(slots("it's Maria", 'name').name).toBe('Maria');
    expect(slots("I'm vegan").name).toBeUndefined();
    expect(slots("I'm stressed").name).toBeUndefined();
    expect(slots("I'm hungry").name).toBeUndefined();
  });

  it('reads a name and a phone number said in one sentence', () => {
    expect(slots('my name is John and my number is 555 123 4567')).toEqual({
      name: 'John',
      phone: '555 123 4567',
    });
    expect(slots("I'm Priya, my phone is 555 000 1111").name).toBe('Priya');
  });

  it('reads phone numbers and payment methods', () => {
    expect(slots('call me on 555-123-4567').phone).toBe('555-123-4567');
    expect(slots('+44 20 7946 0958', 'phone').phone).toBe('+44 20 7946 0958');
    expect(slots('by credit card').paymentMethod).toBe('card');
    expect(slots('cash on delivery').paymentMethod).toBe('cash');
    expect(slots('upi').paymentMethod).toBe('upi');
    expect(slots('apple pay').paymentMethod).toBe('wallet');
  });
});

describe('filters, constraints and moods', () => {
  it('reads browse filters', () => {
    expect(u.parse('what vegan mains do you have').filters).toEqual({
      diet: 'vegan',
      category: 'mains',
      allergenFree: [],
    });
    expect(u.parse('anything without nuts').filters.allergenFree).toEqual(['tree-nuts', 'peanuts']);
    expect(u.parse('nut free desserts').filters).toMatchObject({
      category: 'desserts',
      allergenFree: ['tree-nuts', 'peanuts'],
    });
    expect(u.parse('no dairy please, what mains are there').filters.allergenFree).toEqual(['milk']);
    expect(u.parse('anything not spicy?').filters.maxSpice).toBe(1);
    expect(u.parse('do you have veg options').filters.diet).toBe('vegetarian');
    expect(u.parse('non-veg dishes?').filters.diet).toBe('non-vegetarian');
  });

  it('reads standing constraints', () => {
    expect(u.parse("I'm vegan").constraints).toEqual({ diet: 'vegan', allergies: [] });
    expect(u.parse('I have a nut allergy').constraints.allergies).toEqual(['tree-nuts', 'peanuts']);
    expect(u.parse("I'm allergic to shellfish").constraints.allergies).toEqual(['crustaceans', 'molluscs']);
  });

  it('reads moods from the venue file', () => {
    expect(u.parse("I'm stressed").mood).toBe('stressed');
    expect(u.parse('something cosy').mood).toBe('cozy');
    expect(u.parse("it's my birthday").mood).toBe('celebrating');
  });
});
