import type { VenueSettings } from '../../domain/menu-schema.ts';
import { PAYMENT_WORDS } from '../facts/payment-words.ts';
import { normalize } from './normalize.ts';
import type { ParseResult } from './parse-result.ts';
import { PhraseSet } from './phrase-set.ts';

type Method = NonNullable<ParseResult['slots']['paymentMethod']>;

/** The words of each checkout payment method, tried in this order at each word of a message. */
export type PaymentPhrases = ReadonlyArray<readonly [PhraseSet, Method]>;

const ALL_METHODS: readonly Method[] = ['wallet', 'upi', 'cash', 'card'];

/**
 * Which checkout methods a name of the general lexicon (`PAYMENT_WORDS`) may stand for, in order of
 * preference; the first one the venue accepts is taken (Google Pay is a wallet, or a UPI app where UPI is
 * taken and wallets are not). Names not here: wallet-kind names are wallets; other names are no method.
 */
const NAMED_METHODS: Readonly<Record<string, readonly Method[]>> = {
  'Google Pay': ['wallet', 'upi'],
  PayPal: ['wallet'],
  UPI: ['upi'],
};

/** Words for the methods themselves and for ways to say them that name no brand. */
const METHOD_WORDS: ReadonlyArray<readonly [readonly string[], Method]> = [
  [['wallet', 'e wallet', 'ewallet', 'digital wallet', 'mobile wallet'], 'wallet'],
  [['upi', 'phonepe', 'phone pe', 'paytm', 'bhim'], 'upi'],
  [['cash', 'cash on delivery', 'cod', 'pay at the door', 'pay on delivery'], 'cash'],
  [
    [
      'card',
      'credit card',
      'debit card',
      'visa',
      'mastercard',
      'amex',
      'american express',
      'credit',
      'debit',
    ],
    'card',
  ],
];

/** A phrase as the tokens' normalised words ("Google Pay" → "google pay"). */
function words(phrase: string): string {
  return normalize(phrase)
    .tokens.map((t) => t.norm)
    .join(' ');
}

/**
 * The payment phrases of a venue: the general lexicon's wallet names (Apple Pay, Google Pay, Samsung
 * Pay, PayPal…) and the names the venue's payment facts list (`payment.wallets`, `payment.other`), each
 * mapped to the checkout method it is for this venue. When the venue's facts list wallets, a wallet they
 * do not list is not read as a payment choice (the venue does not take it). Without a venue, every
 * method is possible. Built once per venue.
 */
export function paymentPhrases(venue?: VenueSettings): PaymentPhrases {
  const accepted = new Set<Method>(venue?.paymentMethods ?? ALL_METHODS);
  const listedWallets = new Set((venue?.payment?.wallets ?? []).map(words));
  const byMethod = new Map<Method, Set<string>>(ALL_METHODS.map((m) => [m, new Set()]));
  const add = (phrases: readonly string[], candidates: readonly Method[]) => {
    const method = candidates.find((m) => accepted.has(m)) ?? candidates[0];
    if (method) for (const p of phrases) byMethod.get(method)!.add(words(p));
  };
  for (const w of PAYMENT_WORDS) {
    let candidates = NAMED_METHODS[w.name] ?? (w.kind === 'wallet' ? ['wallet'] : []);
    if (listedWallets.size > 0 && !listedWallets.has(words(w.name)))
      candidates = candidates.filter((m) => m !== 'wallet');
    add(w.words, candidates);
  }
  for (const name of venue?.payment?.wallets ?? []) add([name], ['wallet']);
  for (const name of venue?.payment?.other ?? []) if (words(name) === 'upi') add([name], ['upi']);
  for (const [phrases, method] of METHOD_WORDS) add(phrases, [method]);
  return ALL_METHODS.map((m) => [new PhraseSet([...byMethod.get(m)!]), m] as const);
}
