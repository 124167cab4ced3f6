import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/index.ts';
import { createUnderstanding } from './understanding.ts';

const understandings = new Map(
  ['pizzeria', 'spice-route', 'burgers', 'coffee', 'subs'].map((name) => {
    const v = loadVenue(name);
    return [name, createUnderstanding(v.menu, v.moods, v.documents)] as const;
  }),
);
const intentOf = (
  venue: string,
  text: string,
  context?: Parameters<ReturnType<typeof createUnderstanding>['parse']>[1],
) => understandings.get(venue)!.parse(text, context).intents[0]?.intent;

describe('questions about hours, delivery and payment are read as questions (faq)', () => {
  it.each([
    ['pizzeria', 'hours on sunday?'],
    ['pizzeria', 'do you take amex'],
    ['pizzeria', 'is google pay accepted?'],
    ['pizzeria', 'visa ok?'],
    ['pizzeria', 'can I pay with apple pay'],
    ['spice-route', 'open new years day?'],
    ['spice-route', 'open july 4th?'],
    ['spice-route', 'can i pay with upi'],
    ['burgers', 'open till midnight on friday?'],
    ['burgers', 'can I pay cash on delivery'],
    ['subs', 'closing time?'],
    ['coffee', 'do you deliver to sabin'],
  ])('%s: "%s"', (venue, text) => {
    expect(intentOf(venue, text)).toBe('faq');
  });

  it('keeps "can I pay by card" an answer when the bot asked how to pay', () => {
    expect(intentOf('pizzeria', 'can I pay by card', { expecting: 'paymentMethod' })).toBe('provide_info');
  });

  it.each(['is the bank open on sunday?', 'what time does walmart close', 'can i pay my phone bill'])(
    'leaves another business\'s question out of scope: "%s"',
    (text) => {
      expect(intentOf('pizzeria', text)).toBe('out_of_scope');
    },
  );
});

describe('a venue-fact question holding a category word', () => {
  it('is that question alone, with no menu reading', () => {
    const r = understandings
      .get('spice-route')
      ?.parse('how much extra do you charge to bring it to my house?');
    expect(r?.intents.map((i) => i.intent)).toEqual(['faq']);
    expect(r?.filters.category).toBeDefined();
  });
});
