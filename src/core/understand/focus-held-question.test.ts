import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/load-venue.ts';
import { focusHeldQuestion } from './focus-held-question.ts';
import { normalize } from './normalize.ts';
import { createUnderstanding } from './understanding.ts';

const object = (text: string) => {
  const { tokens } = normalize(text);
  const r = focusHeldQuestion(tokens);
  return r
    ? tokens
        .slice(r.start, r.end)
        .map((t) => t.norm)
        .join(' ')
    : undefined;
};

describe('focusHeldQuestion', () => {
  it('reads the thing a pronoun-subject question asks the dish in focus to hold', () => {
    expect(object('does it have cheese')).toBe('cheese');
    expect(object('is there cheese on it?')).toBe('cheese');
    expect(object('does that come with onions')).toBe('onions');
    expect(object('are there any pickles in that one')).toBe('pickles');
    expect(object('has it got american cheese on it')).toBe('american cheese');
    expect(object('does this one include fries')).toBe('fries');
  });
  it('a named dish, a request or another question is none', () => {
    expect(object('does the burger have cheese')).toBeUndefined();
    expect(object('add cheese')).toBeUndefined();
    expect(object('with cheese')).toBeUndefined();
    expect(object('is it spicy')).toBeUndefined();
    expect(object('is there parking')).toBeUndefined();
    expect(object('does it have')).toBeUndefined();
  });
});

const dinerVenue = loadVenue('diner');
const diner = createUnderstanding(dinerVenue.menu, dinerVenue.moods, dinerVenue.documents);
const cafeVenue = loadVenue('cafe');
const cafe = createUnderstanding(cafeVenue.menu, cafeVenue.moods, cafeVenue.documents);

describe('a question of what the dish in focus holds, in understanding', () => {
  const expecting = { group: 'doneness', itemId: 'classic-burger' };
  it('asks the ingredient of the waiting dish, never a dish matched by the word', () => {
    for (const text of ['does it have cheese', 'is there cheese on it', 'does that come with cheese?']) {
      const r = diner.parse(text, { expecting });
      expect([text, r.intents[0]?.intent]).toEqual([text, 'item_info']);
      expect(r.itemQuestion).toEqual({ topic: 'ingredients', ingredient: 'cheese' });
      expect(r.itemRefs).toEqual([]);
      expect(r.lines).toEqual([]);
    }
    // a topic word keeps its reading
    expect(diner.parse('is it spicy', { expecting }).itemQuestion?.topic).toBe('spice');
  });
  it('a change said at the question still changes the waiting dish', () => {
    for (const text of ['with cheese', 'no onions']) {
      const r = diner.parse(text, { expecting });
      expect([text, r.intents[0]?.intent]).toEqual([text, 'order_update']);
      expect(r.lines[0]?.itemId).toBe('classic-burger');
    }
  });
  it('"a glass of milk" where milk is only a choice asks for a dish the menu lacks', () => {
    const r = cafe.parse('a glass of milk');
    expect(r.unresolved.map((u) => u.text)).toContain('milk');
    expect(r.itemRefs).toEqual([]);
  });
});
