import { describe, expect, it } from 'vitest';
import { converse } from '../../testing/rule-conversation.ts';
import { venueParser } from './venue-fixture.ts';

const grill = venueParser('grill');

describe('a comparison of dishes is a question, never an order', () => {
  it.each([
    'whats the difference between a cheeseburger and a double',
    "what's the difference between a cheeseburger and a hamburger?",
    'cheeseburger vs hamburger',
    'cheeseburger or hamburger, which is better',
    'compare the cheeseburger and the hamburger',
    'fries or tater tots, which one do you recommend',
  ])('"%s" asks about the dishes', (text) => {
    const r = grill.parse(text);
    expect(r.intents[0]?.intent).toBe('item_info');
    expect(r.lines).toEqual([]);
  });

  it('"and a" after a dish still orders one more', () => {
    expect(grill.parse('a cheeseburger and a coke').intents[0]?.intent).toBe('order_add');
  });

  it('"which" as a relative after one dish still orders', () => {
    expect(grill.parse('a cheeseburger and fries').intents[0]?.intent).toBe('order_add');
  });

  it('the cart stays empty', async () => {
    const c = await converse('grill', ['whats the difference between a cheeseburger and a double']);
    expect(c.cart).toEqual([]);
  });
});
