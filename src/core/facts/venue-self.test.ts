import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/load-venue.ts';
import { answerFact } from './answer-fact.ts';
import { factText } from './fact-text.ts';
import { readVenueSelf } from './venue-self.ts';

const NOW = new Date('2026-12-03T00:00:00Z');
const read = (text: string) => readVenueSelf(factText(text));

describe('readVenueSelf', () => {
  it.each([
    'tell me what this restaurant is called',
    "what's the name of your shop?",
    'name of this burger joint?',
    'what are you guys called',
  ])('reads "%s" as the venue name asked', (text) => {
    expect(read(text)).toBe('venue-name');
  });

  it.each([
    'why is this place called that',
    'what does the name of the restaurant mean',
    'my name is Sam',
    'what do you call this dish',
    "what's your name",
  ])('leaves "%s" alone: a story, a person or a dish, not the name asked', (text) => {
    expect(read(text)).toBeUndefined();
  });

  it.each(['who owns the place', "who's the manager", 'is the head chef in today', 'who started this diner'])(
    'reads "%s" as a question about the venue no field answers',
    (text) => {
      expect(read(text)).toBe('venue-about');
    },
  );

  it.each(["what's the chef's special", 'what does the chef recommend'])(
    'leaves "%s" to the menu',
    (text) => {
      expect(read(text)).toBeUndefined();
    },
  );

  it.each(['is takeout an option', 'could we pick up the food ourselves', 'do you offer carryout'])(
    'reads "%s" as pickup asked',
    (text) => {
      expect(read(text)).toBe('pickup');
    },
  );

  it.each(['can i pick it up at 6', "i'd rather pick it up instead", 'when will it be ready for pickup'])(
    'leaves "%s" to the order: a pickup time or a switch',
    (text) => {
      expect(read(text)).toBeUndefined();
    },
  );
});

describe('answerFact from the venue config alone', () => {
  const cafe = loadVenue('cafe');

  it('says the configured name', () => {
    const fact = answerFact('tell me what this place is called', cafe, NOW);
    expect(fact?.text).toBe(`We're ${cafe.menu.venue.name}.`);
  });

  it('says whether pickup is offered, from venue.pickup', () => {
    expect(answerFact('is takeout an option?', cafe, NOW)?.text).toMatch(/^Yes, pickup is available/);
    const noPickup = { ...cafe, menu: { ...cafe.menu, venue: { ...cafe.menu.venue, pickup: false } } };
    expect(answerFact('is takeout an option?', noPickup, NOW)?.text).toMatch(/^We don't offer pickup/);
  });

  it('says whether it delivers with no zones listed, and leaves a named place to the documents', () => {
    expect(answerFact('do you folks deliver?', cafe, NOW)?.text).toMatch(/^Yes, we deliver\. Delivery is \$/);
    expect(answerFact('do you deliver to hyde park?', cafe, NOW)).toBeUndefined();
  });

  it('answers no question about its people: the documents may', () => {
    expect(answerFact('who owns the place', cafe, NOW)).toBeUndefined();
  });
});
