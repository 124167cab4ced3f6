import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/index.ts';
import { normalize } from './normalize.ts';
import { withoutPartyStatement } from './party-statement.ts';
import { createUnderstanding } from './understanding.ts';

const rest = (text: string) => withoutPartyStatement(text, normalize(text).tokens);

describe('withoutPartyStatement', () => {
  it.each([
    ['party of 6, any suggestions?', 'any suggestions?', 6],
    ['there are 4 of us, what do you recommend', 'what do you recommend', 4],
    ['feeding 10 people what should i get', 'what should i get', 10],
    ["it's me and two friends, what's good", "what's good", 3],
    ['any ideas for a family of five', 'any ideas', 5],
    ['three adults and 2 kids, what do you suggest', 'what do you suggest', 5],
  ])('%s → %s', (text, left, size) => {
    const read = rest(text);
    expect(read?.rest.trim()).toBe(left);
    expect(read?.size).toBe(size);
    expect(read?.rest.length).toBe(text.length);
  });

  it.each(['party of 6', 'what do you recommend', 'a large pepperoni for my friends', 'six pizzas please'])(
    'no statement of who is eating with something else said: %s',
    (text) => {
      expect(rest(text)).toBeUndefined();
    },
  );
});

describe('who is eating, said around an ask for a pick, asks for a pick', () => {
  const venues = ['grill', 'deli', 'pizzeria', 'spice-route'].map((name) => {
    const v = loadVenue(name);
    return createUnderstanding(v.menu, v.moods, v.documents);
  });
  it.each([
    'party of 6, any suggestions?',
    "party of 4 here, what's good?",
    'there are 4 of us, what do you recommend',
    'feeding 10 people, what should i get',
    'what would you suggest for a group of 8',
  ])('%s', (text) => {
    for (const u of venues) expect(u.parse(text).intents.map((i) => i.intent)).toEqual(['recommend']);
  });

  it('a group takes the venue mood for feeding one, when the venue has one', () => {
    const v = loadVenue('pizzeria');
    const u = createUnderstanding(v.menu, v.moods, v.documents);
    expect(u.parse('party of 6, any suggestions?').mood).toBe('party');
    expect(u.parse('party of 6, anything spicy?').mood).toBe('spicy');
  });

  it('an order said after the statement stays an order', () => {
    const v = loadVenue('pizzeria');
    const u = createUnderstanding(v.menu, v.moods, v.documents);
    expect(u.parse('party of 6, two large pepperoni pizzas').intents[0]?.intent).toBe('order_add');
  });
});
