import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/index.ts';
import { createUnderstanding } from './understanding.ts';

const understandings = new Map(
  ['pizzeria', 'spice-route'].map((name) => {
    const v = loadVenue(name);
    return [name, createUnderstanding(v.menu, v.moods, v.documents)] as const;
  }),
);
const intentOf = (
  venue: string,
  text: string,
  context?: Parameters<ReturnType<typeof createUnderstanding>['parse']>[1],
) => understandings.get(venue)!.parse(text, context).intents[0]?.intent;

describe('a checkout word inside a question about the venue is a question, not a checkout detail', () => {
  it.each([
    ['pizzeria', 'mastercard accepted'],
    ['pizzeria', 'i am out near the airport, can you still deliver'],
    ['spice-route', 'pickup takes how long on a sunday'],
    ['pizzeria', 'can i get the weekday special delivered'],
  ])('%s: "%s"', (venue, text) => {
    expect(intentOf(venue, text)).toBe('faq');
  });

  it.each([
    ['pizzeria', 'delivery please'],
    ['pizzeria', "i'll pay by card"],
    ['spice-route', 'pickup'],
  ])('keeps a stated detail a detail: "%s"', (venue, text) => {
    expect(intentOf(venue, text)).toBe('provide_info');
  });

  it('keeps a request for delivery a detail once something is in the cart', () => {
    expect(intentOf('pizzeria', 'can i get it delivered to my office', { cart: ['cheese-pizza'] })).toBe(
      'provide_info',
    );
  });
});

describe('restaurant talk the menu does not explain goes to the venue knowledge', () => {
  it.each([
    ['pizzeria', 'my order came cold'],
    ['spice-route', 'does the courier carry change'],
    ['spice-route', 'is the restaurant hiring at the moment'],
  ])('%s: "%s"', (venue, text) => {
    expect(intentOf(venue, text)).toBe('faq');
  });

  it('still shows how to order for a bare "help"', () => {
    expect(intentOf('pizzeria', 'help')).toBe('help');
  });
});

describe('a "how" question is not a request for the menu list', () => {
  it.each(['how long does pizza keep in the fridge', 'how do you reheat pizza'])('"%s"', (text) => {
    expect(intentOf('pizzeria', text)).not.toBe('browse_menu');
  });
});

describe('a structured venue fact asked as a question outranks an option-group reading', () => {
  it('reads "how much extra is it to bring the food to my apartment?" as a venue question', () => {
    expect(intentOf('spice-route', 'how much extra is it to bring the food to my apartment?')).toBe('faq');
  });
});
