import { describe, expect, it } from 'vitest';
import { fixtureVenue } from '../../testing/index.ts';
import { answerFact } from './answer-fact.ts';

const NOW = new Date('2026-12-03T00:00:00Z');

describe('answerFact on a venue without the structured fields', () => {
  const venue = fixtureVenue();

  it('leaves hours and areas to retrieval', () => {
    expect(venue.menu.venue.hours).toBeUndefined();
    expect(answerFact('are you open now?', venue, NOW)).toBeUndefined();
    expect(answerFact('do you deliver to midtown?', venue, NOW)).toBeUndefined();
  });

  it('answers payment from the checkout payment methods when no payment details or page exist', () => {
    const methods = venue.menu.venue.paymentMethods;
    const amex = answerFact('do you take amex?', venue, NOW);
    expect(amex?.topic).toBe('payment');
    if (methods.includes('card')) expect(amex?.text).toMatch(/secure payment link/);
    const venmo = answerFact('can i pay with venmo?', venue, NOW);
    expect(venmo?.text).toMatch(/^No, we don't take Venmo/);
  });

  it('still answers the fee and minimum, which every venue file holds', () => {
    expect(answerFact('is there a minimum?', venue, NOW)?.topic).toBe('delivery-minimum');
    expect(answerFact('how much is delivery?', venue, NOW)?.topic).toBe('delivery-fee');
  });

  it('returns undefined for questions that are not about these facts', () => {
    expect(answerFact('do you have vegan options?', venue, NOW)).toBeUndefined();
    expect(answerFact('what is in the margherita?', venue, NOW)).toBeUndefined();
  });
});
