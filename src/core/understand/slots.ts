import type { Token } from './normalize.ts';
import type { ParseContext, ParseResult } from './parse-result.ts';
import { PhraseSet } from './phrase-set.ts';

type Slots = ParseResult['slots'];

const DELIVERY = new PhraseSet([
  'delivery',
  'deliver',
  'delivered',
  'deliver it',
  'home delivery',
  'bring it',
  'send it',
]);
const PICKUP = new PhraseSet([
  'pickup',
  'pick up',
  'pick it up',
  'collect',
  'collection',
  'take away',
  'takeaway',
  'takeout',
  'take out',
  'to go',
  'carry out',
  'carryout',
  'come get it',
  'come and get it',
  'i will come',
]);
const PAYMENT: ReadonlyArray<[PhraseSet, NonNullable<Slots['paymentMethod']>]> = [
  [
    new PhraseSet(['apple pay', 'google wallet', 'wallet', 'paypal', 'samsung pay', 'e wallet', 'ewallet']),
    'wallet',
  ],
  [new PhraseSet(['upi', 'gpay', 'google pay', 'phonepe', 'phone pe', 'paytm', 'bhim']), 'upi'],
  [new PhraseSet(['cash', 'cash on delivery', 'cod', 'pay at the door', 'pay on delivery']), 'cash'],
  [
    new PhraseSet([
      'card',
      'credit card',
      'debit card',
      'visa',
      'mastercard',
      'amex',
      'american express',
      'credit',
      'debit',
    ]),
    'card',
  ],
];
const ADDRESS_LEAD = new PhraseSet([
  'deliver to',
  'deliver it to',
  'send it to',
  'bring it to',
  'my address is',
  'address is',
  'the address is',
  'delivery to',
  'i live at',
  'i am at',
  'ship to',
]);
const NAME_LEAD = new PhraseSet([
  'my name is',
  'name is',
  'call me',
  'this is',
  'i am',
  'it is',
  'name',
  'the name is',
  'under the name',
  'under',
  'put it under',
]);
const PHONE = /(?:\+?\d[\d\s\-().]{5,}\d)/;
/** Words after "I'm" that are states, not names ("I'm vegan", "I'm stressed", "I'm done"). */
const NOT_NAMES = new Set(
  `vegan vegetarian veg hungry starving stressed tired sad happy good fine ok okay done ready looking allergic
  here back just not so very really a an the in at on from going gonna trying thinking wondering interested
  new sorry sure confused lost bored busy feeling celebrating excited glad craving after only also still calling
  waiting home out off order ordering over alone with vegetarian pescatarian lactose gluten diabetic fasting`.split(
    /\s+/,
  ),
);

/**
 * Checkout slot values. When the dialog expects a slot, the whole answer is taken (minus lead-ins);
 * otherwise only explicit forms ("deliver to 12 Baker Street", "my name is Ana", a phone number).
 */
export function readSlots(
  text: string,
  tokens: readonly Token[],
  context: ParseContext | undefined,
  blockedWords: (t: Token) => boolean,
): Slots {
  const slots: Slots = {};
  const expecting = context?.expecting;
  if (PICKUP.has(tokens)) slots.fulfillment = 'pickup';
  else if (DELIVERY.has(tokens)) slots.fulfillment = 'delivery';
  for (const [set, method] of PAYMENT) {
    if (set.has(tokens)) {
      slots.paymentMethod = method;
      break;
    }
  }
  const phone = PHONE.exec(text);
  if (phone) {
    const digits = phone[0].replace(/\D/g, '');
    if (digits.length >= 7 && digits.length <= 15) slots.phone = phone[0].trim();
  }
  if (expecting === 'address') {
    const lead = ADDRESS_LEAD.find(tokens);
    const from = lead && lead.at <= 2 ? lead.at + lead.length : skipLead(tokens);
    const addr = cut(text, tokens, from);
    if (addr) slots.address = addr;
  } else {
    const lead = ADDRESS_LEAD.find(tokens);
    if (lead) {
      const next = tokens[lead.at + lead.length];
      if (next && (next.num !== undefined || /\d/.test(text.slice(next.oStart)))) {
        const addr = cut(text, tokens, lead.at + lead.length);
        if (addr) slots.address = addr;
      }
    }
  }
  if (expecting === 'name') {
    const lead = NAME_LEAD.find(tokens);
    const from = lead && lead.at <= 1 ? lead.at + lead.length : skipLead(tokens);
    const name = cut(text, tokens, from, 4);
    if (name && !/\d/.test(name)) slots.name = name;
  } else {
    const lead = NAME_LEAD.find(tokens);
    if (lead && lead.at <= 2) {
      const words = tokens[lead.at]
        ? tokens
            .slice(lead.at)
            .map((t) => t.norm)
            .slice(0, lead.length)
            .join(' ')
        : '';
      const first = tokens[lead.at + lead.length];
      const explicit = words.endsWith('name is') || words === 'call me' || words === 'under the name';
      // The name runs to the end of its clause: "my name is John and my number is ..."
      const rest: Token[] = [];
      for (const t of tokens.slice(lead.at + lead.length)) {
        if (t.punct || t.norm === 'and') break;
        rest.push(t);
      }
      const looksName =
        first !== undefined &&
        !first.punct &&
        first.num === undefined &&
        !NOT_NAMES.has(first.norm) &&
        !blockedWords(first) &&
        rest.length > 0 &&
        rest.length <= 3 &&
        (explicit ||
          ((words === 'i am' || words === 'this is') && /^\p{Lu}/u.test(text.slice(first.oStart))));
      if (looksName) {
        const name = cut(text, tokens, lead.at + lead.length, rest.length);
        if (name) slots.name = name;
      }
    }
  }
  return slots;
}

const LEAD_WORDS = new Set([
  'it',
  'is',
  'its',
  'um',
  'uh',
  'ok',
  'okay',
  'sure',
  'yes',
  'yeah',
  'so',
  'well',
  'please',
  'to',
]);

function skipLead(tokens: readonly Token[]): number {
  let i = 0;
  while (i < tokens.length && (LEAD_WORDS.has((tokens[i] as Token).norm) || (tokens[i] as Token).punct)) i++;
  return i;
}

/** The original text from token `from` on (at most `maxWords` words), trimmed of trailing filler. */
function cut(text: string, tokens: readonly Token[], from: number, maxWords = 40): string | undefined {
  const words = tokens.slice(from).filter((t) => !t.punct);
  let end = Math.min(words.length, maxWords);
  while (end > 0 && (words[end - 1] as Token).norm === 'please') end--;
  if (end === 0) return undefined;
  const first = words[0] as Token;
  const last = words[end - 1] as Token;
  const out = text.slice(first.oStart, last.oEnd).trim();
  return out.length > 0 ? out : undefined;
}
