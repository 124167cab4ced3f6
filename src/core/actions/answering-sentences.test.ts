import { describe, expect, it } from 'vitest';
import { asksAllergySuitability } from '../understand/allergy-question.ts';
import { answeringSentences } from './answering-sentences.ts';

const PAGE =
  'Wrong or missing items: we send the missing item at no charge. Quality problems: we remake the order or refund it. ' +
  'Cancellations: you can cancel for a full refund until we start preparing your order. After that we cannot refund ' +
  'pizzas already in the oven. Card refunds go back to the original payment method and take 3–5 business days to appear.';

describe('answeringSentences', () => {
  it('keeps the sentences holding the question words, with one carrying on', () => {
    expect(answeringSentences('can I cancel my order?', PAGE)).toBe(
      'Cancellations: you can cancel for a full refund until we start preparing your order. After that we cannot refund pizzas already in the oven.',
    );
  });

  it('keeps a short passage whole', () => {
    const short = 'Delivery within 3 miles, $3.49 fee. Last orders 15 minutes before close.';
    expect(answeringSentences('how far do you deliver', short)).toBe(short);
  });

  it('keeps the whole passage when no sentence holds a topic word', () => {
    expect(answeringSentences('hmm what about that', PAGE)).toBe(PAGE);
  });

  it('keeps the sentences a predicate accepts, when any does', () => {
    expect(answeringSentences('how long', PAGE, { keep: (s) => /business days/.test(s) })).toMatch(
      /^Card refunds/,
    );
  });
});

describe('asksAllergySuitability', () => {
  it.each([
    'is the sesame bun ok for nut allergies?',
    'are the tacos safe for someone with a dairy allergy?',
    'can someone with an egg allergy eat the pancakes',
    'would it be fine for people allergic to gluten',
  ])('"%s" asks in general', (text) => expect(asksAllergySuitability(text)).toBe(true));

  it.each([
    'I have a nut allergy, is the korma ok?',
    "i'm allergic to eggs, is it safe for someone like me",
    'is it safe for my son with a nut allergy',
    'does the korma have nuts',
  ])('"%s" does not', (text) => expect(asksAllergySuitability(text)).toBe(false));
});
