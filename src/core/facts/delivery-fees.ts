import type { VenueSettings } from '../../domain/index.ts';
import type { Venue } from '../../domain/venue.ts';
import { formatMoney } from '../respond/format-money.ts';
import type { FactAnswer, FactTopic } from './fact-answer.ts';
import { factSource } from './fact-source.ts';

const DOCS = ['delivery'] as const;

/** "Delivery is $3.99 per order, free on orders of $35.00 or more." from `venue.delivery.fee` and `freeAbove`. */
export function feeSentence(s: VenueSettings): string {
  const money = (n: number) => formatMoney(n, s.currency);
  if (s.delivery.fee === 0) return 'Delivery is free.';
  const free =
    s.delivery.freeAbove !== undefined ? `, free on orders of ${money(s.delivery.freeAbove)} or more` : '';
  return `Delivery is ${money(s.delivery.fee)} per order${free}.`;
}

/** "The minimum order for delivery is $15.00 (subtotal)." from `venue.delivery.minimumOrder`. */
export function minimumSentence(s: VenueSettings): string {
  if (s.delivery.minimumOrder === 0) return "There's no minimum order for delivery.";
  return `The minimum order for delivery is ${formatMoney(s.delivery.minimumOrder, s.currency)} (subtotal).`;
}

/**
 * Answers the delivery fee, the minimum order or free delivery from `venue.delivery` (minor units of
 * `venue.currency`). A venue that does not deliver says so, with pickup when it offers it.
 */
export function answerDeliveryMoney(
  topic: Extract<FactTopic, 'delivery-fee' | 'delivery-minimum' | 'free-delivery'>,
  venue: Venue,
): FactAnswer {
  const s = venue.menu.venue;
  const terms = {
    'delivery-fee': ['delivery fee', 'fee'],
    'delivery-minimum': ['minimum'],
    'free-delivery': ['free'],
  }[topic];
  const source = factSource(venue, DOCS, terms, 'venue.delivery');
  if (!s.delivery.available)
    return { topic, text: `We don't deliver${s.pickup ? '; pickup is available' : ''}.`, source };
  const money = (n: number) => formatMoney(n, s.currency);
  let text: string;
  if (topic === 'delivery-fee') text = feeSentence(s);
  else if (topic === 'delivery-minimum') text = minimumSentence(s);
  else if (s.delivery.fee === 0) text = 'Yes, delivery is free.';
  else if (s.delivery.freeAbove !== undefined)
    text = `Yes, delivery is free on orders of ${money(s.delivery.freeAbove)} or more; below that it's ${money(s.delivery.fee)}.`;
  else text = `Delivery is ${money(s.delivery.fee)} per order; we don't list free delivery.`;
  return { topic, text, source };
}
