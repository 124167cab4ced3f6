import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/index.ts';
import type { Venue } from '../../domain/venue.ts';
import { answerFact } from './answer-fact.ts';

const NOW = new Date('2026-12-03T00:00:00Z');
const pizzeria = loadVenue('pizzeria');
const coffee = loadVenue('coffee');
const subs = loadVenue('subs');
const spice = loadVenue('spice-route');
const ask = (q: string, venue: Venue) => answerFact(q, venue, NOW);

describe('payment methods from venue.payment', () => {
  it('says yes for a listed wallet or card brand, naming the others', () => {
    expect(ask('is google pay accepted?', pizzeria)?.text).toBe(
      'Yes, we accept Google Pay (also Apple Pay).',
    );
    expect(ask('do you take amex', pizzeria)?.text).toBe(
      'Yes, we accept American Express (also Visa, Mastercard and Discover).',
    );
    expect(ask('samsung pay ok?', subs)?.text).toBe(
      'Yes, we accept Samsung Pay (also Apple Pay and Google Pay).',
    );
  });

  it('answers cash with the change limit and the published notes', () => {
    expect(ask('can i pay cash', pizzeria)?.text).toBe(
      'Yes, we accept cash; drivers carry up to $20.00 in change. Cash is accepted for pickup and delivery. ' +
        'Orders paid in cash cannot be contactless.',
    );
    expect(ask('do you take cash', coffee)?.text).toBe(
      "No, we don't accept cash. We accept cards (Visa, Mastercard, American Express and Discover), Apple Pay, " +
        'Google Pay and gift cards. We are a cashless café.',
    );
  });

  it('tells a refused method from one the venue does not mention', () => {
    expect(ask('do you accept checks?', pizzeria)?.text).toMatch(
      /^No, we don't accept checks\. We accept cards/,
    );
    expect(ask('can I pay by check?', subs)?.text).toMatch(
      /^Checks aren't among the payment methods we list\. /,
    );
    expect(ask('do you take venmo', spice)?.text).toBe(
      "Venmo isn't among the payment methods we list. We accept cards (Visa, Mastercard, American Express and " +
        'Discover), Apple Pay, Google Pay, UPI, gift cards and cash.',
    );
  });

  it('lists every method for a general question and cites the payments document', () => {
    const a = ask('what payment methods do you accept?', coffee);
    expect(a?.text).toBe(
      'We accept cards (Visa, Mastercard, American Express and Discover), Apple Pay, Google Pay and gift cards. ' +
        "We don't accept cash or personal checks.",
    );
    expect(a?.source).toEqual({ document: 'payments', title: 'Payments', section: 'Payments' });
    expect(ask('do you take UPI?', spice)?.source.section).toBe('Ways to pay');
  });

  it('leaves card security and splitting to retrieval', () => {
    expect(ask('is it safe to type my card number here?', pizzeria)).toBeUndefined();
    expect(ask('can we split the bill by card?', spice)).toBeUndefined();
  });
});
