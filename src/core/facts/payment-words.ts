/**
 * Ways to pay customers name, with their words (lowercase, normalised as `factText`), and the kind of
 * venue field that answers them: a card brand (`payment.cards`), a wallet (`payment.wallets`), cash
 * (`payment.cash`), checks (`payment.checks`), any card (`payment.cards` non-empty), or another method
 * (`payment.other`). A method no field lists is answered "not among the methods we list".
 */
export type PaymentKind = 'card' | 'any-card' | 'wallet' | 'cash' | 'checks' | 'other';

export interface PaymentWord {
  /** How replies name it ("American Express", "Google Pay", "checks"). */
  name: string;
  kind: PaymentKind;
  words: readonly string[];
}

export const PAYMENT_WORDS: readonly PaymentWord[] = [
  { name: 'Visa', kind: 'card', words: ['visa'] },
  { name: 'Mastercard', kind: 'card', words: ['mastercard', 'master card'] },
  { name: 'American Express', kind: 'card', words: ['american express', 'amex'] },
  { name: 'Discover', kind: 'card', words: ['discover card', 'discover'] },
  { name: 'Diners Club', kind: 'card', words: ['diners club', 'diners'] },
  { name: 'JCB', kind: 'card', words: ['jcb'] },
  { name: 'Apple Pay', kind: 'wallet', words: ['apple pay', 'applepay', 'apple wallet'] },
  {
    name: 'Google Pay',
    kind: 'wallet',
    words: ['google pay', 'googlepay', 'gpay', 'g pay', 'google wallet', 'android pay'],
  },
  { name: 'Samsung Pay', kind: 'wallet', words: ['samsung pay', 'samsung wallet'] },
  { name: 'PayPal', kind: 'other', words: ['paypal', 'pay pal'] },
  { name: 'Venmo', kind: 'other', words: ['venmo'] },
  { name: 'Zelle', kind: 'other', words: ['zelle'] },
  { name: 'Cash App', kind: 'other', words: ['cash app', 'cashapp'] },
  { name: 'UPI', kind: 'other', words: ['upi'] },
  {
    name: 'gift cards',
    kind: 'other',
    words: ['gift card', 'gift cards', 'gift certificate', 'gift certificates'],
  },
  { name: 'EBT', kind: 'other', words: ['ebt'] },
  { name: 'cryptocurrency', kind: 'other', words: ['crypto', 'bitcoin', 'cryptocurrency'] },
  { name: 'cash', kind: 'cash', words: ['cash', 'in cash', 'paper money'] },
  {
    name: 'checks',
    kind: 'checks',
    words: [
      'checks',
      'cheque',
      'cheques',
      'personal check',
      'pay by check',
      'pay with a check',
      'pay with check',
      'by check',
    ],
  },
  {
    name: 'cards',
    kind: 'any-card',
    words: [
      'card',
      'cards',
      'credit card',
      'credit cards',
      'debit card',
      'debit cards',
      'credit',
      'debit',
      'tap to pay',
    ],
  },
];

/** Generic words of a payment question that name no method ("how can I pay?"). */
export const PAYMENT_GENERIC_WORDS = [
  'pay',
  'paying',
  'payment',
  'payments',
  'payment method',
  'payment methods',
  'payment options',
  'forms of payment',
  'form of payment',
  'ways to pay',
] as const;
