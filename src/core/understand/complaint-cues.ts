import { PhraseSet } from './phrase-set.ts';

/**
 * Phrases of a complaint about an order already received ("you forgot my garlic knots", "the naan was
 * missing from my bag", "the biryani was cold"): general English, no dish. A dish named in a complaint
 * is what went wrong, not a new order; the complaint is a question for the venue's refund policy.
 * "I forgot to add a coke" is not among them (the customer's own correction is an order).
 */
export const COMPLAINT = new PhraseSet([
  'you forgot',
  'you guys forgot',
  'they forgot',
  'forgot my',
  'was missing',
  'were missing',
  'is missing',
  'are missing',
  'missing from',
  'never arrived',
  'never came',
  'never showed up',
  "didn't arrive",
  'did not arrive',
  "didn't come",
  'was cold',
  'were cold',
  'arrived cold',
  'came cold',
  'showed up cold',
  'was burnt',
  'was burned',
  'were burnt',
  'was undercooked',
  'was raw',
  'was soggy',
  'was stale',
  'wrong order',
  'got the wrong',
  'gave me the wrong',
  'sent the wrong',
  'was spilled',
  'arrived late',
  'came late',
]);
