import { describe, expect, it } from 'vitest';
import { converse, replyText } from '../../testing/rule-conversation.ts';
import { oneLetterMoved } from './edit-distance.ts';
import { venueParser } from './venue-fixture.ts';

/**
 * How the words of one message attach to dishes and options, found on the tuned venues: each case stands
 * for a kind of mechanism (a choice word naming the dish it heads, a count word before an answer, a
 * serving-heat note, misspelt choice words), not a dish.
 */
const grill = venueParser('grill');
const diner = venueParser('diner');
const taqueria = venueParser('taqueria');

describe('a combo-only choice said with a dish that has no combo', () => {
  it('orders the dish the choice heads ("lemonade" of Fresh Lemonade), not a bundle it partly defines', () => {
    expect(grill.lines('a bbq bacon burger w/ a lemonade')).toEqual([
      'bbq-bacon-burger x1 [] -[]',
      'lemonade x1 [] -[]',
    ]);
  });
  it('a dish the choice only modifies (a root beer float) is no such dish: the soda it defines is', () => {
    const lines = grill.lines('a double cheeseburger with a root beer');
    expect(lines[1]).toMatch(/^fountain-soda x1 \[root-beer\]/);
  });
});

describe('a serving heat no group offers', () => {
  it('is the kitchen note of the line, never dropped', () => {
    const line = diner.parse('a large coffee extra hot').lines[0];
    expect(line?.itemId).toBe('coffee');
    expect(line?.note).toBe('extra hot');
  });
  it('a choice named Hot in it stays the choice', () => {
    const line = taqueria.parse('a carnitas taco extra hot').lines[0];
    expect(line?.options.map((o) => o.choice)).toContain('hot-salsa');
    expect(line?.note).toBeUndefined();
  });
});

describe('misspelt choice words before a dish', () => {
  it('a typo of a plural choice reaches the choice (the menu key is folded)', () => {
    expect(taqueria.lines('two carnitass tacos')).toEqual(['taco x2 [carnitas] -[]']);
  });
  it('an English word one letter moved from a choice, said before a dish, is the choice', () => {
    expect(taqueria.lines('a stake taco')).toEqual(['taco x1 [carne-asada] -[]']);
  });
  it('oneLetterMoved', () => {
    expect(oneLetterMoved('stake', 'steak')).toBe(true);
    expect(oneLetterMoved('steak', 'steak')).toBe(false);
    expect(oneLetterMoved('stake', 'state')).toBe(false);
  });
});

describe('"more" before the answer to a waiting size question', () => {
  it('is a count of more dishes, never a choice the group lacks', async () => {
    const c = await converse('pizzeria', ['a pepperoni pizza', 'two more large pepperoni pizzas']);
    expect(replyText(c.last)).not.toMatch(/isn't one of the choices|don't have/);
    expect(c.cart.map((l) => [l.quantity, l.options.map((o) => o.choice)])).toEqual([[3, ['large']]]);
  });
});

describe('a size said inside a dish phrase the menu lacks', () => {
  it('stays with that phrase even when a choice word describes it, never sizing the next dish', () => {
    const lines = venueParser('pizzeria').lines('a large mango smoothie and a cheese pizza');
    expect(lines).toEqual(['cheese-pizza x1 [] -[]']);
  });
});
