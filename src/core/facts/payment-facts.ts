import type { PaymentFacts, VenueSettings } from '../../domain/index.ts';
import type { Venue } from '../../domain/venue.ts';
import { formatMoney } from '../respond/format-money.ts';
import type { FactAnswer } from './fact-answer.ts';
import { factSource } from './fact-source.ts';
import { joinList } from './fact-text.ts';
import type { PaymentWord } from './payment-words.ts';

const DOCS = ['payment'] as const;

/**
 * Answers "do you take Google Pay / Amex / cash / checks?" (one `method`) or "how can I pay?" (none)
 * from `venue.payment`. Undefined when the venue publishes no `payment` field.
 */
export function answerPayment(method: PaymentWord | undefined, venue: Venue): FactAnswer | undefined {
  const s = venue.menu.venue;
  const p = s.payment;
  if (!p || acceptedList(p) === '') return answerFromMethods(method, venue);
  const summary = `We accept ${acceptedList(p)}.`;
  const terms = method ? [method.name.toLowerCase(), ...method.words, 'card'] : ['card'];
  const answer = (text: string): FactAnswer => ({
    topic: 'payment',
    text,
    source: factSource(venue, DOCS, terms, 'venue.payment'),
  });
  if (!method) {
    const refused = [
      p.cash === false ? 'cash' : undefined,
      p.checks === false ? 'personal checks' : undefined,
    ];
    const no = refused.filter((x): x is string => x !== undefined);
    return answer(no.length > 0 ? `${summary} We don't accept ${joinList(no, 'or')}.` : summary);
  }
  const accepted = isAccepted(method, p);
  const notes = (p.notes ?? []).filter((n) => method.words.some((w) => n.toLowerCase().includes(w)));
  const tail = notes.length > 0 ? ` ${notes.join(' ')}` : '';
  if (accepted === true) return answer(`Yes, ${acceptedDetail(method, p, s)}${tail}`);
  const plural = method.kind === 'checks' || method.name.endsWith('s');
  if (accepted === false) return answer(`No, we don't accept ${method.name}. ${summary}${tail}`);
  const name = method.name.charAt(0).toUpperCase() + method.name.slice(1);
  return answer(`${name} ${plural ? "aren't" : "isn't"} among the payment methods we list. ${summary}`);
}

/** How the checkout's payment methods (`venue.paymentMethods`) are named in a reply. */
const METHOD_NAMES = { card: 'card', cash: 'cash', upi: 'UPI', wallet: 'a mobile wallet' } as const;

/**
 * A venue with no `payment` details and no page about payment (one built from its menu file alone)
 * still lists the methods its checkout takes (`venue.paymentMethods`): "do you take Apple Pay?" is answered from that list. A card
 * brand is a card; a wallet needs "wallet"; cash needs "cash"; anything else is not among them.
 */
function answerFromMethods(method: PaymentWord | undefined, venue: Venue): FactAnswer | undefined {
  const methods = venue.menu.venue.paymentMethods;
  // a venue's own page about payment says more than the list: retrieval answers from it
  const paymentPage = venue.documents.some((d) => /pay/i.test(d.id) || /pay/i.test(d.title));
  if (methods.length === 0 || paymentPage) return undefined;
  const summary = `We accept ${joinList(
    methods.map((m) => METHOD_NAMES[m]),
    'or',
  )}${methods.includes('card') ? ' (cards are paid through a secure payment link)' : ''}.`;
  const answer = (text: string): FactAnswer => ({
    topic: 'payment',
    text,
    source: factSource(venue, DOCS, ['card', 'cash'], 'venue.paymentMethods'),
  });
  if (!method) return answer(summary);
  const kind =
    method.kind === 'card' || method.kind === 'any-card'
      ? 'card'
      : method.kind === 'wallet' || method.kind === 'cash'
        ? method.kind
        : method.name === 'UPI'
          ? 'upi'
          : undefined;
  // a card brand: cards are taken, which brands the venue does not say
  if (method.kind === 'card' && methods.includes('card'))
    return answer(
      `We take cards through a secure payment link, which shows the cards it accepts. ${summary}`,
    );
  if (kind && methods.includes(kind)) return answer(`Yes, we accept ${method.name}. ${summary}`);
  return answer(`No, we don't take ${method.name}. ${summary}`);
}

/** true / false as published; undefined when the venue says nothing of it. */
function isAccepted(method: PaymentWord, p: PaymentFacts): boolean | undefined {
  const has = (list: readonly string[] | undefined) =>
    list?.some((x) => x.toLowerCase() === method.name.toLowerCase()) ?? false;
  switch (method.kind) {
    case 'cash':
      return p.cash;
    case 'checks':
      return p.checks;
    case 'any-card':
      return (p.cards ?? []).length > 0 ? true : undefined;
    case 'card':
      return has(p.cards) ? true : undefined;
    case 'wallet':
      return has(p.wallets) ? true : undefined;
    default:
      return has(p.other) ? true : undefined;
  }
}

function acceptedDetail(method: PaymentWord, p: PaymentFacts, s: VenueSettings): string {
  switch (method.kind) {
    case 'any-card':
      return `we accept cards: ${joinList(p.cards ?? [])}.`;
    case 'card':
      return `we accept ${method.name}${also(method, p.cards)}.`;
    case 'wallet':
      return `we accept ${method.name}${also(method, p.wallets)}.`;
    case 'cash':
      return p.cashChangeLimit !== undefined
        ? `we accept cash; drivers carry up to ${formatMoney(p.cashChangeLimit, s.currency)} in change.`
        : 'we accept cash.';
    default:
      return `we accept ${method.name}.`;
  }
}

/** " (also Visa, Mastercard and Discover)": the other entries of the list the method was found in. */
function also(method: PaymentWord, list: readonly string[] | undefined): string {
  const others = (list ?? []).filter((x) => x.toLowerCase() !== method.name.toLowerCase());
  return others.length > 0 ? ` (also ${joinList(others)})` : '';
}

/** The accepted methods as one phrase, empty when none is listed: "cards (Visa, Mastercard, American Express and Discover), Apple Pay, Google Pay, gift cards and cash". */
export function acceptedList(p: PaymentFacts): string {
  const parts: string[] = [];
  if ((p.cards ?? []).length > 0) parts.push(`cards (${joinList(p.cards ?? [])})`);
  parts.push(...(p.wallets ?? []));
  parts.push(...(p.other ?? []));
  if (p.cash) parts.push('cash');
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
